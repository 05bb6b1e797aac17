using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on harder variants of the gold pair, each with its gold derived mechanically: sentences left
/// untranslated, sentences merged in translation, the whole pair many times over. They guard against an aligner that only fits the bundled pair.
/// </summary>
public sealed class RobustnessTests
{
    [Test]
    public void Sentences_missing_from_the_translation_become_deletions_without_disturbing_their_neighbours()
    {
        var gold = GoldAlignment.Beads;
        var english = GoldAlignment.EnglishSentences.ToList();
        var removed = gold.Where((b, i) => i % 12 == 5 && b.Source.Count == 1 && b.Target.Count == 1).Select(b => b.Target[0]).ToHashSet();
        var renumber = Renumbering(english.Count, removed);
        var derived = gold.Select(b => new EvaluatedBead(b.Source, [.. b.Target.Where(t => !removed.Contains(t)).Select(t => renumber[t])])).ToList();

        var bitext = Aligner.Default.Align(GoldAlignment.ChineseSentences, [.. english.Where((_, i) => !removed.Contains(i))], Language.Chinese, Language.English);
        var scores = AlignmentScores.Compute(derived, [.. bitext.Beads.Select(EvaluatedBead.From)]);
        TestContext.Out.WriteLine($"{removed.Count} English sentences removed\n{scores}");

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void Sentences_merged_in_translation_become_many_to_one_beads()
    {
        var gold = GoldAlignment.Beads;
        var english = GoldAlignment.EnglishSentences;

        // Merge every 6th run of two consecutive one-to-one English sentences into one sentence.
        var merged = new List<string>();
        var derived = new List<EvaluatedBead>();
        var map = new Dictionary<int, int>();
        for (var k = 0; k < gold.Count; k++)
        {
            var bead = gold[k];
            var next = k + 1 < gold.Count ? gold[k + 1] : null;
            var mergeable = k % 6 == 2 && next is not null && bead.Source.Count == 1 && bead.Target.Count == 1
                && next.Source.Count == 1 && next.Target.Count == 1 && next.Target[0] == bead.Target[0] + 1 && next.Source[0] == bead.Source[0] + 1;
            if (mergeable)
            {
                merged.Add(english[bead.Target[0]] + " " + english[next!.Target[0]]);
                derived.Add(new EvaluatedBead([bead.Source[0], next.Source[0]], [merged.Count - 1]));
                k++;
                continue;
            }

            foreach (var t in bead.Target)
            {
                map[t] = merged.Count;
                merged.Add(english[t]);
            }

            derived.Add(new EvaluatedBead(bead.Source, [.. bead.Target.Select(t => map[t])]));
        }

        var bitext = Aligner.Default.Align(GoldAlignment.ChineseSentences, merged, Language.Chinese, Language.English);
        var scores = AlignmentScores.Compute(derived, [.. bitext.Beads.Select(EvaluatedBead.From)]);
        TestContext.Out.WriteLine($"{english.Count - merged.Count} merges\n{scores}");

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void English_can_be_the_source()
    {
        var bitext = Aligner.Default.Align(GoldAlignment.EnglishSentences, GoldAlignment.ChineseSentences, Language.English, Language.Chinese);
        var reversed = GoldAlignment.Beads.Select(b => new EvaluatedBead(b.Target, b.Source)).ToList();
        var scores = AlignmentScores.Compute(reversed, [.. bitext.Beads.Select(EvaluatedBead.From)]);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void A_report_repeated_forty_times_leaves_no_more_sentences_unpaired_than_the_report_once()
    {
        // Forty copies hold far more confident beads than the report: enough to show a lexical model that learns
        // from only part of a long document.
        const int copies = 40;
        var once = Unpaired(Corpus.ChineseText, Corpus.EnglishText);
        var repeated = Unpaired(Repeat(Corpus.ChineseText, copies), Repeat(Corpus.EnglishText, copies));
        TestContext.Out.WriteLine($"unpaired sentences: {once} once, {repeated} in {copies} copies");

        Assert.That(repeated, Is.LessThanOrEqualTo(copies * once));
    }

    private static int Unpaired(string chinese, string english) =>
        AlignmentPipeline.Default.Align(
            DocumentReader.Default.Read(chinese, Language.Chinese, "zh"),
            DocumentReader.Default.Read(english, Language.English, "en"))
        .Beads.Sum(b => b.Source.IsEmpty ? b.Target.Count : b.Target.IsEmpty ? b.Source.Count : 0);

    private static string Repeat(string text, int copies) => string.Join("\n\n", Enumerable.Repeat(text, copies));

    private static Dictionary<int, int> Renumbering(int count, HashSet<int> removed)
    {
        var map = new Dictionary<int, int>();
        for (int i = 0, next = 0; i < count; i++)
        {
            if (!removed.Contains(i))
            {
                map[i] = next++;
            }
        }

        return map;
    }
}
