using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The bundled report typeset as UN-style documents by LibreOffice in three layouts (tests/Fixtures/make-documents.sh):
/// PDF, Word, and the text poppler's pdftotext takes from each PDF: in its default mode, with -layout, and with -raw
/// (lines in the order the page's content stream holds them).
/// </summary>
internal static class DocumentFixtures
{
    public const string Pdf = "pdf";
    public const string Word = "docx";
    public const string RawText = "pdftotext.txt";
    public const string LayoutText = "pdftotext-layout.txt";
    public const string RawModeText = "pdftotext-raw.txt";

    private static readonly string[] Layouts = ["a4", "letter", "narrow"];

    public static string PathOf(string file) => Corpus.TestData(Path.Combine("Documents", file));

    public static string File(string layout, string language, string format) => $"report-{layout}.{language}.{format}";

    /// <summary>Every fixture of the given formats in both languages, named by file.</summary>
    public static IEnumerable<TestCaseData> Each(params string[] formats) =>
        from format in formats
        from layout in Layouts
        from language in new[] { "zh", "en" }
        select new TestCaseData(File(layout, language, format), language).SetArgDisplayNames(File(layout, language, format));

    /// <summary>Both languages of every layout, and the layouts crossed (a Chinese A4 against an English Letter).</summary>
    public static IEnumerable<TestCaseData> Pairs(params string[] formats) =>
        from format in formats
        from zh in Layouts
        from en in Layouts
        select new TestCaseData(File(zh, "zh", format), File(en, "en", format)).SetArgDisplayNames(File(zh, "zh", format), File(en, "en", format));

    /// <summary>Each fixture <c>{name}.{language}.{format}</c> of the named documents in both languages, with its language.</summary>
    public static IEnumerable<TestCaseData> Named(IEnumerable<string> names, params string[] formats) =>
        from name in names
        from format in formats
        from language in new[] { "zh", "en" }
        select new TestCaseData($"{name}.{language}.{format}", language).SetArgDisplayNames($"{name}.{language}.{format}");

    public static SegmentedDocument Segment(string file) => SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(PathOf(file)));

    public static IReadOnlyList<string> Gold(string language) => language == "zh" ? GoldAlignment.ChineseSentences : GoldAlignment.EnglishSentences;

    /// <summary>
    /// The gold index of each sentence: the gold sentence with the same text, duplicates taken in order; −1 for a
    /// sentence the gold does not have. Footnotes stand where the page put them, so order is not assumed.
    /// </summary>
    /// <remarks>
    /// Texts are compared without their whitespace and hyphens: typesetters widen the space between Han characters and
    /// digits or Latin letters, and pdftotext writes that as a space the text never had (<c>2021 年</c> for
    /// <c>2021年</c>); pdftotext also drops the hyphen of a compound broken at the end of a line when it rejoins the
    /// line (<c>capacitybuilding</c>). Neither changes which sentence it is.
    /// </remarks>
    public static int[] GoldIndices(SegmentedDocument document, IReadOnlyList<string> gold)
    {
        var free = gold.Select((text, index) => (text: WithoutSpaces(text), index)).GroupBy(x => x.text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<int>(g.Select(x => x.index)), StringComparer.Ordinal);
        return [.. document.Sentences.Select(s => free.TryGetValue(WithoutSpaces(s.Text), out var queue) && queue.Count > 0 ? queue.Dequeue() : -1)];
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-'));

    /// <summary>Strict F1 of the alignment of two fixtures against the gold beads, sentences mapped by their text.</summary>
    public static AlignmentScores Score(Bitext bitext) =>
        Score(bitext, GoldAlignment.ChineseSentences, GoldAlignment.EnglishSentences, GoldAlignment.Beads);

    /// <summary>Scores of an alignment against gold beads between gold sentences, the alignment's sentences mapped to them by their text.</summary>
    public static AlignmentScores Score(Bitext bitext, IReadOnlyList<string> chinese, IReadOnlyList<string> english, IReadOnlyList<EvaluatedBead> gold)
    {
        var zh = GoldIndices(bitext.Source, chinese);
        var en = GoldIndices(bitext.Target, english);
        var test = bitext.Beads.Select(b => new EvaluatedBead([.. b.Source.Indices.Select(i => zh[i])], [.. b.Target.Indices.Select(i => en[i])])).ToList();
        return AlignmentScores.Compute(gold, test);
    }

    /// <summary>
    /// The corpus folder a fixture was typeset from, named by the fixture's first word (<c>speeches-book.zh.pdf</c>,
    /// <c>forum-a4.en.pdftotext-raw.txt</c>).
    /// </summary>
    public static string CorpusOf(string fixture) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", fixture.Split('-')[0] switch
        {
            "report" => "unodc-cybercrime-eg4-2021",
            "speeches" => "speeches-second-committee-sustainable-development",
            "financial" => "financial-pension-fund-2026",
            "forum" => "letter-mountain-water-forum",
            "feature" => "feature-mudflat-bird-counters",
            "story" => "story-last-ferry",
            var other => throw new ArgumentException($"no corpus is typeset as {other}", nameof(fixture)),
        });

    /// <summary>The gold sentences of the corpus a fixture was typeset from, in one language.</summary>
    public static string[] CorpusGold(string fixture, string language) => GoldSentences(CorpusOf(fixture), language);

    /// <summary>The gold sentences of a pair's folder (<c>{language}.sentences.txt</c>), in one language.</summary>
    public static string[] GoldSentences(string folder, string language) =>
        [.. System.IO.File.ReadAllLines(Path.Combine(folder, $"{language}.sentences.txt")).Where(l => l.Length > 0)];

    /// <summary>
    /// Aligns the Chinese and English fixtures <paramref name="name"/>.zh/en.<paramref name="format"/> and scores the
    /// alignment against the gold beads of the corpus they were typeset from; the scores are written to the test's output.
    /// </summary>
    public static AlignmentScores ScoreAgainstCorpus(string name, string format) => ScoreAgainst(name, format, CorpusOf(name));

    /// <summary>
    /// Aligns the Chinese and English fixtures <paramref name="name"/>.zh/en.<paramref name="format"/> and scores the
    /// alignment against the gold beads and sentences in <paramref name="goldFolder"/>; the scores are written to the
    /// test's output.
    /// </summary>
    public static AlignmentScores ScoreAgainst(string name, string format, string goldFolder)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(PathOf($"{name}.zh.{format}"), PathOf($"{name}.en.{format}"));
        var gold = BeadFile.Parse(System.IO.File.ReadAllLines(Path.Combine(goldFolder, "gold.beads")), "gold.beads");
        var scores = Score(bitext, GoldSentences(goldFolder, "zh"), GoldSentences(goldFolder, "en"), gold);
        TestContext.Out.WriteLine(scores);
        return scores;
    }

    /// <summary>
    /// How often each character other than whitespace occurs in the texts; footnote markers count as the digits they
    /// are (the reader writes a marker that lost its superscript as one again).
    /// </summary>
    public static SortedDictionary<char, int> Characters(IEnumerable<string> texts)
    {
        const string superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var counts = new SortedDictionary<char, int>();
        foreach (var c in texts.SelectMany(t => t).Where(c => !char.IsWhiteSpace(c)))
        {
            var plain = superscripts.Contains(c) ? (char)('0' + superscripts.IndexOf(c)) : c;
            counts[plain] = counts.GetValueOrDefault(plain) + 1;
        }

        return counts;
    }

    /// <summary>Asserts that every character of an extracted text file is in one sentence, a label or a line removed as page furniture.</summary>
    public static void AssertEveryCharacterKept(string file, string language)
    {
        var read = Segment(file);
        var kept = read.Sentences.Select(s => s.Text)
            .Concat(read.Document.Blocks.Select(b => b.Label.Written))
            .Concat(read.Document.RemovedLines.Select(r => r.Text));

        Assert.That(read.Language.Code, Is.EqualTo(language));
        Assert.That(Characters(kept), Is.EqualTo(Characters([System.IO.File.ReadAllText(PathOf(file))])));
    }

    /// <summary>
    /// Every character of the gold sentences is in a sentence or a label of the extracted text, not only in a line
    /// removed as page furniture: body text taken for a page number or a running header would otherwise pass
    /// <see cref="AssertEveryCharacterKept"/> as kept. Hyphens are left out, as pdftotext drops one now and then.
    /// </summary>
    public static void AssertNoBodyTextRemoved(string file, IEnumerable<string> gold)
    {
        var read = Segment(file);
        var kept = Characters(read.Sentences.Select(s => s.Text).Concat(read.Document.Blocks.Select(b => b.Label.Written)));
        var missing = Characters(gold)
            .Where(g => g.Key != '-' && kept.GetValueOrDefault(g.Key) < g.Value)
            .Select(g => $"'{g.Key}' × {g.Value - kept.GetValueOrDefault(g.Key)}");

        Assert.That(missing, Is.Empty);
    }
}
