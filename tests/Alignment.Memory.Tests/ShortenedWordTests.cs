using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A lone character that heads a compound stands for the word of its pair that starts with it, where the English
/// writes that word's translation for both: Chinese shortens the word to its first character inside the compound.
/// </summary>
public class ShortenedWordTests
{
    private static readonly (string, string)[] Slope =
    [
        ("坡上长着野生的荞麦，和村里种的苦荞不一样。", "Wild buckwheat grows on the slope, unlike the Tartary buckwheat the village plants."),
        ("村里的老人还记得那场大雪。", "The old people of the village still remember that heavy snow."),
        ("每年秋天，我们去坡上收集种子。", "Every autumn we go up the slope to collect seeds."),
        ("种子在冷库里可以保存很多年。", "Seeds keep for many years in the cold store."),
    ];

    private static TranslationMemory Memory()
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. Slope.Select(p => Units.Pair(p.Item1, p.Item2))]);
        return memory;
    }

    [Test]
    public void A_compound_headed_by_a_shortened_word_finds_the_whole_english_name()
    {
        using var memory = Memory();

        Assert.That(memory.LookupTerm("苦荞", Language.Chinese, Language.English).Best, Is.EqualTo("Tartary buckwheat"));
    }

    [Test]
    public void The_english_name_finds_the_compound_rather_than_the_word_it_shortens()
    {
        using var memory = Memory();

        Assert.That(memory.LookupTerm("Tartary buckwheat", Language.English, Language.Chinese).Best, Is.EqualTo("苦荞"));
    }
}
