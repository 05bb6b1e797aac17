using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>
/// A corpus pair of the repository (corpora/…, or a held-out pair kept with the tests under TestData/held-out-terms/…) as translation units made from its hand-checked sentences and gold
/// beads, with its hand-checked term list: term lookup measured apart from the aligner's mistakes.
/// </summary>
internal sealed class GoldCorpus
{
    public static readonly string[] Names =
    [
        "unodc-cybercrime-eg4-2021",
        "speeches-second-committee-sustainable-development",
        "financial-pension-fund-2026",
        "letter-mountain-water-forum",
        "story-last-ferry",
    ];

    private static readonly Dictionary<string, GoldCorpus> Cache = [];

    private GoldCorpus(string name)
    {
        Name = name;
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", name);
        if (!Directory.Exists(folder))
        {
            folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "held-out-terms", name);
        }

        var chinese = File.ReadAllLines(Path.Combine(folder, "zh.sentences.txt"));
        var english = File.ReadAllLines(Path.Combine(folder, "en.sentences.txt"));
        Units = [.. BeadFile.Read(Path.Combine(folder, "gold.beads"))
            .Where(b => !b.IsDeletionOrInsertion)
            .Select((b, i) => new TranslationUnit(
                $"{name}-{i}",
                new Segment(Language.Chinese, string.Concat(b.Source.Select(s => chinese[s]))),
                new Segment(Language.English, string.Join(' ', b.Target.Select(t => english[t])))))];
        Terms = [.. File.ReadAllLines(Path.Combine(folder, "terms.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new GoldTerm(p[0], p[1], p.Length > 2 && p[2].TrimEnd().EndsWith("beads 1", StringComparison.Ordinal)))];
    }

    public string Name { get; }

    public IReadOnlyList<TranslationUnit> Units { get; }

    public IReadOnlyList<GoldTerm> Terms { get; }

    public static GoldCorpus Named(string name)
    {
        lock (Cache)
        {
            return Cache.TryGetValue(name, out var corpus) ? corpus : Cache[name] = new GoldCorpus(name);
        }
    }

    /// <summary>The expected equivalent's rank among the candidates, from 1 (0 when absent); plurals, case and hyphens fold.</summary>
    public static int Rank(TermEquivalents result, string expected)
    {
        static string Fold(string s) => s.ToLowerInvariant().Replace('-', ' ').Replace('‐', ' ').TrimEnd('s');
        for (var i = 0; i < result.Candidates.Count; i++)
        {
            if (new[] { result.Candidates[i].Text }.Concat(result.Candidates[i].Variants).Any(v => Fold(v) == Fold(expected)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}

/// <summary>A hand-checked term pair; <paramref name="SeenOnce"/> when it occurs in one gold bead only.</summary>
internal sealed record GoldTerm(string Chinese, string English, bool SeenOnce)
{
    /// <summary>Whether the English is more than one word or either side holds a number: what must never be cut into pieces.</summary>
    public bool IsCompound => English.Contains(' ', StringComparison.Ordinal) || English.Contains('-', StringComparison.Ordinal)
        || Chinese.Any(char.IsDigit) || English.Any(char.IsDigit);
}
