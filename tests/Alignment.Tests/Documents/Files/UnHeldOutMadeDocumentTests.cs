using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Two held-out UN pairs that no reading rule was written against (tests/TestData/held-out-terms: a treaty body's
/// concluding observations, with lettered headings ending in the articles they cover, and a summary record, with an
/// agenda sub-item under its item) typeset as UN papers by typeset-ecosoc.py (tests/Fixtures/make-un-held-out-documents.sh):
/// the symbol in the first page's header beside <c>United Nations</c> and in the later pages' headers, the job number at
/// the first page's foot; as PDF, Word and the text pdftotext takes from the PDF. The pairs' gold is the clean text's,
/// whose masthead holds the symbol as a line of text: in these files it is page furniture, the one gold sentence a
/// reader leaves out. The floors are the scores measured after the reading changes made for these kinds, rounded down.
/// </summary>
public sealed class UnHeldOutMadeDocumentTests
{
    private static readonly Dictionary<string, (string Pair, string Symbol)> Pairs = new()
    {
        ["UnHeldOut/concluding-observations"] = ("concluding-observations-crc-child-rights", "CRC/C/LDA/CO/5-6"),
        ["UnHeldOut/summary-record"] = ("summary-record-second-committee-disaster-risk", "A/C.2/81/SR.15"),
    };

    public static IEnumerable<TestCaseData> Files => DocumentFixtures.Named(Pairs.Keys, "pdf", "docx", "pdftotext-raw.txt", "pdftotext-layout.txt");

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(Pairs.Keys, "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCase("UnHeldOut/concluding-observations", "pdf", 0.99)]
    [TestCase("UnHeldOut/concluding-observations", "docx", 0.99)]
    [TestCase("UnHeldOut/concluding-observations", "pdftotext-raw.txt", 0.94)]
    [TestCase("UnHeldOut/concluding-observations", "pdftotext-layout.txt", 0.94)]
    [TestCase("UnHeldOut/summary-record", "pdf", 0.99)]
    [TestCase("UnHeldOut/summary-record", "docx", 0.99)]
    [TestCase("UnHeldOut/summary-record", "pdftotext-raw.txt", 0.94)]
    [TestCase("UnHeldOut/summary-record", "pdftotext-layout.txt", 0.96)]
    public void A_held_out_UN_pair_typeset_as_a_paper_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"{name}.zh.{format}"), DocumentFixtures.PathOf($"{name}.en.{format}"));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(Folder(name), "gold.beads")), "gold.beads");

        var scores = DocumentFixtures.Score(bitext, Gold(name, "zh"), Gold(name, "en"), gold);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>Every sentence of the pair, from the PDF and the Word file, but the symbol its headers carry.</summary>
    [TestCase("UnHeldOut/concluding-observations", "zh", "pdf")]
    [TestCase("UnHeldOut/concluding-observations", "en", "pdf")]
    [TestCase("UnHeldOut/concluding-observations", "zh", "docx")]
    [TestCase("UnHeldOut/concluding-observations", "en", "docx")]
    [TestCase("UnHeldOut/summary-record", "zh", "pdf")]
    [TestCase("UnHeldOut/summary-record", "en", "pdf")]
    [TestCase("UnHeldOut/summary-record", "zh", "docx")]
    [TestCase("UnHeldOut/summary-record", "en", "docx")]
    public void Sentences_of_a_held_out_UN_paper_are_the_gold_sentences(string name, string language, string format)
    {
        var document = DocumentFixtures.Segment($"{name}.{language}.{format}");

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(GoldWithoutSymbol(name, language)));
    }

    /// <summary>No text lost: every character of the gold sentences (the symbol aside) reaches a sentence or a label, from every file.</summary>
    [TestCaseSource(nameof(Files))]
    public void No_character_of_a_held_out_UN_paper_is_lost(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, GoldWithoutSymbol(file[..file.IndexOf('.', StringComparison.Ordinal)], language));

    /// <summary>As for every extracted text: each character is in one sentence, a label or a line removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_text_of_a_held_out_UN_paper_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    private static string Folder(string name) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "held-out-terms", Pairs[name].Pair);

    private static string[] Gold(string name, string language) =>
        [.. File.ReadAllLines(Path.Combine(Folder(name), $"{language}.sentences.txt")).Where(l => l.Length > 0)];

    private static string[] GoldWithoutSymbol(string name, string language) => [.. Gold(name, language).Where(s => s != Pairs[name].Symbol)];
}
