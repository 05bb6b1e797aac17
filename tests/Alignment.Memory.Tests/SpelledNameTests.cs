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

    // An interview: the first answer's label and the lead write the name whole, later labels the surname alone, and the
    // lead and the standfirst put the title before the name in Chinese.
    private static readonly (string, string)[] Interview =
    [
        ("专访种子库主任韩立秋", "An interview with Han Liqiu, director of the seed bank"),
        ("主任韩立秋原是一名中学教师。", "Its director, Han Liqiu, was a schoolteacher."),
        ("韩立秋：我们是在替将来保管东西。", "Han Liqiu: We keep things for the future."),
        ("韩立秋：说来有点偶然。", "Han: It was something of an accident."),
        ("韩立秋：第一步是清点和登记。", "Han: The first step is counting and recording."),
        ("韩立秋：最难的是钱和人。", "Han: The hardest part is money and people."),
        ("韩立秋：谢谢。", "Han: Thank you."),
        ("冷库的温度保持在零下二十度。", "The cold store is kept at minus twenty degrees."),
    ];

    // A feature that names the person by the surname alone in running text after the first mention.
    private static readonly (string, string)[] Feature =
    [
        ("天还没亮，周海燕已经站在堤坝上。", "Before dawn Zhou Haiyan is already up on the embankment."),
        ("周海燕把望远镜架在三脚架上。", "Zhou fixes a telescope to a tripod."),
        ("周海燕合上记录本。", "Zhou closes her notebook."),
        ("周海燕每个月带学生来一次。", "Zhou brings her pupils once a month."),
        ("潮水退得很快。", "The tide goes out fast."),
    ];

    [Test]
    public void A_name_in_pinyin_finds_the_characters_that_spell_it_before_the_name_with_its_title()
    {
        using var memory = MemoryOf(Interview);

        Assert.That(memory.LookupTerm("Han Liqiu", Language.English, Language.Chinese).Best, Is.EqualTo("韩立秋"));
    }

    [Test]
    public void A_name_finds_its_whole_spelling_before_the_surname_that_labels_the_speaker()
    {
        using var memory = MemoryOf(Interview);

        Assert.That(memory.LookupTerm("韩立秋", Language.Chinese, Language.English).Best, Is.EqualTo("Han Liqiu"));
    }

    [Test]
    public void A_name_the_translation_writes_as_the_surname_in_running_text_finds_the_surname()
    {
        using var memory = MemoryOf(Feature);

        Assert.That(memory.LookupTerm("周海燕", Language.Chinese, Language.English).Best, Is.EqualTo("Zhou"));
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
