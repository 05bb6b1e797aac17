using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>Terms the bundled report uses in one sentence pair only: found by word alignment inside the pair, not by counts.</summary>
public class RareTermTests
{
    private static TranslationMemory Memory => CorpusUnits.Memory;

    [TestCase("勒索软件", "ransomware")]
    [TestCase("网络钓鱼", "phishing")]
    [TestCase("加密货币", "cryptocurrencies")]
    [TestCase("联合调查小组", "joint investigation teams")]
    public void A_term_seen_in_one_pair_finds_its_equivalent_first(string chinese, string english)
    {
        var result = Memory.LookupTerm(chinese, Language.Chinese, Language.English);

        Assert.That(GoldCorpus.Rank(result, english), Is.EqualTo(1), result.Best);
    }

    [Test]
    public void Bracketed_equivalents_are_shown_as_such()
    {
        var best = Memory.LookupTerm("勒索软件", Language.Chinese, Language.English).Candidates[0];

        Assert.That((best.Text, best.Bracketed), Is.EqualTo(("ransomware", true)));
    }

    [TestCase("加密货币")]
    [TestCase("联合调查小组")]
    public void A_term_whose_pair_aligns_it_word_by_word_has_enough_evidence(string chinese)
    {
        var result = Memory.LookupTerm(chinese, Language.Chinese, Language.English);

        Assert.That((result.HasTooLittleEvidence, result.Candidates[0].Alignment), Is.EqualTo((false, 0.5)).Using<(bool, double)>((a, b) => a.Item1 == b.Item1 && a.Item2 >= b.Item2));
    }

    [Test]
    public void A_frequent_term_rests_on_association_alone()
    {
        var best = Memory.LookupTerm("电子证据", Language.Chinese, Language.English).Candidates[0];

        Assert.That((best.Alignment, best.Bracketed), Is.EqualTo((0.0, false)));
    }
}
