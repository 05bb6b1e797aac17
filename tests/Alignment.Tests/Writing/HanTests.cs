using Alignment.Documents;
using Alignment.Writing;

namespace Alignment.Tests.Writing;

public sealed class HanTests
{
    [TestCase('证', Description = "unified ideograph")]
    [TestCase('㐀', Description = "extension A")]
    [TestCase('豈', Description = "compatibility ideograph")]
    [TestCase('〇', Description = "the ideographic zero, a letter-like number")]
    public void Ideographs_of_every_block_are_Han(char c) => Assert.That(Han.IsIdeograph(c), Is.True);

    [TestCase('。')]
    [TestCase('々', Description = "the iteration mark is Han script but not an ideograph")]
    [TestCase('⺀', Description = "a radical is a symbol")]
    [TestCase('あ')]
    [TestCase('Ａ')]
    [TestCase('a')]
    [TestCase('\u3000', Description = "the ideographic space")]
    public void Punctuation_kana_radicals_and_latin_are_not_Han(char c) => Assert.That(Han.IsIdeograph(c), Is.False);

    [Test]
    public void An_ideograph_beyond_the_basic_plane_is_Han_by_code_point_and_by_its_first_half()
    {
        const string text = "𠀀";
        Assert.That(Han.IsIdeograph(char.ConvertToUtf32(text, 0)), Is.True);
        Assert.That(Han.IsIdeograph(text[0]), Is.True);
        Assert.That(Han.Count(text), Is.EqualTo(1), "a surrogate pair is one ideograph");
    }

    [Test]
    public void The_basic_planes_ideographs_are_those_of_ICUs_Han_script_for_every_code_point()
    {
        var wrong = Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF && Han.IsIdeograph((char)c) != Han.IsIdeographByScript(c)).Take(5);

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Every_ideograph_is_written_without_spaces() =>
        Assert.That(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(Han.IsIdeograph).All(Han.IsWrittenWithoutSpaces), Is.True);

    [TestCase('，', true)]
    [TestCase('カ', true)]
    [TestCase('\u3000', false)]
    [TestCase(' ', false)]
    [TestCase('-', false)]
    public void East_Asian_punctuation_and_kana_are_written_without_spaces_and_spaces_are_not(char c, bool expected) =>
        Assert.That(Han.IsWrittenWithoutSpaces(c), Is.EqualTo(expected));

    [TestCase('证', true)]
    [TestCase('，', true)]
    [TestCase('ｶ', false, Description = "half-width katakana")]
    [TestCase('a', false)]
    public void Full_width_characters_are_wide_and_half_width_forms_are_not(char c, bool expected) =>
        Assert.That(Han.IsWide(c), Is.EqualTo(expected));

    [TestCase("电子证据和刑事司法", "zh-CN")]
    [TestCase("WHO 的报告", "zh-CN")]
    [TestCase("UNODC/CCPCJ/EG.4/2021/2号文件", "zh-CN")]
    [TestCase("Electronic evidence (电子证据) in criminal justice", "en")]
    [TestCase("2021", "en")]
    public void A_text_reads_as_Chinese_when_a_fifth_of_its_letters_are_ideographs(string text, string tag) =>
        Assert.That(Language.Detect(text).Tag, Is.EqualTo(tag));

    [TestCase('的', true)]
    [TestCase('证', false)]
    public void Grammatical_Chinese_characters_are_function_words(char c, bool expected) =>
        Assert.That(FunctionWords.IsChineseFunctionCharacter(c), Is.EqualTo(expected));

    [TestCase("The", true)]
    [TestCase("of", true)]
    [TestCase("evidence", false)]
    public void English_function_words_are_known_in_any_case(string word, bool expected) =>
        Assert.That(FunctionWords.IsEnglishFunctionWord(word), Is.EqualTo(expected));
}
