using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Segmentation;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// PDF and Word files of the report, in two layouts, read as well as the clean text: the gold sentences, the gold
/// alignment, and every character of the body and the footnotes in exactly one sentence.
/// </summary>
public sealed class DocumentFileTests
{
    private static readonly Lazy<SegmentedDocument> CleanChinese = new(() => SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(Corpus.PathOf("zh.txt"))));
    private static readonly Lazy<SegmentedDocument> CleanEnglish = new(() => SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(Corpus.PathOf("en.txt"))));

    public static IEnumerable<TestCaseData> Documents => DocumentFixtures.Each(DocumentFixtures.Pdf, DocumentFixtures.Word);

    public static IEnumerable<TestCaseData> ExtractedText => DocumentFixtures.Each(DocumentFixtures.RawText, DocumentFixtures.LayoutText, DocumentFixtures.RawModeText);

    public static IEnumerable<TestCaseData> DocumentPairs => DocumentFixtures.Pairs(DocumentFixtures.Pdf, DocumentFixtures.Word);

    [TestCaseSource(nameof(Documents))]
    public void The_sentences_of_a_PDF_or_Word_file_are_the_gold_sentences_with_footnotes_where_the_page_put_them(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);
        var clean = language == "zh" ? CleanChinese.Value : CleanEnglish.Value;

        Assert.That(read.Language.Code, Is.EqualTo(language));
        Assert.That(Body(read), Is.EqualTo(Body(clean)));
        Assert.That(read.Sentences.Select(s => s.Text), Is.EquivalentTo(DocumentFixtures.Gold(language)));
    }

    [TestCaseSource(nameof(DocumentPairs))]
    public void Aligning_a_pair_of_PDF_or_Word_files_reproduces_the_gold_alignment(string chinese, string english)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf(chinese), DocumentFixtures.PathOf(english));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_character_of_the_body_and_the_footnotes_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(DocumentFixtures.Gold(language))));
    }

    /// <summary>
    /// The report typeset ten times over as one PDF of 100 pages (the reading benchmark's input): every character of the
    /// body and the footnotes ten times, each in exactly one sentence. The footnotes are numbered through the document
    /// (1 to 20), so their markers are left out of the count.
    /// </summary>
    [Test]
    public void Every_character_of_a_hundred_page_PDF_reaches_exactly_one_sentence()
    {
        var read = DocumentFixtures.Segment("long-a4.zh.pdf");
        var gold = Enumerable.Repeat(DocumentFixtures.Gold("zh"), 10).SelectMany(g => g);

        Assert.That(WithoutMarkers(read.Sentences.Select(s => s.Text)), Is.EqualTo(WithoutMarkers(gold)));
    }

    /// <summary>
    /// Extracted text is its own source: each of its characters is in one sentence, a label or a line removed as page
    /// furniture. (pdftotext itself drops a hyphen now and then when it rejoins a line; that is not the reader's loss.)
    /// </summary>
    [TestCaseSource(nameof(ExtractedText))]
    public void Every_character_of_extracted_text_reaches_exactly_one_sentence_label_or_removed_line(string file, string language)
    {
        DocumentFixtures.AssertEveryCharacterKept(file, language);
    }

    [TestCaseSource(nameof(ExtractedText))]
    public void No_character_of_the_body_or_the_footnotes_is_removed_from_extracted_text_as_page_furniture(string file, string language)
    {
        DocumentFixtures.AssertNoBodyTextRemoved(file, DocumentFixtures.Gold(language));
    }

    [Test]
    public void A_Word_file_numbered_by_list_numbering_keeps_its_paragraph_numbers_as_labels()
    {
        var document = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf(DocumentFixtures.File("letter", "en", DocumentFixtures.Word)));
        var numbered = document.Blocks.Where(b => b.Kind == BlockKind.NumberedParagraph).Select(b => b.Label.Written).ToList();

        // The body's 24 paragraphs, then the annex numbering again from 1.
        Assert.That(numbered.Take(24), Is.EqualTo(Enumerable.Range(1, 24).Select(n => $"{n}.")));
        Assert.That(numbered.Skip(24).First(), Is.EqualTo("1."));
    }

    [Test]
    public void Running_headers_and_footers_of_a_PDF_are_left_out() =>
        Assert.That(
            DocumentFixtures.Segment(DocumentFixtures.File("letter", "en", DocumentFixtures.Pdf)).Sentences.Select(s => s.Text),
            Has.None.Contains("V.21-02475").And.None.Contains("Expert Group on Cybercrime").And.None.EqualTo("UNODC/CCPCJ/EG.4/2021/2"));

    [Test]
    public void A_PDF_footnote_becomes_a_footnote_block_under_the_paragraph_that_refers_to_it()
    {
        var document = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf(DocumentFixtures.File("a4", "zh", DocumentFixtures.Pdf)));
        var footnotes = document.Blocks.Where(b => b.Kind == BlockKind.Footnote).ToList();

        Assert.That(footnotes.Select(b => b.Label.Anchor), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(footnotes[0].Path.ToString(), Is.EqualTo("body › II › D › 20 › footnote 1"));
        Assert.That(document.Blocks.Where(b => b.FootnoteReferences.Count > 0).Select(b => b.Path.Last), Is.EqualTo(new[] { "20", "电子证据和刑事司法" }));
    }

    [Test]
    public void The_TMX_of_two_PDF_files_says_on_which_page_each_unit_starts()
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(
            DocumentFixtures.PathOf(DocumentFixtures.File("a4", "zh", DocumentFixtures.Pdf)),
            DocumentFixtures.PathOf(DocumentFixtures.File("a4", "en", DocumentFixtures.Pdf)));
        using var tmx = new MemoryStream();
        TmxWriter.Write(tmx, AlignedUnits.From(bitext), new TmxWriteOptions(Language.Chinese));
        tmx.Position = 0;
        using var reader = TmxReader.Open(tmx, "report.tmx", new TmxReadOptions(Language.Chinese, Language.English));
        var locations = reader.ReadUnits().Select(u => u.Provenance.Location).ToList();

        Assert.That(locations, Has.All.Match(@"^page (10|[1-9]) at \d+,\d+ pt$"));
        Assert.That(locations.Select(l => l.Split(' ')[1]).Distinct().Count(), Is.EqualTo(10), "units from every page");
    }

    private static SortedDictionary<char, int> WithoutMarkers(IEnumerable<string> texts) =>
        DocumentFixtures.Characters(texts.Select(t => string.Concat(t.Where(c => !"⁰¹²³⁴⁵⁶⁷⁸⁹".Contains(c)))));

    private static string[] Body(SegmentedDocument document) =>
        [.. document.Sentences.Where(s => document.BlockOf(s.Index).Kind != BlockKind.Footnote).Select(s => s.Text)];
}
