namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Corpora of other genres typeset one column by tests/Fixtures/typeset.py (a letter with a declaration and a summary,
/// a magazine feature, a short story) and extracted with pdftotext -raw and -layout: no blank lines between most
/// paragraphs, headings right above their text, preambular clauses ending in commas, running headers against the text.
/// Floors are just under what was measured; the clean files themselves align at about 0.95 to 0.97.
/// </summary>
public sealed class CorpusLayoutTests
{
    [TestCase("forum-a4", "pdftotext-layout.txt", 0.97)]
    [TestCase("forum-a4", "pdftotext-raw.txt", 0.97)]
    [TestCase("forum-letter", "pdftotext-layout.txt", 0.97)]
    [TestCase("forum-letter", "pdftotext-raw.txt", 0.97)]
    [TestCase("feature-a4", "pdftotext-layout.txt", 0.94)]
    [TestCase("feature-a4", "pdftotext-raw.txt", 0.94)]
    [TestCase("story-a4", "pdftotext-layout.txt", 0.93)]
    [TestCase("story-a4", "pdftotext-raw.txt", 0.93)]
    public void Aligning_a_typeset_corpus_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var scores = DocumentFixtures.ScoreAgainstCorpus(name, format);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>Each typeset corpus as pdftotext gives it with -raw and -layout: file name and language.</summary>
    public static IEnumerable<TestCaseData> Extracted =>
        from name in new[] { "forum-a4", "forum-letter", "feature-a4", "story-a4" }
        from format in new[] { "pdftotext-layout.txt", "pdftotext-raw.txt" }
        from language in new[] { "zh", "en" }
        select new TestCaseData($"{name}.{language}.{format}", language).SetArgDisplayNames($"{name}.{language}.{format}");

    /// <summary>As for the report: each character of the extracted text is in one sentence, a label or a removed line.</summary>
    [TestCaseSource(nameof(Extracted))]
    public void Every_character_of_a_typeset_corpus_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for the report: no character of the corpus's sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(Extracted))]
    public void No_character_of_a_typeset_corpus_is_removed_as_page_furniture(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, DocumentFixtures.CorpusGold(file, language));
}
