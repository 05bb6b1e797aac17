using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Tables of figures as financial statements set them (tests/Fixtures/make-documents.sh): figures flush right, negative
/// figures in brackets (<c>(25)</c>), a dash for nil, note and row numbers that read like labels (<c>(a)</c>, <c>1.</c>),
/// typeset from <c>tables.zh.txt</c> and <c>tables.en.txt</c> in three layouts as PDF and Word files and extracted by
/// pdftotext in its three modes. Whatever a cell holds is text, and reaches a sentence.
/// </summary>
public sealed class TableFigureTests
{
    private static readonly string[] Layouts = ["a4", "letter", "narrow"];

    private static readonly string[] Formats = [DocumentFixtures.Pdf, DocumentFixtures.Word, DocumentFixtures.LayoutText, DocumentFixtures.RawModeText, DocumentFixtures.RawText];

    public static IEnumerable<TestCaseData> Fixtures =>
        from language in new[] { "zh", "en" }
        from file in Files(language)
        select new TestCaseData(file, language).SetArgDisplayNames(file);

    /// <summary>
    /// Every character of the typeset text is in exactly one sentence, or in the label of a block whose text is in one:
    /// no cell, however much it looks like a label or like punctuation, is dropped, and none is read twice.
    /// </summary>
    [TestCaseSource(nameof(Fixtures))]
    public void Every_character_of_a_table_of_figures_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);
        var withSentences = read.Sentences.Select(s => s.BlockIndex).ToHashSet();
        var kept = read.Sentences.Select(s => s.Text)
            .Concat(read.Document.Blocks.Where(b => withSentences.Contains(b.Index) && !b.Label.IsGenerated).Select(b => b.Label.Written));

        Assert.That(read.Language.Code, Is.EqualTo(language));
        Assert.That(DocumentFixtures.Characters(kept), Is.EqualTo(DocumentFixtures.Characters([File.ReadAllText(DocumentFixtures.PathOf($"tables.{language}.txt"))])));
    }

    public static IEnumerable<TestCaseData> PdfAndWordFixtures => FixturesOf(DocumentFixtures.Pdf).Concat(FixturesOf(DocumentFixtures.Word));

    public static IEnumerable<TestCaseData> LayoutTextFixtures => FixturesOf(DocumentFixtures.LayoutText);

    public static IEnumerable<TestCaseData> RawModeFixtures => FixturesOf(DocumentFixtures.RawModeText);

    public static IEnumerable<TestCaseData> LayoutAndFormat =>
        from format in new[] { DocumentFixtures.Pdf, DocumentFixtures.Word }
        from layout in Layouts
        select new TestCaseData(layout, format).SetArgDisplayNames($"{layout}.{format}");

    public static IEnumerable<TestCaseData> Layout => Layouts.Select(layout => new TestCaseData(layout).SetArgDisplayNames(layout));

    /// <summary>
    /// A table's rows are the typeset text's rows, cell for cell, whichever format it arrives in: in a PDF the columns
    /// of figures set flush right are found by their right edges, the text columns by their left; a Word table's rows
    /// are its rows. In both languages and every layout.
    /// </summary>
    [TestCaseSource(nameof(PdfAndWordFixtures))]
    public void The_rows_of_a_table_of_figures_in_a_PDF_or_Word_file_read_as_the_typeset_text_with_a_tab_between_cells(string file, string language)
    {
        Assert.That(DocumentFixtures.Segment(file).Sentences.Select(s => s.Text), Is.EqualTo(Clean(language)));
    }

    /// <summary>
    /// <c>pdftotext -layout</c> pads each cell to its column with spaces: the rows whose gutters line up read as the
    /// typeset text's rows, a tab between cells, and a row numbered <c>1.</c> keeps its number as a cell.
    /// </summary>
    [TestCaseSource(nameof(LayoutTextFixtures))]
    public void The_rows_of_a_table_of_figures_that_pdftotext_sets_out_in_columns_read_as_the_typeset_text(string file, string language)
    {
        Assert.That(DocumentFixtures.Segment(file).Sentences.Select(s => s.Text), Is.EqualTo(Clean(language)));
    }

    /// <summary>
    /// <c>pdftotext -raw</c> writes a row with one space between cells: each row is still a sentence of its own, the
    /// typeset text's row whitespace aside, however much the Chinese rows would otherwise run together.
    /// </summary>
    [TestCaseSource(nameof(RawModeFixtures))]
    public void The_rows_of_a_table_of_figures_that_pdftotext_writes_with_single_spaces_are_the_typeset_text_s_rows(string file, string language)
    {
        Assert.That(DocumentFixtures.Segment(file).Sentences.Select(s => WithoutSpaces(s.Text)), Is.EqualTo(Clean(language).Select(WithoutSpaces)));
    }

    public static IEnumerable<TestCaseData> ExtractedText =>
        from format in new[] { DocumentFixtures.LayoutText, DocumentFixtures.RawModeText }
        from layout in Layouts
        select new TestCaseData(layout, format).SetArgDisplayNames($"{layout}, {format}");

    /// <summary>The tables' rows pair one to one from pdftotext's <c>-layout</c> and <c>-raw</c> text, as from the typeset text.</summary>
    [TestCaseSource(nameof(ExtractedText))]
    public void Aligning_pdftotext_text_of_tables_of_figures_scores_at_least_0_98(string layout, string format)
    {
        Assert.That(Score(layout, format).StrictF1, Is.GreaterThanOrEqualTo(0.98));
    }

    /// <summary>
    /// The tables' sentences pair one to one (the texts are translations row by row); aligning the PDFs, and the Word
    /// files, reproduces that.
    /// </summary>
    [TestCaseSource(nameof(LayoutAndFormat))]
    public void Aligning_the_PDF_or_Word_files_of_tables_of_figures_pairs_their_rows(string layout, string format)
    {
        var scores = Score(layout, format);
        TestContext.Out.WriteLine($"{layout}.{format}: strict F1 {scores.StrictF1:0.000}");

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    /// <summary>pdftotext's default mode prints each nil dash of the English tables on a line of its own, a few lines from a figure: it is text, not a stray line.</summary>
    [TestCaseSource(nameof(Layout))]
    public void A_nil_dash_that_pdftotext_prints_on_a_line_of_its_own_reaches_a_sentence(string layout)
    {
        var read = DocumentFixtures.Segment($"tables-{layout}.en.{DocumentFixtures.RawText}");

        Assert.That(read.Document.RemovedLines.Select(r => r.Text), Has.None.EqualTo("—"));
        Assert.That(read.Sentences.Sum(s => s.Text.Count(c => c == '—')), Is.EqualTo(File.ReadAllText(DocumentFixtures.PathOf("tables.en.txt")).Count(c => c == '—')));
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// pdftotext's default mode prints the Chinese tables a cell a line: a bare figure between a cell of text and a nil
    /// dash (<c>区域会议</c> / <c>—</c> / <c>45</c>, <c>其他</c> / <c>7</c> / <c>—</c>) is a figure beside a nil entry, not a page
    /// number, and the dash after it is a nil entry beside that figure.
    /// </summary>
    [TestCaseSource(nameof(Layout))]
    public void A_bare_figure_beside_a_nil_dash_that_pdftotext_prints_a_cell_a_line_reaches_a_sentence(string layout)
    {
        var read = DocumentFixtures.Segment($"tables-{layout}.zh.{DocumentFixtures.RawText}");

        Assert.That(read.Document.RemovedLines, Is.Empty);
    }

    private static IReadOnlyList<string> Clean(string language) => [.. DocumentFixtures.Segment($"tables.{language}.txt").Sentences.Select(s => s.Text)];

    private static AlignmentScores Score(string layout, string format)
    {
        var (chinese, english) = (Clean("zh"), Clean("en"));
        Assert.That(chinese, Has.Count.EqualTo(english.Count));
        var gold = Enumerable.Range(0, chinese.Count).Select(i => new EvaluatedBead([i], [i])).ToList();
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"tables-{layout}.zh.{format}"), DocumentFixtures.PathOf($"tables-{layout}.en.{format}"));
        return DocumentFixtures.Score(bitext, chinese, english, gold);
    }

    private static IEnumerable<TestCaseData> FixturesOf(string format) =>
        from language in new[] { "zh", "en" }
        from layout in Layouts
        select new TestCaseData($"tables-{layout}.{language}.{format}", language).SetArgDisplayNames($"tables-{layout}.{language}.{format}");

    private static IEnumerable<string> Files(string language) =>
        Formats.SelectMany(format => Layouts.Select(layout => $"tables-{layout}.{language}.{format}")).Prepend($"tables.{language}.txt");
}
