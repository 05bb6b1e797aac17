using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A lookup says it has too little evidence when its best candidate is a cut through a name the segmenter read as
/// lone characters: every unit writes the same character after it, so the memory never shows where it ends.
/// </summary>
public class UnknownEndTests
{
    // The name is written whole in the first unit's English and by the surname alone after; its Chinese is three lone
    // characters whose last is also a measure word, which ends no candidate.
    private static readonly (string, string)[] Fisherman =
    [
        ("六十八岁的渔民林宝根在岸边数鸟。", "Lin Baogen, a 68-year-old fisherman, counts birds on the shore."),
        ("林宝根在海上打了四十年鱼。", "Lin fished at sea for forty years."),
        ("去年秋天，林宝根看到一只白鹭。", "Last autumn Lin saw an egret."),
        ("林宝根还在岸边。", "Lin is still on the shore."),
        ("潮水每天涨落两次。", "The tide rises and falls twice a day."),
        ("堤坝外面是一片滩涂。", "Beyond the embankment lies a mudflat."),
    ];

    // The same kind of text, the name written in characters the candidates can end with.
    private static readonly (string, string)[] Ranger =
    [
        ("六十八岁的护林员林海燕在岸边数鸟。", "Lin Haiyan, a 68-year-old ranger, counts birds on the shore."),
        ("林海燕在山上守了四十年林。", "Lin guarded the forest for forty years."),
        ("去年秋天，林海燕看到一只白鹭。", "Last autumn Lin saw an egret."),
        ("林海燕还在岸边。", "Lin is still on the shore."),
        ("潮水每天涨落两次。", "The tide rises and falls twice a day."),
        ("堤坝外面是一片滩涂。", "Beyond the embankment lies a mudflat."),
    ];

    private static TranslationMemory MemoryOf((string Chinese, string English)[] pairs)
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. pairs.Select(p => Units.Pair(p.Chinese, p.English))]);
        return memory;
    }

    [Test]
    public void A_best_candidate_that_always_runs_on_into_the_same_lone_character_is_too_little_evidence()
    {
        using var memory = MemoryOf(Fisherman);

        var result = memory.LookupTerm("Lin", Language.English, Language.Chinese);

        Assert.That((result.Best, result.HasTooLittleEvidence), Is.EqualTo(("林宝", true)));
    }

    [Test]
    public void A_best_candidate_that_holds_the_whole_name_is_evidence_enough()
    {
        using var memory = MemoryOf(Ranger);

        var result = memory.LookupTerm("Lin", Language.English, Language.Chinese);

        Assert.That((result.Best, result.HasTooLittleEvidence), Is.EqualTo(("林海燕", false)));
    }
}
