using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Latin letters are indexed and searched with their accents folded: users type names without them (martinez for
/// Martínez), while every display shows the text as stored.
/// </summary>
public class AccentFoldingTests
{
    private static TranslationMemory MemoryOf(params (string Chinese, string English)[] pairs)
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. pairs.Select(p => Units.Pair(p.Chinese, p.English))]);
        return memory;
    }

    [Test]
    public void A_concordance_search_typed_without_accents_finds_the_accented_name()
    {
        using var memory = MemoryOf(("马丁内斯女士（智利）发了言。", "Ms. Martínez (Chile) made a statement."));

        var page = memory.Concordance("martinez", Language.English);

        Assert.That(page.Hits.Select(h => h.Source.Marked), Is.EqualTo(new[] { "Ms. <mark>Martínez</mark> (Chile) made a statement." }));
    }

    [Test]
    public void A_concordance_search_typed_with_accents_finds_the_name_written_without_them()
    {
        using var memory = MemoryOf(("马丁内斯女士（智利）发了言。", "Ms. Martinez (Chile) made a statement."));

        var page = memory.Concordance("Martínez", Language.English);

        Assert.That(page.TotalUnits, Is.EqualTo(1));
    }

    [Test]
    public void A_prefix_typed_with_accents_finds_and_highlights_the_name_either_way()
    {
        using var memory = MemoryOf(("马丁内斯女士（智利）发了言。", "Ms. Martinez (Chile) made a statement."));

        var page = memory.Concordance("Martín*", Language.English);

        Assert.That(page.Hits.Select(h => h.Source.Marked), Is.EqualTo(new[] { "Ms. <mark>Martinez</mark> (Chile) made a statement." }));
    }

    [Test]
    public void A_term_typed_without_accents_is_found_in_the_units_of_the_accented_name()
    {
        using var memory = MemoryOf(
            ("马丁内斯女士（智利）发了言。", "Ms. Martínez (Chile) made a statement."),
            ("马丁内斯女士说，智利支持该决议。", "Ms. Martínez said that Chile supported the resolution."));

        var found = memory.LookupTerm("Martinez", Language.English, Language.Chinese);

        Assert.That(found.Occurrences, Is.EqualTo(2));
    }

    [Test]
    public void A_term_equivalent_is_shown_with_its_accents()
    {
        using var memory = MemoryOf(
            ("马丁内斯女士（智利）发了言。", "Ms. Martínez (Chile) made a statement."),
            ("马丁内斯女士说，智利支持该决议。", "Ms. Martínez said that Chile supported the resolution."));

        var found = memory.LookupTerm("马丁内斯", Language.Chinese, Language.English);

        Assert.That(found.Candidates.Select(c => c.Text), Has.Some.Contains("Martínez").And.None.Contains("Martinez"));
    }
}
