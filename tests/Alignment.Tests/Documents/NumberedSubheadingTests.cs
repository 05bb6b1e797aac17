using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// Reports that number their paragraphs on through the whole document (the International Law Commission's, 212 to 250 in
/// one chapter) number the headings beneath a lettered heading on their own: <c>1.</c>, <c>2.</c> under <c>B.</c>, and
/// <c>(a)</c>, <c>(b)</c> under <c>2.</c>, each between numbered paragraphs. Such a label is the heading's, not part of its text.
/// </summary>
public sealed class NumberedSubheadingTests
{
    private static readonly string[] English =
    [
        "B. Consideration of the topic at the present session", string.Empty,
        "216. At the present session, the Commission had before it the first report of the Special Rapporteurs.", string.Empty,
        "1. Introduction by the Special Rapporteurs of their first report", string.Empty,
        "217. The Special Rapporteurs recalled that the global mean sea level had risen by about 0.23 metres.", string.Empty,
        "2. Summary of the debate", string.Empty,
        "(a) General comments", string.Empty,
        "218. Members welcomed the first report and the clarity of the draft conclusions.", string.Empty,
        "(b) Specific comments on the draft conclusions", string.Empty,
        "219. Several members supported draft conclusion 1 on the scope of the topic.", string.Empty,
        "3. Concluding remarks of the Special Rapporteurs", string.Empty,
        "220. The Special Rapporteurs thanked the members for their comments.",
    ];

    [Test]
    public void A_heading_numbered_beneath_a_lettered_one_between_numbered_paragraphs_loses_its_number()
    {
        var document = Read.English(English);

        Assert.That(document.Texts(), Does.Contain("Introduction by the Special Rapporteurs of their first report"));
        Assert.That(document.Texts(), Does.Contain("Concluding remarks of the Special Rapporteurs"));
    }

    [Test]
    public void A_heading_numbered_beneath_a_lettered_one_is_a_heading_and_the_paragraphs_count_on()
    {
        var document = Read.English(English);

        Assert.That(document.Blocks.Single(b => b.Text == "Summary of the debate").Kind, Is.EqualTo(BlockKind.Heading));
        Assert.That(document.Blocks.Single(b => b.Text.StartsWith("The Special Rapporteurs thanked", StringComparison.Ordinal)).Label.Anchor, Is.EqualTo("220"));
    }

    [Test]
    public void A_lettered_heading_after_numbered_paragraphs_goes_on_from_the_one_before_it()
    {
        var document = Read.English(English);

        Assert.That(document.Texts(), Does.Contain("Specific comments on the draft conclusions"));
    }

    [Test]
    public void A_chinese_heading_numbered_beneath_a_lettered_one_loses_its_number()
    {
        var document = Read.Chinese(
            "B. 本届会议对专题的审议", string.Empty,
            "216. 委员会本届会议收到了特别报告员的第一次报告。", string.Empty,
            "1. 特别报告员介绍第一次报告", string.Empty,
            "217. 特别报告员回顾说，全球平均海平面上升了约0.23米。", string.Empty,
            "2. 辩论摘要", string.Empty,
            "218. 委员们欢迎第一次报告。");

        Assert.That(document.Texts(), Is.SupersetOf(new[] { "特别报告员介绍第一次报告", "辩论摘要" }));
    }

    /// <summary>A number that goes on with no paragraph after it is no heading: the next paragraph must go on with the count.</summary>
    [Test]
    public void A_short_numbered_line_not_followed_by_the_next_paragraph_keeps_its_number()
    {
        var document = Read.English(
            "215. The Commission took note of the report.", string.Empty,
            "1. Introduction", string.Empty,
            "The Special Rapporteurs recalled the topic's history.");

        Assert.That(document.Texts(), Does.Contain("1. Introduction"));
    }
}
