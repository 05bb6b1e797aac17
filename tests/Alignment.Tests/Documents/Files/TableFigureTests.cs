using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Tables of figures as financial statements set them (tests/Fixtures/make-tables.sh): figures flush right, negative
/// figures in brackets (<c>(25)</c>), a dash for nil, note and row numbers that read like labels (<c>(a)</c>, <c>1.</c>),
/// typeset from <c>tables.zh.txt</c> and <c>tables.en.txt</c> in three layouts as PDF and Word files and extracted by
/// pdftotext in its three modes. Whatever a cell holds is text, and reaches a sentence.
/// </summary>
public sealed class TableFigureTests
{
    private static readonly string[] Layouts = ["a4", "letter", "narrow"];

    /// <summary>
    /// pdftotext's default mode is left out: it prints these tables a cell a line, and in the Chinese fixtures a bare
    /// figure standing between a cell of text and a nil dash (<c>45</c>, <c>7</c>) is still taken for a page number.
    /// </summary>
    private static readonly string[] Formats = [DocumentFixtures.Pdf, DocumentFixtures.Word, DocumentFixtures.LayoutText, DocumentFixtures.RawModeText];

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

    public static IEnumerable<TestCaseData> PdfAndWordFixtures =>
        from format in new[] { DocumentFixtures.Pdf, DocumentFixtures.Word }
        from language in new[] { "zh", "en" }
        from layout in Layouts
        select new TestCaseData($"tables-{layout}.{language}.{format}", language).SetArgDisplayNames($"tables-{layout}.{language}.{format}");

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

    private static IReadOnlyList<string> Clean(string language) => [.. DocumentFixtures.Segment($"tables.{language}.txt").Sentences.Select(s => s.Text)];

    private static AlignmentScores Score(string layout, string format)
    {
        var (chinese, english) = (Clean("zh"), Clean("en"));
        Assert.That(chinese, Has.Count.EqualTo(english.Count));
        var gold = Enumerable.Range(0, chinese.Count).Select(i => new EvaluatedBead([i], [i])).ToList();
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"tables-{layout}.zh.{format}"), DocumentFixtures.PathOf($"tables-{layout}.en.{format}"));
        return DocumentFixtures.Score(bitext, chinese, english, gold);
    }

    private static IEnumerable<string> Files(string language) =>
        Formats.SelectMany(format => Layouts.Select(layout => $"tables-{layout}.{language}.{format}")).Prepend($"tables.{language}.txt");
}
