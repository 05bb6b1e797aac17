using Alignment.Documents;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>A name the English writes in pinyin and the Chinese in characters is one term, both ways.</summary>
public class SpelledNameTests
{
    private static TranslationMemory MemoryOf(params (string Chinese, string English)[] pairs)
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. pairs.Select(p => Units.Pair(p.Chinese, p.English))]);
        return memory;
    }

    private static readonly (string, string)[] Ferry =
    [
        ("渡工周海生在这条河上撑了三十年船。", "The ferryman, Zhou Haisheng, has poled boats across this river for thirty years."),
        ("周海生对此并不着急。", "Zhou is in no hurry."),
        ("新桥明年春天通车。", "The new bridge opens next spring."),
        ("镇上的学校去年翻修过。", "The town school was renovated last year."),
        ("河水在雨季涨得很快。", "The river rises fast in the rainy season."),
    ];

    [Test]
    public void A_name_finds_its_whole_pinyin_spelling_though_another_unit_writes_the_surname_alone()
    {
        using var memory = MemoryOf(Ferry);

        Assert.That(memory.LookupTerm("周海生", Language.Chinese, Language.English).Best, Is.EqualTo("Zhou Haisheng"));
    }

    [Test]
    public void A_name_in_pinyin_seen_once_finds_its_characters_and_nothing_beside_them()
    {
        using var memory = MemoryOf(Ferry);

        Assert.That(memory.LookupTerm("Zhou Haisheng", Language.English, Language.Chinese).Best, Is.EqualTo("周海生"));
    }

    [Test]
    public void Each_word_of_a_name_is_tied_to_the_characters_that_spell_it()
    {
        var found = SpelledNames.In("记者何佩珊报道。", "He Peishan reported.");

        Assert.That(found.Select(n => ("He Peishan reported."[n.EnglishStart..n.EnglishEnd], "记者何佩珊报道。"[n.ChineseStart..n.ChineseEnd])),
            Is.EquivalentTo(new[] { ("He", "何"), ("Peishan", "佩珊") }));
    }

    [Test]
    public void A_word_the_lexicon_knows_opening_a_sentence_spells_no_name()
    {
        Assert.That(SpelledNames.In("我们支持这项计划。", "Women supported the plan."), Is.Empty);
    }

    [Test]
    public void One_syllable_alone_spells_no_name()
    {
        Assert.That(SpelledNames.In("他说周边地区很安全。", "Nearby areas were safe, said Zhou."), Is.Empty);
    }
}
