using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Text that Unicode normalisation refuses (a noncharacter such as U+FFFE, half a surrogate pair) comes from damaged
/// files and careless converters: a memory indexes it and finds it again instead of failing.
/// </summary>
public class OddCodePointTests
{
    private const string Zh = "会员国应努力加强电子证据收集方面的合作。";
    private const string En = "Member States should endeavour to strengthen cooperation in the collection of electronic evidence.";

    [TestCase("\uFFFE", TestName = "A_unit_holding_a_noncharacter_is_indexed_and_found_by_its_text")]
    [TestCase("\uD800", TestName = "A_unit_holding_a_lone_high_surrogate_is_indexed_and_found_by_its_text")]
    [TestCase("\uDC00", TestName = "A_unit_holding_a_lone_low_surrogate_is_indexed_and_found_by_its_text")]
    public void A_unit_holding_an_odd_code_point_is_indexed_and_found_by_its_text(string odd)
    {
        using var memory = Units.Memory(Units.Pair(Zh + odd, En + odd));

        var found = memory.Lookup(Zh + odd, Language.Chinese, Language.English);

        Assert.That(found.Select(m => m.Target.Text), Is.EqualTo(new[] { En + odd }));
        Assert.That(found[0].Score.Value, Is.EqualTo(100));
    }

    [Test]
    public void A_query_holding_a_lone_surrogate_finds_the_unit_without_it()
    {
        using var memory = Units.Memory(Units.Pair(Zh, En));

        var found = memory.Lookup(Zh + "\uD800", Language.Chinese, Language.English);

        Assert.That(found.Select(m => m.Target.Text), Is.EqualTo(new[] { En }));
    }

    [Test]
    public void Concordance_and_term_lookup_accept_a_lone_surrogate()
    {
        using var memory = Units.Memory(Units.Pair(Zh + "\uD800", En + "\uFFFE"));

        Assert.That(memory.Concordance("electronic evidence\uFFFE", Language.English).Hits, Is.Not.Empty);
        Assert.That(() => memory.LookupTerm("电子证据\uD800", Language.Chinese, Language.English), Throws.Nothing);
    }
}
