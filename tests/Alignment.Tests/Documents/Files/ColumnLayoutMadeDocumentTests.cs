namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Literary and magazine pairs typeset in layouts of their own by the scripts under tests/Fixtures, as PDF, Word (where
/// the layout makes one) and the text pdftotext takes from the PDF: the essay as a two-column magazine article and the
/// story as a book's chapter (typeset-magazine.py), the feature as a three-column spread on A4 and on Letter
/// (typeset-three-columns.py), the diary as a two-column journal (typeset-diary-columns.py), the interview as a
/// two-column newsletter (typeset-newsletter.py) and the story again as a literary magazine's A5 pages in two columns
/// (typeset-story-columns.py), the kite shop's chapter as a trade book's 6 x 9 in pages (typeset-book-chapter.py), and the
/// story again as a landscape Letter report in two ruled columns with a numbered running head (typeset-report-landscape.py),
/// and the feature again as a newsletter spread with a sidebar, a captioned chart and a captioned table of figures
/// between its paragraphs (typeset-spread.py, whose gold adds them: tests/TestData/Documents/Spread/feature-spread), and
/// the bus drivers' feature as a two-column journal article with an abstract, numbered heads, a figure floated to the top
/// of its second page, footnotes and a table (typeset-journal.py, whose gold adds them: tests/TestData/Documents/Journal/feature-journal).
/// Most were made before the readers' rules for them, to measure the readers on what
/// magazines and publishers send; the floors are the strict F1 measured, rounded down. Every word is the pair's own,
/// pull quotes aside, which are furniture, so each layout's gold is its pair's (the magazine's adds the standfirst, the
/// caption and the sidebar only it prints: tests/TestData/Documents/essay-magazine). What each layout shows of its own
/// is tested beside it (MagazineMadeDocumentTests, ThreeColumnsMadeDocumentTests, …); adding a layout is a line of
/// <see cref="Layouts"/>.
/// </summary>
public sealed class ColumnLayoutMadeDocumentTests
{
    private static readonly Layout[] Layouts =
    [
        new("essay-magazine", "essay-magazine", Pdf: 0.98, Docx: 0.99, Raw: 0.92, LaidOut: 0.95, Whole: ["zh.pdf", "zh.docx", "en.docx"]),
        new("fiction-book", "fiction-watch-mender", Pdf: 0.99, Docx: 0.99, Raw: 0.98, LaidOut: 0.98, Whole: ["zh.pdf", "en.pdf", "zh.docx", "en.docx"]),
        new("ThreeColumns/feature-three-columns", "feature-mudflat-bird-counters", Pdf: 0.96, Docx: null, Raw: 0.90, LaidOut: 0.96, Exact: ["zh.pdf", "en.pdf"]),
        new("ThreeColumns/feature-three-columns-letter", "feature-mudflat-bird-counters", Pdf: 0.97, Docx: null, Raw: 0.91, LaidOut: 0.80),
        new("DiaryColumns/diary-columns", "diary-salt-road", Pdf: 0.94, Docx: null, Raw: 0.94, LaidOut: 0.94),
        new("Newsletter/interview-newsletter", "interview-mountain-seed-bank", Pdf: 0.99, Docx: null, Raw: 0.95, LaidOut: 0.95),
        new("StoryColumns/story-columns", "story-last-ferry", Pdf: 0.96, Docx: 0.95, Raw: 0.90, LaidOut: 0.89, Exact: ["zh.pdf", "en.pdf", "zh.docx", "en.docx", "en.pdftotext-layout.txt"]),
        new("BookChapter/book-chapter", "chapter-kite-shop", Pdf: 0.95, Docx: 0.95, Raw: 0.95, LaidOut: 0.95,
            Exact: ["zh.pdf", "en.pdf", "zh.docx", "en.docx", "zh.pdftotext-raw.txt", "en.pdftotext-raw.txt", "zh.pdftotext-layout.txt", "en.pdftotext-layout.txt"]),
        new("ReportLandscape/story-landscape", "story-last-ferry", Pdf: 0.96, Docx: 0.96, Raw: 0.97, LaidOut: 0.97,
            Exact: ["zh.pdf", "en.pdf", "zh.docx", "en.docx", "en.pdftotext-raw.txt", "en.pdftotext-layout.txt"]),
        new("Spread/feature-spread", "Spread/feature-spread", Pdf: 0.91, Docx: 0.97, Raw: 0.93, LaidOut: 0.97,
            Whole: ["zh.docx", "en.docx", "zh.pdftotext-layout.txt", "en.pdftotext-layout.txt"]),
        new("Journal/feature-journal", "Journal/feature-journal", Pdf: 0.91, Docx: 0.91, Raw: 0.84, LaidOut: 0.82,
            Exact: ["zh.docx", "en.docx"], Whole: ["zh.pdf", "en.pdf", "zh.docx", "en.docx", "en.pdftotext-layout.txt"]),
    ];

    private static readonly string[] Languages = ["zh", "en"];

    public static IEnumerable<TestCaseData> Alignments =>
        from layout in Layouts
        from form in new[] { ("pdf", layout.Pdf), ("docx", layout.Docx), ("pdftotext-raw.txt", layout.Raw), ("pdftotext-layout.txt", layout.LaidOut) }
        where form.Item2 is not null
        select new TestCaseData(layout.Name, form.Item1, form.Item2).SetArgDisplayNames($"{layout.Name}.{form.Item1}");

    /// <summary>The files whose sentences are the gold's, each whole and in order (<see cref="Layout.Exact"/>).</summary>
    public static IEnumerable<TestCaseData> ExactFiles => Listed(layout => layout.Exact);

    /// <summary>The files whose every character of the gold reaches exactly one sentence (<see cref="Layout.Whole"/>).</summary>
    public static IEnumerable<TestCaseData> WholeFiles => Listed(layout => layout.Whole);

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(Layouts.Select(l => l.Name), "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCaseSource(nameof(Alignments))]
    public void A_pair_typeset_in_a_magazine_or_book_layout_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var scores = DocumentFixtures.ScoreAgainst(name, format, GoldFolder(name));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    [TestCaseSource(nameof(ExactFiles))]
    public void Sentences_of_a_layout_that_reads_them_all_are_the_gold_sentences(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(read.Sentences.Select(s => s.Text), Is.EqualTo(Gold(NameOf(file), language)));
    }

    /// <summary>Every character of the text (a magazine's standfirst, caption and sidebar among it) reaches exactly one sentence; scene breaks and pull quotes none.</summary>
    [TestCaseSource(nameof(WholeFiles))]
    public void Every_character_of_the_text_of_a_layout_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(Gold(NameOf(file), language))));
    }

    /// <summary>As for every extracted text: each character is in one sentence, a label or a removed line.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_extracted_text_of_a_layout_reaches_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for every extracted text: no character of the sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void No_character_of_the_extracted_text_of_a_layout_is_removed(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(NameOf(file), language));

    /// <summary>The gold sentences of the layout <paramref name="name"/> (a file's name up to its language) in one language.</summary>
    internal static string[] Gold(string name, string language) => DocumentFixtures.GoldSentences(GoldFolder(name), language);

    private static IEnumerable<TestCaseData> Listed(Func<Layout, string[]> files) =>
        from layout in Layouts
        from file in files(layout)
        select new TestCaseData($"{layout.Name}.{file}", file.Split('.')[0]).SetArgDisplayNames($"{layout.Name}.{file}");

    private static string NameOf(string file) => file[..file.IndexOf('.', StringComparison.Ordinal)];

    private static string GoldFolder(string name)
    {
        var pair = Layouts.Single(l => l.Name == name).Gold;
        var corpus = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", pair);
        return Directory.Exists(corpus) ? corpus : DocumentFixtures.PathOf(pair);
    }

    /// <summary>
    /// A typeset layout: its files' name under tests/TestData/Documents, its gold (a corpus pair, or a folder there), the
    /// floors of strict F1 per form (none for a form it is not made in), the files whose sentences are the gold's
    /// (<c>zh.pdf</c>), and the files whose characters all reach exactly one sentence.
    /// </summary>
    private sealed record Layout(string Name, string Gold, double? Pdf, double? Docx, double? Raw, double? LaidOut, string[]? Exact = null, string[]? Whole = null)
    {
        public string[] Exact { get; } = Exact ?? [];

        public string[] Whole { get; } = Whole ?? [];
    }
}
