using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>Term-equivalent lookup over the aligned report, against the hand-checked key terms (corpora/…/terms.tsv).</summary>
public class TermLookupTests
{
    private static TranslationMemory Memory => CorpusUnits.Memory;

    public static IReadOnlyList<(string Chinese, string English)> KeyTerms =>
        [.. File.ReadAllLines(Path.Combine(CorpusUnits.Directory, "terms.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))];

    [Test]
    public void The_hand_checked_list_holds_at_least_30_key_terms() => Assert.That(KeyTerms, Has.Count.GreaterThanOrEqualTo(30));

    [Test]
    public void Chinese_key_terms_find_their_English_first_for_nine_in_ten_and_in_the_top_three_for_all()
    {
        var ranks = KeyTerms.Select(t => (t.Chinese, Rank: Rank(Memory.LookupTerm(t.Chinese, Language.Chinese, Language.English), t.English))).ToList();

        AssertRanks(ranks);
    }

    [Test]
    public void English_key_terms_find_their_Chinese_first_for_nine_in_ten_and_in_the_top_three_for_all()
    {
        var ranks = KeyTerms.Select(t => (t.English, Rank: Rank(Memory.LookupTerm(t.English, Language.English, Language.Chinese), t.Chinese))).ToList();

        AssertRanks(ranks);
    }

    [Test]
    public void Electronic_evidence_comes_with_counts_and_highlighted_examples()
    {
        var result = Memory.LookupTerm("电子证据", Language.Chinese, Language.English);
        var best = result.Candidates[0];

        Assert.Multiple(() =>
        {
            Assert.That(best.Text, Is.EqualTo("electronic evidence"));
            Assert.That(result.Occurrences, Is.GreaterThanOrEqualTo(20));
            Assert.That(best.CoOccurrences, Is.GreaterThanOrEqualTo(20));
            Assert.That(best.Frequency, Is.GreaterThanOrEqualTo(best.CoOccurrences));
            Assert.That(best.Examples, Has.Count.EqualTo(3));
            Assert.That(best.Examples.Select(e => e.Term.Marked), Has.All.Contain("<mark>电子证据</mark>"));
            Assert.That(best.Examples.Select(e => e.Equivalent.Marked.ToLowerInvariant()), Has.All.Contain("<mark>electronic evidence</mark>"));
        });
    }

    [Test]
    public void Hyphen_and_space_spellings_are_one_candidate()
    {
        var best = Memory.LookupTerm("能力建设", Language.Chinese, Language.English).Candidates[0];

        Assert.That(best.Text.ToLowerInvariant(), Is.EqualTo("capacity-building"));
    }

    [Test]
    public void An_acronym_shows_the_name_it_stands_for_as_an_alternative()
    {
        var best = Memory.LookupTerm("毒品和犯罪问题办公室", Language.Chinese, Language.English).Candidates[0];

        Assert.That((best.Text, best.Alternatives), Is.EqualTo(("UNODC", new[] { "United Nations Office on Drugs and Crime" })).UsingPropertiesComparer());
    }

    [Test]
    public void A_long_name_is_found_whole_not_in_pieces()
    {
        var best = Memory.LookupTerm("预防犯罪和刑事司法委员会", Language.Chinese, Language.English).Candidates[0];

        Assert.That(best.Text, Is.EqualTo("Commission on Crime Prevention and Criminal Justice"));
    }

    [Test]
    public void A_term_the_memory_does_not_hold_has_no_candidates()
    {
        var result = Memory.LookupTerm("量子计算", Language.Chinese, Language.English);

        Assert.That((result.Occurrences, result.Candidates.Count, result.Best), Is.EqualTo((0, 0, string.Empty)));
    }

    [Test]
    public void Within_the_count_limit_a_term_is_counted_exactly()
    {
        var result = Memory.LookupTerm("证据", Language.Chinese, Language.English);

        Assert.That((result.Occurrences, result.OccurrencesAreExact), Is.EqualTo((Memory.Concordance("证据", Language.Chinese).TotalUnits, true)));
    }

    [Test]
    public void A_candidate_of_one_word_or_several_is_counted_in_every_unit_that_holds_it()
    {
        var candidates = Memory.LookupTerm("证据", Language.Chinese, Language.English, new TermLookupOptions { MaxCandidates = 20 }).Candidates;
        var everywhere = new ConcordanceOptions { CountLimit = int.MaxValue };

        Assert.Multiple(() =>
        {
            Assert.That(candidates.Select(c => c.Text.Split(' ').Length).Distinct().Count(), Is.GreaterThan(1), "candidates of one word and of several");
            foreach (var candidate in candidates)
            {
                Assert.That(candidate.Frequency, Is.EqualTo(Memory.Concordance(candidate.Text, Language.English, everywhere).TotalUnits), candidate.Text);
            }
        });
    }

    [Test]
    public void Past_the_count_limit_the_count_is_an_estimate_near_the_true_one_and_the_ranking_holds()
    {
        var exact = Memory.LookupTerm("证据", Language.Chinese, Language.English);

        var estimated = Memory.LookupTerm("证据", Language.Chinese, Language.English, new TermLookupOptions { CountLimit = 5 });

        Assert.Multiple(() =>
        {
            Assert.That(estimated.OccurrencesAreExact, Is.False);
            Assert.That(estimated.Occurrences, Is.InRange(exact.Occurrences / 2, exact.Occurrences * 2));
            Assert.That(estimated.Best, Is.EqualTo(exact.Best));
        });
    }

    private static void AssertRanks(List<(string Term, int Rank)> ranks)
    {
        foreach (var (term, rank) in ranks.Where(r => r.Rank != 1))
        {
            TestContext.Out.WriteLine($"{term}: rank {rank}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(ranks.Count(r => r.Rank == 1), Is.GreaterThanOrEqualTo(0.9 * ranks.Count));
            Assert.That(ranks.Where(r => r.Rank is < 1 or > 3).Select(r => r.Term), Is.Empty);
        });
    }

    /// <summary>The expected equivalent's rank, from 1 (0 when absent); plurals and hyphens as variants count.</summary>
    private static int Rank(TermEquivalents result, string expected)
    {
        static string Fold(string s) => s.ToLowerInvariant().Replace('-', ' ').TrimEnd('s');
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
