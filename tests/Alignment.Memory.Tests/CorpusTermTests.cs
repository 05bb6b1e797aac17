using System.Globalization;
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

    /// <summary>
    /// The measured floor per corpus (rank 1 in both directions, of the multi-word and number-bearing terms): all of
    /// them on the report; on the others, pieces of a name seen once that its pair's links cannot tell from the whole
    /// (国际冰川保护年), phrases of a term seen once that run on past it through words no link places
    /// (非洲大陆自由贸易区为区域), amounts in words around a number (30 by 30), names the
    /// segmenter cuts at a character that ends no term (下坝村), a name with two function words inside seen once
    /// (Conference of the Parties in the letter) and names seen in several units in free translation
    /// (跨界流域, transboundary basins) are still missed; the floor keeps what holds today.
    /// </summary>
    [TestCase("unodc-cybercrime-eg4-2021", 1.0)]
    [TestCase("speeches-second-committee-sustainable-development", 0.92)]
    [TestCase("financial-pension-fund-2026", 0.97)]
    [TestCase("letter-mountain-water-forum", 0.9)]
    [TestCase("story-last-ferry", 0.93)]
    public void Multi_word_and_number_bearing_terms_find_their_whole_equivalent_first_both_ways(string name, double share)
    {
        var corpus = GoldCorpus.Named(name);
        var ranks = Ranks(corpus, corpus.Terms.Where(t => t.IsCompound));
        foreach (var miss in ranks.Where(r => r.Rank != 1))
        {
            TestContext.Out.WriteLine($"{miss.Term}: {miss.Found} (rank {miss.Rank}{(miss.SeenOnce ? ", seen once" : string.Empty)})");
        }

        TestContext.Out.WriteLine($"compound {name}: {ranks.Count(r => r.Rank == 1)}/{ranks.Count}");
        Assert.That(ranks.Count(r => r.Rank == 1), Is.GreaterThanOrEqualTo(share * ranks.Count));
    }

    /// <summary>Glossary extraction's top 50 from each corpus: no entry starts or ends inside a word, on either side.</summary>
    [TestCaseSource(nameof(Corpora))]
    public void Extracted_entries_start_and_end_on_word_boundaries(string name)
    {
        var corpus = GoldCorpus.Named(name);
        var memory = MemoryOf(corpus);
        var entries = memory.ExtractTerms(Language.Chinese, Language.English, new TermExtractionOptions { MaxEntries = 50, MinOccurrences = 2 }).Entries;
        var chinese = corpus.Units.Select(u => u.Source.Text).ToList();
        var english = corpus.Units.Select(u => u.Target.Text).ToList();

        var cut = entries
            .Where(e => WordBoundaries.CutsAChineseWord(e.SourceTerm, chinese) || WordBoundaries.CutsAnEnglishWord(e.TargetTerm, english))
            .Select(e => $"{e.SourceTerm} → {e.TargetTerm}")
            .ToList();

        Assert.That(cut, Is.Empty, $"of {entries.Count} entries");
    }

    /// <summary>
    /// Every lookup of each corpus's term list, both ways: the candidates come in the order of their scores as the
    /// command line and the HTTP API print them (two decimals), and a score holds nothing finer that a display printing
    /// more decimals would show out of order.
    /// </summary>
    [TestCaseSource(nameof(Corpora))]
    public void Candidates_come_in_the_order_of_their_printed_scores(string name)
    {
        var corpus = GoldCorpus.Named(name);
        var memory = MemoryOf(corpus);
        var wrong = new List<string>();
        foreach (var term in corpus.Terms)
        {
            foreach (var result in new[] { memory.LookupTerm(term.Chinese, Language.Chinese, Language.English), memory.LookupTerm(term.English, Language.English, Language.Chinese) })
            {
                var outOfOrder = result.Candidates.Zip(result.Candidates.Skip(1)).Any(p => p.First.Score < p.Second.Score);
                if (outOfOrder || result.Candidates.Any(c => c.Score != double.Parse(c.Score.ToString("0.00", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)))
                {
                    wrong.Add($"{result.Term}: {string.Join(", ", result.Candidates.Select(c => c.Score.ToString("R", CultureInfo.InvariantCulture)))}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
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
