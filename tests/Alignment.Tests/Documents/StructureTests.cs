using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>Kinds and paths: sections, headings, numbered paragraphs, nested lists, footnotes.</summary>
public sealed class StructureTests
{
    [Test]
    public void A_wrapped_line_starting_with_a_year_continues_the_paragraph()
    {
        var document = Read.English("1. Opening.", "2. The first meeting was held from 17 to 21 January", "2011. At that meeting, it adopted topics.");
        Assert.That(document.At("body › 2").Text, Is.EqualTo("The first meeting was held from 17 to 21 January 2011. At that meeting, it adopted topics."));
    }

    [Test]
    public void The_rows_of_a_table_of_figures_stay_under_the_heading_before_the_table()
    {
        var document = Read.English(
            "1. The fund reports on its assets.",
            "",
            "Financial position",
            "",
            "Equities\t6,218\t5,981",
            "",
            "Fixed income      3,305      3,214",
            "",
            "The fund's assets grew in the year.");
        Assert.That(document.Paths().Skip(1), Is.EqualTo(Enumerable.Repeat("body › Financial position", 4)));
    }

    [Test]
    public void A_line_of_figures_alone_is_not_a_heading()
    {
        var document = Read.English("1. The survey covered the region.", "", "Regional figures", "", "4,210", "", "38%", "", "Was the workshop useful? Most said yes.");
        Assert.That(document.Blocks.Skip(2).Select(b => $"{b.Kind} {b.Path}"), Is.EqualTo(Enumerable.Repeat("Paragraph body › Regional figures", 3)));
    }

    [Test]
    public void A_small_jump_in_the_numbering_is_accepted_because_paragraphs_go_missing() =>
        Assert.That(Read.English("1. One.", "2. Two.", "5. Five.").Paths(), Is.EqualTo(new[] { "body › 1", "body › 2", "body › 5" }));

    [Test]
    public void A_number_far_from_the_expected_one_continues_the_paragraph() =>
        Assert.That(Read.English("1. One.", "2. The group counted", "40. participants.").Texts(), Is.EqualTo(new[] { "One.", "The group counted 40. participants." }));

    [Test]
    public void Numbering_restarts_at_one_only_after_a_heading()
    {
        var document = Read.English("I. First", "1. One.", "2. It was item", "1. on the agenda.", "II. Second", "1. One again.");
        Assert.That(document.Paths(), Is.EqualTo(new[] { "body › I", "body › I › 1", "body › I › 2", "body › II", "body › II › 1" }));
    }

    [Test]
    public void A_paragraph_ending_in_a_colon_opens_a_nested_numbered_list()
    {
        var document = Read.English(
            "B. Adoption of the agenda",
            "12. The Expert Group adopted the following agenda:",
            "1. Organizational matters:",
            "(a) Opening of the meeting;",
            "(b) Adoption of the agenda.",
            "2. Consideration of conclusions.",
            "3. Other matters.",
            "C. Statements",
            "13. Under agenda item 1, no statements were made.");
        Assert.That(document.Blocks.Select(b => $"{b.Kind} {b.Path}"), Is.EqualTo(new[]
        {
            "Heading body › B",
            "NumberedParagraph body › B › 12",
            "ListItem body › B › 12 › item 1",
            "ListItem body › B › 12 › item 1 › (a)",
            "ListItem body › B › 12 › item 1 › (b)",
            "ListItem body › B › 12 › item 2",
            "ListItem body › B › 12 › item 3",
            "Heading body › C",
            "NumberedParagraph body › C › 13",
        }));
    }

    [Test]
    public void A_number_that_continues_both_lists_continues_the_nested_one() =>
        Assert.That(
            Read.English("1. The agenda was:", "1. Opening.", "2. Adoption.").Paths(),
            Is.EqualTo(new[] { "body › 1", "body › 1 › item 1", "body › 1 › item 2" }));

    [Test]
    public void The_nested_list_ends_when_a_number_only_fits_the_paragraphs()
    {
        var document = Read.English("5. The agenda was:", "1. Opening.", "2. Adoption.", "6. The meeting then began:", "(a) first;", "(b) second.");
        Assert.That(document.Paths(), Is.EqualTo(new[] { "body › 5", "body › 5 › item 1", "body › 5 › item 2", "body › 6", "body › 6 › (a)", "body › 6 › (b)" }));
    }

    [Test]
    public void Lettered_items_belong_to_the_numbered_paragraph_before_them()
    {
        var document = Read.Chinese("4. 会员国应当考虑。", string.Empty, "刑事定罪", string.Empty, "5. 会员国应考虑将下列行为定为刑事犯罪：", " - (a) 非法进入；", " - (b) 非法拦截。", "6. 会员国应当探索各种方式。");
        Assert.That(document.Blocks.Skip(1).Select(b => $"{b.Kind} {b.Label.Written} {b.Path}"), Is.EqualTo(new[]
        {
            "Heading  body › 刑事定罪",
            "NumberedParagraph 5. body › 刑事定罪 › 5",
            "ListItem - (a) body › 刑事定罪 › 5 › (a)",
            "ListItem - (b) body › 刑事定罪 › 5 › (b)",
            "NumberedParagraph 6. body › 刑事定罪 › 6",
        }));
    }

    [Test]
    public void A_footnote_between_list_items_does_not_end_the_list()
    {
        var document = Read.English("18. States should consider:", "(a) sharing;", "(b) promoting;", string.Empty, "² One State disagreed.", string.Empty, "(c) engaging.");
        Assert.That(document.Paths(), Is.EqualTo(new[] { "body › 18", "body › 18 › (a)", "body › 18 › (b)", "body › footnote 2", "body › 18 › (c)" }));
    }

    [Test]
    public void A_footnote_takes_the_path_of_the_block_that_refers_to_it()
    {
        var document = Read.English("10. States act.", string.Empty, "Electronic evidence² and criminal justice", string.Empty, "11. States should act.", string.Empty, "² One State disagreed.");
        Assert.That(document.Blocks[^1].Path.ToString(), Is.EqualTo("body › Electronic evidence and criminal justice › footnote 2"));
        Assert.That(document.Blocks[1].FootnoteReferences, Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public void A_footnote_number_used_again_belongs_to_the_nearest_reference_before_it()
    {
        var document = Read.English("10. States act.¹", string.Empty, "¹ First note.", string.Empty, "11. Others act.¹", string.Empty, "¹ Another first note.");
        Assert.That(document.Blocks[^1].Path.ToString(), Is.EqualTo("body › 11 › footnote 1"));
    }

    [Test]
    public void A_footnote_printed_before_its_reference_belongs_to_the_block_after_it()
    {
        var document = Read.English("10. States act.", string.Empty, "² A note.", string.Empty, "11. Others act.²");
        Assert.That(document.Blocks[1].Path.ToString(), Is.EqualTo("body › 11 › footnote 2"));
    }

    [Test]
    public void Consecutive_footnotes_are_separate_blocks() =>
        Assert.That(
            Read.English("1. Views¹ differed.²", string.Empty, "¹ First note.", "² Second note.").Paths(),
            Is.EqualTo(new[] { "body › 1", "body › 1 › footnote 1", "body › 1 › footnote 2" }));

    [Test]
    public void A_marker_at_the_start_of_a_wrapped_line_is_a_reference_not_a_footnote()
    {
        var document = Read.Chinese("20. 会上表达了不同意见，参见网站上的发言情况。", "¹另见附件。");
        Assert.That(document.Texts(), Is.EqualTo(new[] { "会上表达了不同意见，参见网站上的发言情况。¹另见附件。" }));
        Assert.That(document.Blocks[0].FootnoteReferences, Is.EqualTo(new[] { "1" }));
    }

    [TestCase("Annex", "annex")]
    [TestCase("Annex II", "annex II")]
    [TestCase("附件", "annex")]
    [TestCase("附件二", "annex II")]
    public void An_annex_marker_opens_an_annex_section(string marker, string section)
    {
        var document = Read.English("1. The report.", string.Empty, marker, string.Empty, "Conclusions and recommendations", string.Empty, "Prevention", string.Empty, "1. States should act.");
        Assert.That(document.Blocks.Select(b => $"{b.Kind} {b.Path}"), Is.EqualTo(new[]
        {
            "NumberedParagraph body › 1",
            $"Heading {section}",
            $"Title {section}",
            $"Heading {section} › Prevention",
            $"NumberedParagraph {section} › Prevention › 1",
        }));
    }

    [Test]
    public void Unlabelled_lines_before_the_first_label_are_front_matter() =>
        Assert.That(
            Read.English("Criminalization", string.Empty, "1. States should act.").Blocks.Select(b => $"{b.Kind} {b.Path}"),
            Is.EqualTo(new[] { "Title front", "NumberedParagraph body › 1" }));

    [Test]
    public void Front_matter_is_metadata_lines_and_a_title_joined_across_its_lines()
    {
        var document = Read.English(
            "Distr.: General",
            "19 April 2021",
            "English",
            "Original: Chinese",
            string.Empty,
            "Report on the meeting held in Vienna from 6 to",
            "8 April 2021",
            string.Empty,
            "I. Introduction");
        Assert.That(document.Blocks.Select(b => $"{b.Kind} {b.Path}: {b.Text}"), Is.EqualTo(new[]
        {
            "Metadata front: Distr.: General",
            "Metadata front: 19 April 2021",
            "Metadata front: English",
            "Metadata front: Original: Chinese",
            "Title front: Report on the meeting held in Vienna from 6 to 8 April 2021",
            "Heading body › I: Introduction",
        }));
    }

    [Test]
    public void Chinese_metadata_dates_and_language_names_are_recognised() =>
        Assert.That(Read.Chinese("2021年4月19日", "中文", "原文：英文", string.Empty, "一. 导言").Blocks.Select(b => b.Kind), Is.EqualTo(new[]
        {
            BlockKind.Metadata, BlockKind.Metadata, BlockKind.Metadata, BlockKind.Heading,
        }));

    [Test]
    public void Chinese_and_Roman_section_numbers_share_their_anchors()
    {
        var chinese = Read.Chinese("一. 导言", "1. 正文。", "二. 会议安排", "A. 会议开幕");
        var english = Read.English("I. Introduction", "1. Text.", "II. Organization of the meeting", "A. Opening of the meeting");
        Assert.That(chinese.Paths(), Is.EqualTo(english.Paths()));
    }

    [Test]
    public void Text_without_any_numbering_reads_as_a_title_and_paragraphs()
    {
        var document = Read.English("Statement by the Chair", string.Empty, "Mr. President, I thank you for this opportunity.", string.Empty, "We meet today to discuss cybercrime.");
        Assert.That(document.Blocks.Select(b => $"{b.Kind} {b.Path}"), Is.EqualTo(new[] { "Title front", "Paragraph body", "Paragraph body" }));
    }

    [Test]
    public void A_line_starting_with_an_initial_is_not_a_subsection()
    {
        var document = Read.English("1. The meeting was opened by", "A. Smith (Brazil), Vice-Chair.");
        Assert.That(document.Texts(), Is.EqualTo(new[] { "The meeting was opened by A. Smith (Brazil), Vice-Chair." }));
    }

    [Test]
    public void An_article_with_a_short_title_is_a_heading_and_its_paragraphs_restart()
    {
        var document = Read.English("Article 1", "Scope", string.Empty, "1. This Convention applies.", string.Empty, "Article 2", string.Empty, "1. Definitions follow.");
        Assert.That(document.Paths(), Is.EqualTo(new[] { "body › article 1", "body › article 1 › 1", "body › article 2", "body › article 2 › 1" }));
    }

    [Test]
    public void Block_indices_follow_reading_order() =>
        Assert.That(Read.English("I. One", "1. Text.", "2. More.").Blocks.Select(b => b.Index), Is.EqualTo(new[] { 0, 1, 2 }));
}
