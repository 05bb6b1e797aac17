using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>The bundled pair's hand-checked sentences and beads.</summary>
internal static class GoldAlignment
{
    public static IReadOnlyList<string> ChineseSentences => Corpus.Lines("zh.sentences.txt").Where(l => l.Length > 0).ToList();

    public static IReadOnlyList<string> EnglishSentences => Corpus.Lines("en.sentences.txt").Where(l => l.Length > 0).ToList();

    public static IReadOnlyList<EvaluatedBead> Beads => BeadFile.Read(Corpus.PathOf("gold.beads"));

    public static SegmentedDocument Chinese => SegmentedDocument.FromSentences("zh.sentences.txt", Language.Chinese, ChineseSentences);

    public static SegmentedDocument English => SegmentedDocument.FromSentences("en.sentences.txt", Language.English, EnglishSentences);

    public static AlignmentScores Score(Bitext bitext) =>
        AlignmentScores.Compute(Beads, bitext.Beads.Select(EvaluatedBead.From).ToList());
}
