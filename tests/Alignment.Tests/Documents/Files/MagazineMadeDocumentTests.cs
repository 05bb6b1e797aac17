using Alignment.Documents;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Documents from a fifth typesetter (tests/Fixtures/typeset-magazine.py): the essay as a magazine article (two
/// columns, a standfirst, a drop cap, pull quotes, a photo box with its caption, a sidebar box, the magazine's name and
/// issue in the header, page numbers at the outside of the foot) and the short story as a book's chapter (one column,
/// scene breaks, running heads that differ on left and right pages with the page number beside them), as PDF, Word and
/// the text pdftotext takes from the PDF. The layouts were made before the readers' rules for them, to measure the
/// readers on what magazines and publishers send. The magazine's gold
/// is the essay's with the standfirst, the caption and the sidebar, which only the magazine prints
/// (tests/TestData/Documents/essay-magazine); its pull quotes are furniture, read once where the body has them. The
/// tests every layout gets (gold alignment, no text lost) are ColumnLayoutMadeDocumentTests'; these are the layouts' own.
/// </summary>
public sealed class MagazineMadeDocumentTests
{
    [TestCase("fiction-book.zh.docx")]
    [TestCase("fiction-book.en.pdf")]
    public void A_scene_break_between_two_scenes_is_no_sentence(string file)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(read.Sentences.Select(s => s.Text), Has.None.Matches<string>(t => t.Trim('*', '＊', ' ', '\u3000').Length == 0));
        Assert.That(read.Document.RemovedLines.Count(r => r.Reason == RemovalReason.SceneBreak), Is.EqualTo(3));
    }

    [TestCase("fiction-book.zh.pdftotext-raw.txt", "林秋白", "修表")]
    [TestCase("fiction-book.en.pdftotext-layout.txt", "Lin Qiubai", "M e n d e r")]
    public void Running_heads_that_differ_on_left_and_right_pages_with_the_page_number_beside_them_are_removed(string file, string left, string right)
    {
        var removed = DocumentFixtures.Segment(file).Document.RemovedLines.Where(r => r.Reason == RemovalReason.RunningHeader).Select(r => r.Text).ToList();

        Assert.That(removed.Count(r => r.Contains(left, StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(removed.Count(r => r.Contains(right, StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [TestCase("essay-magazine.en.docx", "Every jar had its own temper, she said.")]
    [TestCase("essay-magazine.zh.pdf", "坛子不干净，菜就会坏。")]
    [TestCase("essay-magazine.en.pdftotext-raw.txt", "Every jar had its own temper, she said.")]
    [TestCase("essay-magazine.en.pdftotext-raw.txt", "“If the jar isn’t clean, the vegetables will spoil,”")]
    [TestCase("essay-magazine.en.pdftotext-layout.txt", "Every jar had its own temper, she said.")]
    [TestCase("essay-magazine.zh.pdftotext-raw.txt", "坛子不干净，菜就会坏。")]
    [TestCase("essay-magazine.zh.pdftotext-raw.txt", "每个坛子都有自己的脾气，这是外婆说的。")]
    [TestCase("essay-magazine.zh.pdftotext-layout.txt", "坛子不干净，菜就会坏。")]
    [TestCase("essay-magazine.zh.pdftotext-layout.txt", "每个坛子都有自己的脾气，这是外婆说的。")]
    public void A_pull_quote_repeating_a_sentence_of_the_body_is_furniture_and_the_sentence_is_read_once(string file, string quoted)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(read.Sentences.Count(s => s.Text.Contains(quoted, StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(read.Document.RemovedLines.Where(r => r.Reason == RemovalReason.PullQuote).Select(r => r.Text), Has.Some.Contains(quoted[..6]));
    }

    [Test]
    public void Short_turns_of_dialogue_that_recur_as_paragraphs_are_no_pull_quotes()
    {
        var read = DocumentFixtures.Segment("fiction-book.en.docx");

        Assert.That(read.Sentences.Count(s => s.Text == "“No.”"), Is.EqualTo(3));
        Assert.That(read.Document.RemovedLines, Has.None.Matches<RemovedLine>(r => r.Reason == RemovalReason.PullQuote));
    }

    [TestCase("essay-magazine.en.pdf", "My grandmother’s yard was small, but along the foot of its wall stood a row of pickle jars.", "The tallest came up to my chest; the smallest was no bigger than a rice bowl.")]
    [TestCase("essay-magazine.zh.pdf", "外婆家的院子不大，墙根下却排着一溜腌菜坛子，最高的齐我的胸口，最矮的只有一个饭碗那么大。", "每个坛子都有自己的脾气，这是外婆说的。")]
    [TestCase("essay-magazine.en.pdftotext-raw.txt", "My grandmother’s yard was small, but along the foot of its wall stood a row of pickle jars.", "The tallest came up to my chest; the smallest was no bigger than a rice bowl.")]
    [TestCase("essay-magazine.en.pdftotext-layout.txt", "My grandmother’s yard was small, but along the foot of its wall stood a row of pickle jars.", "The tallest came up to my chest; the smallest was no bigger than a rice bowl.")]
    [TestCase("essay-magazine.zh.pdftotext-raw.txt", "外婆家的院子不大，墙根下却排着一溜腌菜坛子，最高的齐我的胸口，最矮的只有一个饭碗那么大。", "每个坛子都有自己的脾气，这是外婆说的。")]
    [TestCase("essay-magazine.zh.pdftotext-layout.txt", "外婆家的院子不大，墙根下却排着一溜腌菜坛子，最高的齐我的胸口，最矮的只有一个饭碗那么大。", "每个坛子都有自己的脾气，这是外婆说的。")]
    public void A_drop_cap_starts_its_word_and_the_paragraph_goes_on_under_it(string file, string first, string second)
    {
        var paragraph = DocumentFixtures.Segment(file).Document.Blocks.First(b => b.Text.Contains(first[4..20], StringComparison.Ordinal));

        Assert.That(paragraph.Text, Does.StartWith(first).And.Contains(second));
    }
}
