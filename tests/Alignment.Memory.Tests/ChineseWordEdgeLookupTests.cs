using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Where a Chinese equivalent starts and ends when the segmenter cuts a word it does not know into pieces: not after a
/// prefix that belongs to the word (最 | 不 | 发达, 多 | 部门), not before the character that says what the name names
/// (行动 | 处), and not past an adverb of time (太平洋岛国 | 已 | 在); and an amount's equivalent without the measure word
/// of what it counts (41万 | 户), which a count with its noun keeps.
/// </summary>
public class ChineseWordEdgeLookupTests
{
    [Test]
    public void An_equivalent_does_not_start_after_a_prefix_of_its_first_word()
    {
        using var memory = Units.OnePairAmongOthers(
            "拉希德先生代表最不发达国家集团发言，呼吁增加援助。",
            "Mr. Rashid, speaking on behalf of the Group of Least Developed Countries, called for more aid.");

        Assert.That(memory.LookupTerm("Group of Least Developed Countries", Language.English, Language.Chinese).Best, Is.EqualTo("最不发达国家集团"));
    }

    [Test]
    public void An_equivalent_does_not_stop_before_the_character_that_names_what_it_is()
    {
        using var memory = Units.OnePairAmongOthers(
            "安理会欢迎联合国地雷行动处开展的排雷工作。",
            "The Council welcomes the clearance work of the United Nations Mine Action Service.");

        Assert.That(memory.LookupTerm("United Nations Mine Action Service", Language.English, Language.Chinese).Best, Is.EqualTo("联合国地雷行动处"));
    }

    [Test]
    public void An_equivalent_stops_before_an_adverb_of_time()
    {
        using var memory = Units.OnePairAmongOthers(
            "太平洋岛国已在贷款协议中纳入气候条款。",
            "Pacific island countries have included climate clauses in loan agreements.");

        Assert.That(memory.LookupTerm("Pacific island countries", Language.English, Language.Chinese).Best, Is.EqualTo("太平洋岛国"));
    }

    [Test]
    public void An_amount_finds_the_count_without_the_measure_word_of_what_it_counts()
    {
        Assert.That(Units.TermInOnePair("现金转移支付惠及41万户家庭。", "Cash transfers reached 410,000 households.", "410,000", Language.English).Best, Is.EqualTo("41万"));
    }

    [Test]
    public void A_count_with_what_it_counts_keeps_its_measure_word()
    {
        Assert.That(Units.TermInOnePair("志愿者在滩涂上数了八千六百四十只鸟。", "Volunteers counted 8,640 birds on the mudflat.", "8,640 birds", Language.English).Best, Does.StartWith("八千六百四十只"));
    }
}
