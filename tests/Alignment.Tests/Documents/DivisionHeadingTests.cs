using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Documents;

/// <summary>
/// Headings that name their level (<c>Part One</c> / <c>第一部分</c>, <c>Chapter I</c> / <c>第一章</c>, <c>Section 1</c> /
/// <c>第一节</c>): labelled headings whose title is the heading's sentence, anchored alike in both languages; and annex
/// headings with their title on the same line (<c>Annex II. List of documents</c> / <c>附件二　文件清单</c>).
/// </summary>
public sealed class DivisionHeadingTests
{
    [Test]
    public void A_chapter_heading_is_a_labelled_heading_with_its_title_as_the_Chinese_one_is()
    {
        var english = Read.English("Chapter I. Matters calling for action", string.Empty, "1. The Group recommends a decision.").Blocks[0];
        var chinese = Read.Chinese("第一章　需要采取行动的事项", string.Empty, "1. 工作组建议一项决定。").Blocks[0];

        Assert.That(
            new[] { (english.Kind, english.Label.Anchor, english.Text), (chinese.Kind, chinese.Label.Anchor, chinese.Text) },
            Is.EqualTo(new[] { (BlockKind.Heading, "chapter 1", "Matters calling for action"), (BlockKind.Heading, "chapter 1", "需要采取行动的事项") }));
    }

    [Test]
    public void Articles_are_placed_under_their_chapter_and_section_in_both_languages()
    {
        var english = Read.English("CHAPTER 1 GENERAL PROVISIONS", string.Empty, "Section 2. Authorities", string.Empty, "Article 3. The department is responsible.");
        var chinese = Read.Chinese("第一章　总则", string.Empty, "第二节　管理机构", string.Empty, "第三条　主管部门负责管理。");

        Assert.That(
            new[] { english.Paths(), chinese.Paths() },
            Is.All.EqualTo(new[] { "body › chapter 1", "body › chapter 1 › section 2", "body › chapter 1 › section 2 › article 3" }));
    }

    [Test]
    public void A_new_chapter_closes_the_section_before_it() =>
        Assert.That(
            Read.Chinese("第一章　总则", string.Empty, "第一节　目的", string.Empty, "第一条　本条例的目的。", string.Empty, "第二章　用水管理", string.Empty, "第二条　用水单位应当报告。").Paths()[^1],
            Is.EqualTo("body › chapter 2 › article 2"));

    [Test]
    public void A_part_heading_alone_on_its_line_takes_the_title_below_it() =>
        Assert.That(
            Read.English("Part One", "Proceedings", string.Empty, "Chapter I. Matters calling for action").Blocks.Select(b => (b.Label.Anchor, b.Text)),
            Is.EqualTo(new[] { ("part 1", "Proceedings"), ("chapter 1", "Matters calling for action") }));

    [Test]
    public void Parts_spelled_out_and_in_Chinese_anchor_alike() =>
        Assert.That(
            new[] { Read.English("Part Two. Annexes").Blocks[0].Label.Anchor, Read.Chinese("第二部分　附件").Blocks[0].Label.Anchor },
            Is.All.EqualTo("part 2"));

    [Test]
    public void Roman_and_lettered_headings_go_on_under_a_named_chapter() =>
        Assert.That(
            Read.English("Chapter II. Organization of the session", string.Empty, "A. Opening of the session", string.Empty, "3. The session was opened.").Paths(),
            Is.EqualTo(new[] { "body › chapter 2", "body › chapter 2 › A", "body › chapter 2 › A › 3" }));

    [TestCase("1. The report.", "Annex II. List of documents", "The Group had before it two notes.")]
    [TestCase("1. 报告。", "附件二　文件清单", "工作组收到了两份说明。")]
    public void An_annex_heading_with_its_title_on_its_line_opens_the_annex_as_one_sentence(string before, string heading, string paragraph)
    {
        var lines = new[] { before, string.Empty, heading, string.Empty, paragraph };
        var document = SentenceSegmenter.Default.Segment(before.Contains('报', StringComparison.Ordinal) ? Read.Chinese(lines) : Read.English(lines));

        Assert.That(
            document.Sentences.Skip(1).Select(s => $"{document.BlockOf(s.Index).Kind} {document.BlockOf(s.Index).Path}: {s.Text}"),
            Is.EqualTo(new[] { $"Heading annex II: {heading}", $"Paragraph annex II: {paragraph}" }));
    }

    [Test]
    public void An_annex_named_in_a_heading_that_goes_on_as_running_text_opens_no_annex() =>
        Assert.That(
            Read.English("1. The report.", string.Empty, "Annex I to the letter dated 18 March 2027 from the Secretary-General").Blocks.Select(b => b.Path.ToString()),
            Does.Not.Contain("annex I"));

    [Test]
    public void Sections_numbered_by_letters_anchor_by_the_letters_place_in_both_languages()
    {
        var english = Read.English("Section A. Background", string.Empty, "1. The report.", string.Empty, "Section B. Findings", string.Empty, "2. The findings.", string.Empty, "Section C. Recommendations");
        var chinese = Read.Chinese("A节　背景", string.Empty, "1. 报告。", string.Empty, "B节　调查结果", string.Empty, "2. 调查结果。", string.Empty, "C节　建议");

        Assert.That(
            new[] { english.Paths(), chinese.Paths() },
            Is.All.EqualTo(new[] { "body › section 1", "body › section 1 › 1", "body › section 2", "body › section 2 › 2", "body › section 3" }));
    }

    [Test]
    public void A_part_lettered_I_after_part_H_is_the_ninth_part()
    {
        var parts = "ABCDEFGHI".SelectMany(c => new[] { $"Part {c}", string.Empty, $"{c - 'A' + 1}. Text of part {c}.", string.Empty });

        Assert.That(Read.English([.. parts]).Blocks[^2].Label.Anchor, Is.EqualTo("part 9"));
    }

    [Test]
    public void A_part_numbered_I_at_the_start_is_the_first_part() =>
        Assert.That(Read.English("Part I", string.Empty, "1. Text.").Blocks[0].Label.Anchor, Is.EqualTo("part 1"));

    [Test]
    public void A_Chinese_book_heading_is_a_part() =>
        Assert.That(
            Read.Chinese("第一编　总则", string.Empty, "第一章　任务", string.Empty, "第一条　为了保护水资源，制定本法。").Paths(),
            Is.EqualTo(new[] { "body › part 1", "body › part 1 › chapter 1", "body › part 1 › chapter 1 › article 1" }));
}
