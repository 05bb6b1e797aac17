namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Text that poppler's pdftotext takes from the PDFs, raw and with -layout: headers and footers against the body,
/// footnote numbers as plain digits, footnotes before the footer, labels apart from their paragraphs. It aligns
/// almost as well as the clean text.
/// </summary>
public sealed class ExtractedTextTests
{
    public static IEnumerable<TestCaseData> TextPairs => DocumentFixtures.Pairs(DocumentFixtures.RawText, DocumentFixtures.LayoutText);

    [TestCaseSource(nameof(TextPairs))]
    public void Aligning_text_extracted_by_pdftotext_nearly_reproduces_the_gold_alignment(string chinese, string english)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf(chinese), DocumentFixtures.PathOf(english));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.98));
    }
}
