using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;
using Alignment.Tests.Aligning;
using Alignment.Tests.Variants;

namespace Alignment.Tests.Pipeline;

/// <summary>
/// The pipeline on PDF-like layouts of the report (hard wraps, page headers and footers, job and page numbers,
/// paragraphs split by page breaks, footnotes moved to their page, CRLF, BOM, full-width indentation):
/// the same sentences as the clean files, and the gold alignment.
/// </summary>
public sealed class PdfLikeVariantPipelineTests
{
    private static readonly Lazy<SegmentedDocument> CleanChinese = new(() => Segment(Corpus.ChineseText, Language.Chinese));
    private static readonly Lazy<SegmentedDocument> CleanEnglish = new(() => Segment(Corpus.EnglishText, Language.English));

    [TestCase(30, 11)]
    [TestCase(45, 12)]
    [TestCase(80, 13)]
    public void A_Chinese_variant_yields_the_clean_sentences(int width, int seed) =>
        AssertSameSentences(CleanChinese.Value, Segment(Variant(Corpus.ChineseText, Language.Chinese, width, seed), Language.Chinese));

    [TestCase(60, 11)]
    [TestCase(80, 12)]
    [TestCase(110, 13)]
    public void An_English_variant_yields_the_clean_sentences(int width, int seed) =>
        AssertSameSentences(CleanEnglish.Value, Segment(Variant(Corpus.EnglishText, Language.English, width, seed), Language.English));

    [TestCase(30, 60, 21)]
    [TestCase(45, 80, 22)]
    [TestCase(80, 110, 23)]
    [TestCase(36, 72, 24)]
    public void Aligning_variants_of_both_files_reproduces_the_gold_alignment(int chineseWidth, int englishWidth, int seed)
    {
        var chinese = Segment(Variant(Corpus.ChineseText, Language.Chinese, chineseWidth, seed), Language.Chinese);
        var english = Segment(Variant(Corpus.EnglishText, Language.English, englishWidth, seed + 100), Language.English);
        var bitext = Aligner.Default.Align(chinese, english);

        // Variant sentence indices differ from the gold's where footnotes moved; map each to its clean twin.
        var toChinese = CleanIndex(chinese, CleanChinese.Value);
        var toEnglish = CleanIndex(english, CleanEnglish.Value);
        var test = bitext.Beads.Select(b => new EvaluatedBead([.. b.Source.Indices.Select(i => toChinese[i])], [.. b.Target.Indices.Select(i => toEnglish[i])])).ToList();
        var scores = AlignmentScores.Compute(GoldAlignment.Beads, test);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    private static SegmentedDocument Segment(string text, Language language) =>
        SentenceSegmenter.Default.Segment(DocumentReader.Default.Read(text, language, "variant"));

    private static string Variant(string clean, Language language, int width, int seed) =>
        PdfLikeVariant.Generate(clean, language, new PdfLikeOptions(width, seed) { CrLf = seed % 2 == 0, ByteOrderMark = seed % 3 == 0 }).Text.TrimStart('\uFEFF');

    /// <summary>
    /// A sentence is identified by its block (kind, path, label and, for blocks sharing those such as metadata lines,
    /// their order) and its position in the block.
    /// </summary>
    private static string[] Keys(SegmentedDocument document)
    {
        var seen = new Dictionary<string, int>();
        var blockKeys = document.Document.Blocks.Select(b =>
        {
            var key = $"{b.Kind}|{b.Path}|{b.Label.Anchor}";
            seen[key] = seen.GetValueOrDefault(key) + 1;
            return $"{key}|{seen[key]}";
        }).ToArray();
        return [.. document.Sentences.Select(s => $"{blockKeys[s.BlockIndex]}|{s.Index - document.SentencesOf(s.BlockIndex).Start}")];
    }

    private static int[] CleanIndex(SegmentedDocument variant, SegmentedDocument clean)
    {
        var byKey = Keys(clean).Select((key, index) => (key, index)).ToDictionary(x => x.key, x => x.index);
        return [.. Keys(variant).Select(key => byKey[key])];
    }

    private static void AssertSameSentences(SegmentedDocument clean, SegmentedDocument variant)
    {
        static bool InFootnote(SegmentedDocument d, Sentence s) => d.Document.Blocks[s.BlockIndex].Kind == BlockKind.Footnote;

        Assert.That(variant.Sentences.Where(s => !InFootnote(variant, s)).Select(s => s.Text), Is.EqualTo(clean.Sentences.Where(s => !InFootnote(clean, s)).Select(s => s.Text)));
        Assert.That(variant.Sentences.Where(s => InFootnote(variant, s)).Select(s => s.Text), Is.EquivalentTo(clean.Sentences.Where(s => InFootnote(clean, s)).Select(s => s.Text)));
    }
}
