using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

public sealed class InvariantTokensTests
{
    private static List<string> Tokens(string text, bool chinese)
    {
        var tokens = new List<string>();
        InvariantTokens.Extract(text, chinese, tokens, [], []);
        return tokens;
    }

    [Test]
    public void A_Chinese_date_and_its_English_form_give_the_same_tokens() =>
        Assert.That(Tokens("2011 年 1 月 17 日", chinese: true), Is.EquivalentTo(Tokens("17 January 2011", chinese: false)));

    [Test]
    public void A_Chinese_ordinal_matches_the_English_ordinal_word() =>
        Assert.That(Tokens("专家组第七次会议", chinese: true), Is.EquivalentTo(Tokens("the seventh meeting of the Expert Group", chinese: false)));

    [Test]
    public void A_document_symbol_is_one_token_not_a_string_of_numbers() =>
        Assert.That(Tokens("（E/CN.15/2011/19，附件一和二）", chinese: true), Is.EqualTo(new[] { "s:E/CN.15/2011/19" }));

    [Test]
    public void Footnote_markers_are_not_numbers() =>
        Assert.That(Tokens("Electronic evidence² and criminal justice", chinese: false), Is.Empty);

    [Test]
    public void Thousands_separators_do_not_change_a_number() =>
        Assert.That(Tokens("2,000 participants", chinese: false), Is.EqualTo(new[] { "n:2000" }));

    [Test]
    public void May_the_verb_is_not_a_month() =>
        Assert.That(Tokens("States May use these tools.", chinese: false), Is.Empty);

    [Test]
    public void English_month_names_count_inside_a_Chinese_document() =>
        Assert.That(Tokens("19 April 2021", chinese: true), Is.EquivalentTo(new[] { "n:19", "m:4", "n:2021" }));
}
