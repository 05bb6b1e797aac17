using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Corpora of other genres typeset one column by tests/Fixtures/typeset.py (a letter with a declaration and a summary,
/// a magazine feature, a short story) and extracted with pdftotext -raw and -layout: no blank lines between most
/// paragraphs, headings right above their text, preambular clauses ending in commas, running headers against the text.
/// Floors are just under what was measured; the clean files themselves align at about 0.95 to 0.97.
/// </summary>
public sealed class CorpusLayoutTests
{
    private static readonly Dictionary<string, string> Corpora = new(StringComparer.Ordinal)
    {
        ["forum"] = "letter-mountain-water-forum",
        ["feature"] = "feature-mudflat-bird-counters",
        ["story"] = "story-last-ferry",
    };

    [TestCase("forum-a4", "pdftotext-layout.txt", 0.88)]
    [TestCase("forum-a4", "pdftotext-raw.txt", 0.87)]
    [TestCase("forum-letter", "pdftotext-layout.txt", 0.86)]
    [TestCase("forum-letter", "pdftotext-raw.txt", 0.87)]
    [TestCase("feature-a4", "pdftotext-layout.txt", 0.94)]
    [TestCase("feature-a4", "pdftotext-raw.txt", 0.94)]
    [TestCase("story-a4", "pdftotext-layout.txt", 0.93)]
    [TestCase("story-a4", "pdftotext-raw.txt", 0.93)]
    public void Aligning_a_typeset_corpus_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"{name}.zh.{format}"), DocumentFixtures.PathOf($"{name}.en.{format}"));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(Directory(name), "gold.beads")), "gold.beads");
        var scores = DocumentFixtures.Score(bitext, Gold(name, "zh"), Gold(name, "en"), gold);
        TestContext.Out.WriteLine(scores);

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
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(file, language));

    /// <summary>The corpus folder of a fixture, named by the fixture's first word (<c>forum-a4.zh…</c>).</summary>
    private static string Directory(string fixture) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Corpora[fixture.Split('-')[0]]);

    private static string[] Gold(string fixture, string language) =>
        [.. File.ReadAllLines(Path.Combine(Directory(fixture), $"{language}.sentences.txt")).Where(l => l.Length > 0)];
}
