using Alignment.Memory.Matching;

namespace Alignment.Memory.Tests;

public class TextKeyTests
{
    [TestCase("mutual  legal   assistance", "mutual legal assistance")]
    [TestCase("mutual\tlegal\u00A0assistance", "mutual legal assistance")]
    [TestCase("mutual\r\nlegal assistance", "mutual legal assistance")]
    public void Whitespace_between_words_becomes_one_space(string text, string canonical) =>
        Assert.That(TextKey.Canonical(text, width: false, letterCase: false, whitespace: true, script: false), Is.EqualTo(canonical));

    [TestCase("第 65/230 号决议", "第65/230号决议")]
    [TestCase("问题 专家组", "问题专家组")]
    [TestCase("电子证据 ( e-evidence )", "电子证据( e-evidence )")]
    public void Whitespace_next_to_a_Chinese_character_is_dropped(string text, string canonical) =>
        Assert.That(TextKey.Canonical(text, width: false, letterCase: false, whitespace: true, script: false), Is.EqualTo(canonical));

    [Test]
    public void Whitespace_at_either_end_is_dropped() =>
        Assert.That(TextKey.Canonical("  \tElectronic evidence. \n", width: false, letterCase: false, whitespace: true, script: false), Is.EqualTo("Electronic evidence."));

    [Test]
    public void Text_already_canonical_reads_the_same() =>
        Assert.That(TextKey.Canonical("Electronic evidence is volatile.", width: false, letterCase: false, whitespace: true, script: false), Is.EqualTo("Electronic evidence is volatile."));

    [Test]
    public void The_full_fold_also_folds_width_and_case() =>
        Assert.That(TextKey.Fold("ＵＮＯＤＣ  Report"), Is.EqualTo("unodc report"));

    [Test]
    public void The_full_fold_also_folds_traditional_characters_to_simplified() =>
        Assert.That(TextKey.Fold("電子證據"), Is.EqualTo("电子证据"));
}
