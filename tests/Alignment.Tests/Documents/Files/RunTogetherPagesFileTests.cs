namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The report's text as a PDF viewer's copy gives it: pdftotext -raw -nopgbrk, all pages run together with no form feed,
/// each page's footer and the next page's header between two lines of a paragraph; in the narrow layout (a page number
/// alone at the foot, the symbol at the head) and in A4 with CRLF line ends (job number and page of pages at the foot).
/// It reads as the same text with form feeds does.
/// </summary>
public sealed class RunTogetherPagesFileTests
{
    private const string Narrow = "pdftotext-raw-nopgbrk.txt";
    private const string A4Crlf = "pdftotext-raw-nopgbrk-crlf.txt";

    public static IEnumerable<TestCaseData> Files =>
        from fixture in new[] { ("narrow", Narrow), ("a4", A4Crlf) }
        from language in new[] { "zh", "en" }
        let file = DocumentFixtures.File(fixture.Item1, language, fixture.Item2)
        select new TestCaseData(file, DocumentFixtures.File(fixture.Item1, language, DocumentFixtures.RawModeText), language).SetArgDisplayNames(file);

    public static IEnumerable<TestCaseData> Pairs =>
        from zh in new[] { DocumentFixtures.File("narrow", "zh", Narrow), DocumentFixtures.File("a4", "zh", A4Crlf) }
        from en in new[] { DocumentFixtures.File("narrow", "en", Narrow), DocumentFixtures.File("a4", "en", A4Crlf) }
        select new TestCaseData(zh, en).SetArgDisplayNames(zh, en);

    [TestCaseSource(nameof(Files))]
    public void The_sentences_of_text_with_its_pages_run_together_are_those_of_the_text_with_form_feeds(string file, string withFormFeeds, string language) =>
        Assert.That(
            DocumentFixtures.Segment(file).Sentences.Select(s => s.Text),
            Is.EqualTo(DocumentFixtures.Segment(withFormFeeds).Sentences.Select(s => s.Text)));

    /// <summary>The floor of the text with form feeds (see <see cref="ExtractedTextTests"/>).</summary>
    [TestCaseSource(nameof(Pairs))]
    public void Aligning_text_with_its_pages_run_together_reproduces_the_gold_alignment(string chinese, string english)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf(chinese), DocumentFixtures.PathOf(english));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.993));
    }

    [TestCaseSource(nameof(Files))]
    public void Every_character_of_text_with_its_pages_run_together_reaches_exactly_one_sentence_label_or_removed_line(string file, string withFormFeeds, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    [TestCaseSource(nameof(Files))]
    public void No_character_of_the_body_or_the_footnotes_is_removed_from_text_with_its_pages_run_together(string file, string withFormFeeds, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, DocumentFixtures.Gold(language));
}
