using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Matching;

namespace Alignment.Memory.Tests;

/// <summary>The index only preselects candidates: what it returns must be what scoring every unit would return.</summary>
public class RecallTests
{
    private static readonly LookupOptions Options = new() { MinimumScore = 50, MaxResults = 5 };

    private static TranslationMemory Memory => CorpusUnits.Memory;
    private static IReadOnlyList<TranslationUnit> Stored => CorpusUnits.Stored;

    [Test]
    public void Indexed_Chinese_lookup_returns_the_scores_a_full_scan_returns()
    {
        var queries = Stored.Select((u, i) => Edit(u.Source.Text, i)).ToList();

        AssertSameAsFullScan(queries, Language.Chinese, Language.English);
    }

    [Test]
    public void Indexed_English_lookup_returns_the_scores_a_full_scan_returns()
    {
        var queries = Stored.Select((u, i) => Edit(u.Target.Text, i)).ToList();

        AssertSameAsFullScan(queries, Language.English, Language.Chinese);
    }

    private static void AssertSameAsFullScan(List<string> queries, Language source, Language target)
    {
        var differing = queries
            .Where(q => Scores(Memory.Lookup(q, source, target, Options)) != Scores(BruteForceLookup.Lookup(Stored, q, source, target, Options)))
            .ToList();

        Assert.That(differing, Is.Empty);
    }

    // Deterministic edits of growing size: drop a stretch, change digits, repeat a stretch.
    private static string Edit(string text, int seed)
    {
        var cut = Math.Min(text.Length / 2, 1 + (seed % 7));
        var edited = text.Remove(text.Length / 3, cut).Replace('1', '7').Replace('2', '9');
        return seed % 3 == 0 ? edited + edited[..Math.Min(5, edited.Length)] : edited;
    }

    private static string Scores(IEnumerable<FuzzyMatch> matches) => string.Join(",", matches.Select(m => m.Score.Value));
}
