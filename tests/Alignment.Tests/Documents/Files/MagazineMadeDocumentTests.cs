using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Documents from a fifth typesetter (tests/Fixtures/typeset-magazine.py): the essay as a magazine article (two
/// columns, a standfirst, a drop cap, pull quotes, a photo box with its caption, a sidebar box, the magazine's name and
/// issue in the header, page numbers at the outside of the foot) and the short story as a book's chapter (one column,
/// scene breaks, running heads that differ on left and right pages with the page number beside them), as PDF, Word and
/// the text pdftotext takes from the PDF. The layouts were made before the readers' rules for them, to measure the
/// readers on what magazines and publishers send; the floors are the scores measured, rounded down. The magazine's gold
/// is the essay's with the standfirst, the caption and the sidebar, which only the magazine prints
/// (tests/TestData/Documents/essay-magazine); its pull quotes are furniture, read once where the body has them.
/// </summary>
public sealed class MagazineMadeDocumentTests
{
    private static readonly string[] Names = ["essay-magazine", "fiction-book"];

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(Names, "pdftotext-raw.txt", "pdftotext-layout.txt");

    public static IEnumerable<TestCaseData> LaidOut => DocumentFixtures.Named(Names, "pdf", "docx");

    [TestCase("essay-magazine", "pdf", 0.98)]
    [TestCase("essay-magazine", "docx", 0.99)]
    [TestCase("essay-magazine", "pdftotext-raw.txt", 0.92)]
    [TestCase("essay-magazine", "pdftotext-layout.txt", 0.95)]
    [TestCase("fiction-book", "pdf", 0.99)]
    [TestCase("fiction-book", "docx", 0.99)]
    [TestCase("fiction-book", "pdftotext-raw.txt", 0.98)]
    [TestCase("fiction-book", "pdftotext-layout.txt", 0.98)]
    public void A_literary_pair_typeset_as_a_magazine_or_a_book_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"{name}.zh.{format}"), DocumentFixtures.PathOf($"{name}.en.{format}"));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(GoldOf(name), "gold.beads")), "gold.beads");

        var scores = DocumentFixtures.Score(bitext, Gold(name, "zh"), Gold(name, "en"), gold);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>Every character of the text (standfirst, caption and sidebar among it) reaches exactly one sentence; scene breaks and pull quotes none.</summary>
    [TestCase("essay-magazine.zh.pdf", "zh")]
    [TestCase("essay-magazine.zh.docx", "zh")]
    [TestCase("essay-magazine.en.docx", "en")]
    [TestCase("fiction-book.zh.pdf", "zh")]
    [TestCase("fiction-book.en.pdf", "en")]
    [TestCase("fiction-book.zh.docx", "zh")]
    [TestCase("fiction-book.en.docx", "en")]
    public void Every_character_of_the_text_of_a_magazine_or_a_book_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(Gold(file.Split('.')[0], language))));
    }

    /// <summary>As for every extracted text: each character is in one sentence, a label or a removed line.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_extracted_text_of_a_magazine_or_a_book_reaches_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for every extracted text: no character of the sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void No_character_of_the_extracted_text_of_a_magazine_or_a_book_is_removed(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(file.Split('.')[0], language));

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

    private static string GoldOf(string name) =>
        name == "essay-magazine" ? DocumentFixtures.PathOf("essay-magazine") : Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "fiction-watch-mender");

    private static string[] Gold(string name, string language) =>
        [.. File.ReadAllLines(Path.Combine(GoldOf(name), $"{language}.sentences.txt")).Where(l => l.Length > 0)];
}
