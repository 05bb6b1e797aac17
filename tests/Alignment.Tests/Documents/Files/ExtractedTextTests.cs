namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Text that poppler's pdftotext takes from the PDFs: headers and footers against the body, footnote numbers as plain
/// digits, footnotes before the footer, labels on lines of their own. With -layout it aligns as well as the clean
/// text. Raw mode also puts text out of reading order (labels after their headings, a footnote's text inside the
/// paragraph the page broke, words of a justified line one per line or out of order), which is only partly repaired.
/// </summary>
public sealed class ExtractedTextTests
{
    public static IEnumerable<TestCaseData> LayoutPairs => DocumentFixtures.Pairs(DocumentFixtures.LayoutText);

    public static IEnumerable<TestCaseData> RawPairs => DocumentFixtures.Pairs(DocumentFixtures.RawText);

    public static IEnumerable<TestCaseData> RawModePairs => DocumentFixtures.Pairs(DocumentFixtures.RawModeText);

    [TestCaseSource(nameof(LayoutPairs))]
    public void Aligning_text_extracted_with_pdftotext_layout_reproduces_the_gold_alignment(string chinese, string english) =>
        Assert.That(StrictF1(chinese, english), Is.GreaterThanOrEqualTo(0.99));

    /// <summary>
    /// Floors as measured (the lowest pair), by the English fixture, which decides the figure: raw mode prints some
    /// words of widely spaced justified lines out of order (<c>coordination</c> … <c>among</c> … <c>law</c>, or two
    /// lines' words interleaved), which no reading of the text alone can put back for certain. Letter is set
    /// ragged-right and reads as the clean text; A4 and the narrow layout are justified and keep a few such lines.
    /// </summary>
    [TestCaseSource(nameof(RawPairs))]
    public void Aligning_raw_pdftotext_output_reproduces_the_gold_alignment_up_to_scrambled_justified_lines(string chinese, string english) =>
        Assert.That(StrictF1(chinese, english), Is.GreaterThanOrEqualTo(RawFloors[english]));

    private static readonly Dictionary<string, double> RawFloors = new(StringComparer.Ordinal)
    {
        [DocumentFixtures.File("a4", "en", DocumentFixtures.RawText)] = 0.982,
        [DocumentFixtures.File("letter", "en", DocumentFixtures.RawText)] = 0.999,
        [DocumentFixtures.File("narrow", "en", DocumentFixtures.RawText)] = 0.98,
    };

    /// <summary>
    /// Floors as measured (the lowest pair), by the English fixture: pdftotext -raw prints each line whole but in the
    /// order the page's content stream holds them, so running headers and footers, footnotes and labels can stand
    /// elsewhere than in the default mode.
    /// </summary>
    [TestCaseSource(nameof(RawModePairs))]
    public void Aligning_pdftotext_raw_mode_output_reproduces_the_gold_alignment(string chinese, string english) =>
        Assert.That(StrictF1(chinese, english), Is.GreaterThanOrEqualTo(RawModeFloors[english]));

    private static readonly Dictionary<string, double> RawModeFloors = new(StringComparer.Ordinal)
    {
        [DocumentFixtures.File("a4", "en", DocumentFixtures.RawModeText)] = 0.993,
        [DocumentFixtures.File("letter", "en", DocumentFixtures.RawModeText)] = 0.993,
        [DocumentFixtures.File("narrow", "en", DocumentFixtures.RawModeText)] = 0.993,
    };

    private static double StrictF1(string chinese, string english)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf(chinese), DocumentFixtures.PathOf(english));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);
        return scores.StrictF1;
    }
}
