using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Chinese is indexed and searched with traditional characters folded to simplified ones: a memory built from
/// documents in one script answers queries typed in the other, and every display shows the text as stored.
/// </summary>
public sealed class ScriptFoldingTests
{
    private const string Simplified = "会员国应加强电子证据方面的合作。";
    private const string Traditional = "會員國應加強電子證據方面的合作。";
    private const string English = "Member States should strengthen cooperation on electronic evidence.";

    private static TranslationMemory MemoryOf(params (string Chinese, string English)[] pairs)
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. pairs.Select(p => Units.Pair(p.Chinese, p.English))]);
        return memory;
    }

    [Test]
    public void A_segment_in_traditional_characters_matches_its_simplified_unit_less_one_point()
    {
        using var memory = MemoryOf((Simplified, English));

        var best = memory.Lookup(Traditional, Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((99, MatchDifferences.Script)));
    }

    [Test]
    public void A_segment_in_simplified_characters_matches_its_traditional_unit_less_one_point()
    {
        using var memory = MemoryOf((Traditional, English));

        var best = memory.Lookup(Simplified, Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((99, MatchDifferences.Script)));
    }

    [Test]
    public void A_segment_in_the_units_own_script_is_still_an_exact_match()
    {
        using var memory = MemoryOf((Traditional, English));

        var best = memory.Lookup(Traditional, Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((100, MatchDifferences.None)));
    }

    [Test]
    public void A_concordance_search_in_simplified_finds_and_highlights_the_traditional_phrase()
    {
        using var memory = MemoryOf((Traditional, English));

        var page = memory.Concordance("电子证据", Language.Chinese);

        Assert.That(page.Hits.Select(h => h.Source.Marked), Is.EqualTo(new[] { "會員國應加強<mark>電子證據</mark>方面的合作。" }));
    }

    [Test]
    public void A_concordance_search_in_traditional_finds_the_simplified_phrase()
    {
        using var memory = MemoryOf((Simplified, English));

        var page = memory.Concordance("電子證據", Language.Chinese);

        Assert.That(page.TotalUnits, Is.EqualTo(1));
    }

    [Test]
    public void A_term_typed_in_traditional_characters_is_found_in_units_written_in_simplified()
    {
        using var memory = MemoryOf(
            (Simplified, English),
            ("电子证据的保全需要专门技能。", "The preservation of electronic evidence requires special skills."));

        var found = memory.LookupTerm("電子證據", Language.Chinese, Language.English);

        Assert.That(found.Best, Is.EqualTo("electronic evidence"));
    }

    [Test]
    public void A_term_equivalent_is_shown_in_the_script_the_units_are_written_in()
    {
        using var memory = MemoryOf(
            (Traditional, English),
            ("電子證據的保全需要專門技能。", "The preservation of electronic evidence requires special skills."));

        var found = memory.LookupTerm("electronic evidence", Language.English, Language.Chinese);

        Assert.That(found.Best, Is.EqualTo("電子證據"));
    }
}
