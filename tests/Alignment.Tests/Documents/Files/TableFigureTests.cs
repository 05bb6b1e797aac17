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
    /// pdftotext's default mode is left out: it prints these tables a cell a line, and a dash for nil standing there
    /// is still read as a stray line.
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

    private static IEnumerable<string> Files(string language) =>
        Formats.SelectMany(format => Layouts.Select(layout => $"tables-{layout}.{language}.{format}")).Prepend($"tables.{language}.txt");
}
