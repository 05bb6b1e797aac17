namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Text that poppler's pdftotext takes from the PDFs: headers and footers against the body, footnote numbers as plain
/// digits, footnotes before the footer, labels on lines of their own. With -layout it aligns as well as the clean
/// text. Raw mode also puts text out of reading order (labels after their headings, a footnote's text inside the
/// paragraph the page broke, words of a justified line one per line), which is only partly repaired.
/// </summary>
public sealed class ExtractedTextTests
{
    public static IEnumerable<TestCaseData> LayoutPairs => DocumentFixtures.Pairs(DocumentFixtures.LayoutText);

    public static IEnumerable<TestCaseData> RawPairs => DocumentFixtures.Pairs(DocumentFixtures.RawText);

    [TestCaseSource(nameof(LayoutPairs))]
    public void Aligning_text_extracted_with_pdftotext_layout_reproduces_the_gold_alignment(string chinese, string english) =>
        Assert.That(StrictF1(chinese, english), Is.GreaterThanOrEqualTo(0.98));

    /// <summary>The floor measured on these fixtures (0.937 to 0.961), below the 0.98 aimed at.</summary>
    [TestCaseSource(nameof(RawPairs))]
    public void Aligning_raw_pdftotext_output_mostly_reproduces_the_gold_alignment(string chinese, string english) =>
        Assert.That(StrictF1(chinese, english), Is.GreaterThanOrEqualTo(0.93));

    private static double StrictF1(string chinese, string english)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf(chinese), DocumentFixtures.PathOf(english));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);
        return scores.StrictF1;
    }
}
