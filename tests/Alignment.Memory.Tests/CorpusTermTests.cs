using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Term lookup on every corpus pair of the repository, each indexed from its gold-aligned sentences, against its
/// hand-checked term list (corpora/…/terms.tsv), in both directions.
/// </summary>
public class CorpusTermTests
{
    private static readonly Dictionary<string, TranslationMemory> Memories = [];

    public static IEnumerable<string> Corpora => GoldCorpus.Names;

    [OneTimeTearDown]
    public void Close()
    {
        foreach (var memory in Memories.Values)
        {
            memory.Dispose();
        }

        Memories.Clear();
    }

    [TestCaseSource(nameof(Corpora))]
    public void Every_multi_word_or_number_bearing_term_finds_its_whole_equivalent_first_both_ways(string name)
    {
        var corpus = GoldCorpus.Named(name);
        var misses = Ranks(corpus, corpus.Terms.Where(t => t.IsCompound)).Where(r => r.Rank != 1).Select(r => $"{r.Term}: {r.Found} (rank {r.Rank})").ToList();

        Assert.That(misses, Is.Empty);
    }

    [TestCaseSource(nameof(Corpora))]
    public void Top_one_figures(string name)
    {
        var corpus = GoldCorpus.Named(name);
        var ranks = Ranks(corpus, corpus.Terms);
        foreach (var (once, label) in new[] { (false, "recurring"), (true, "seen once") })
        {
            var group = ranks.Where(r => r.SeenOnce == once).ToList();
            TestContext.Out.WriteLine($"{name} {label}: zh→en {group.Count(r => r.ZhToEn && r.Rank == 1)}/{group.Count(r => r.ZhToEn)}, en→zh {group.Count(r => !r.ZhToEn && r.Rank == 1)}/{group.Count(r => !r.ZhToEn)}");
        }

        foreach (var miss in ranks.Where(r => r.Rank != 1))
        {
            TestContext.Out.WriteLine($"  {miss.Term} → {miss.Found} (expected rank {miss.Rank})");
        }

        Assert.That(ranks, Is.Not.Empty);
    }

    private static List<(string Term, bool ZhToEn, bool SeenOnce, int Rank, string Found)> Ranks(GoldCorpus corpus, IEnumerable<GoldTerm> terms)
    {
        var memory = MemoryOf(corpus);
        var ranks = new List<(string, bool, bool, int, string)>();
        foreach (var term in terms)
        {
            var zh = memory.LookupTerm(term.Chinese, Language.Chinese, Language.English);
            ranks.Add((term.Chinese, true, term.SeenOnce, GoldCorpus.Rank(zh, term.English), zh.Best));
            var en = memory.LookupTerm(term.English, Language.English, Language.Chinese);
            ranks.Add((term.English, false, term.SeenOnce, GoldCorpus.Rank(en, term.Chinese), en.Best));
        }

        return ranks;
    }

    private static TranslationMemory MemoryOf(GoldCorpus corpus)
    {
        lock (Memories)
        {
            if (!Memories.TryGetValue(corpus.Name, out var memory))
            {
                Memories[corpus.Name] = memory = TranslationMemory.OpenInMemory();
                memory.Add(corpus.Units);
            }

            return memory;
        }
    }
}
