using System.Text.RegularExpressions;
using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>The bundled report pair, read from the files as they ship.</summary>
public sealed partial class CorpusReadingTests
{
    private static readonly Document Chinese = DocumentReader.Default.ReadFile(Corpus.PathOf("zh.txt"));
    private static readonly Document English = DocumentReader.Default.ReadFile(Corpus.PathOf("en.txt"));

    [Test]
    public void Reader_finds_every_block_of_the_Chinese_report_with_its_label_and_path() =>
        Assert.That(Chinese.Blocks.Select(CorpusOutline.Row), Is.EqualTo(CorpusOutline.Chinese));

    [Test]
    public void Reader_finds_every_block_of_the_English_report_with_its_label_and_path() =>
        Assert.That(English.Blocks.Select(CorpusOutline.Row), Is.EqualTo(CorpusOutline.English));

    [Test]
    public void Files_are_recognised_by_their_share_of_Han_characters()
    {
        Assert.That(Chinese.Language, Is.EqualTo(Language.Chinese));
        Assert.That(English.Language, Is.EqualTo(Language.English));
    }

    [Test]
    public void Front_matter_is_metadata_lines_then_the_title()
    {
        Assert.That(Texts(Chinese, BlockKind.Metadata), Is.EqualTo(new[] { "19 April 2021", "Chinese", "Original: English" }));
        Assert.That(Texts(English, BlockKind.Metadata), Is.EqualTo(new[] { "19 April 2021", "Original: English" }));
        Assert.That(Chinese.Blocks[3].Text, Is.EqualTo("2021年4月6日至8日在维也纳举行的全面研究网络犯罪问题专家组会议的报告"));
        Assert.That(English.Blocks[2].Text, Does.StartWith("Report on the meeting of the Expert Group").And.EndsWith("from 6 to 8 April 2021"));
    }

    [Test]
    public void Headings_keep_their_text_and_their_footnote_markers()
    {
        Assert.That(Find(Chinese, "annex", "电子证据和刑事司法").Text, Is.EqualTo("电子证据²和刑事司法"));
        Assert.That(Find(English, "annex", "Electronic evidence and criminal justice").Text, Is.EqualTo("Electronic evidence² and criminal justice"));
        Assert.That(Find(Chinese, "body", "I").Text, Is.EqualTo("导言"));
    }

    [Test]
    public void Chinese_paragraphs_split_by_page_breaks_are_whole_again()
    {
        Assert.That(Find(Chinese, "body", "I", "6").Text, Does.Contain("继续开展工作，为此定期举行会议").And.EndWith("其他措施。"));
        Assert.That(Find(Chinese, "body", "II", "D", "19").Text, Does.Contain("以下事实：鉴于 COVID-19 相关会议安排").And.EndWith("结论和建议。"));
        Assert.That(Find(Chinese, "annex", "国际合作", "29").Text, Does.Contain("对从业人员的高度专业化培训").And.EndWith("相关案件的能力。"));
    }

    [Test]
    public void English_paragraph_split_by_a_page_break_is_whole_again() =>
        Assert.That(
            Find(English, "body", "I", "4").Text,
            Does.Contain("options to strengthen existing responses").And.EndWith("other responses to cybercrime."));

    [Test]
    public void Footnote_markers_stay_in_the_text_and_are_listed_as_references()
    {
        var paragraph = Find(Chinese, "body", "II", "D", "20");
        Assert.That(paragraph.Text, Does.EndWith("网站上的发言情况。¹"));
        Assert.That(paragraph.FootnoteReferences, Is.EqualTo(new[] { "1" }));
        Assert.That(Find(English, "annex", "Electronic evidence and criminal justice").FootnoteReferences, Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public void Footnote_bodies_lose_their_marker_but_keep_their_text()
    {
        var footnote = English.Blocks.Single(b => b.Kind == BlockKind.Footnote && b.Label.Anchor == "1");
        Assert.That(footnote.Text, Does.StartWith("See www.unodc.org/unodc/en/organized-crime/"));
    }

    [Test]
    public void Link_residue_from_the_extractor_is_reduced_to_its_text()
    {
        Assert.That(Find(Chinese, "body", "II", "E", "22").Text, Is.EqualTo("与会者名单载于 UNODC/CCPCJ/EG.4/2021/INF/1/Rev.1 号文件。"));
        Assert.That(Find(Chinese, "body", "II", "F", "23", "(a)").Text, Is.EqualTo("临时议程说明 (UNODC/CCPCJ/EG.4/2021/1)；"));
    }

    [Test]
    public void The_stray_dash_at_the_end_of_the_Chinese_file_is_removed()
    {
        Assert.That(Chinese.RemovedLines.Select(r => (r.Text, r.Reason)), Is.EqualTo(new[] { ("-", RemovalReason.StrayLine) }));
        Assert.That(English.RemovedLines, Is.Empty);
    }

    [Test]
    public void Both_reports_have_the_same_anchored_structure()
    {
        static IEnumerable<string> Anchored(Document d) =>
            d.Blocks.Where(b => b.Kind is BlockKind.NumberedParagraph or BlockKind.ListItem or BlockKind.Footnote || !b.Label.IsNone)
                .Select(b => $"{b.Kind} {b.Label.Anchor} {string.Join(" › ", b.Path.Parts.Select(p => AnchorPart().IsMatch(p) ? p : "*"))}")
                .Order(StringComparer.Ordinal);

        Assert.That(Anchored(Chinese), Is.EqualTo(Anchored(English)));
    }

    /// <summary>Path parts that mean the same in both languages; unlabelled heading texts do not.</summary>
    [GeneratedRegex(@"^(?:front|body|annex|[IVXLC]+|[A-Z]|\d+|item \d+|\([a-z]\)|footnote \d+)$")]
    private static partial Regex AnchorPart();

    private static string[] Texts(Document document, BlockKind kind) => [.. document.Blocks.Where(b => b.Kind == kind).Select(b => b.Text)];

    private static Block Find(Document document, params string[] path) => document.Blocks.Single(b => b.Path.Equals(BlockPath.Of(path)));
}
