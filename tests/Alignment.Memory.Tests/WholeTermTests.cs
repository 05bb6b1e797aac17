using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>Term lookup ranks the whole term first, not a piece of it that co-occurs as often or more.</summary>
public class WholeTermTests
{
    private static TranslationMemory MemoryOf(params (string Chinese, string English)[] pairs)
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. pairs.Select(p => Units.Pair(p.Chinese, p.English))]);
        return memory;
    }

    [Test]
    public void A_name_with_two_function_words_inside_is_found_whole_though_a_unit_also_writes_its_last_word_alone()
    {
        using var memory = MemoryOf(
            ("缔约方大会第十七届会议在乌兰巴托举行。", "The seventeenth session of the Conference of the Parties was held in Ulaanbaatar."),
            ("她呼吁《公约》缔约方落实缔约方大会的决定。", "She called on the parties to the Convention to implement the decisions of the Conference of the Parties."),
            ("智利愿为首届缔约方大会作出贡献。", "Chile stood ready to contribute to the first Conference of the Parties."),
            ("大会通过了该决议。", "The Conference adopted the resolution."),
            ("委员会审议了该报告。", "The Committee considered the report."));

        var result = memory.LookupTerm("缔约方大会", Language.Chinese, Language.English);

        Assert.That(result.Best, Is.EqualTo("Conference of the Parties"));
    }

    [Test]
    public void Units_that_hold_the_term_only_inside_a_longer_name_do_not_choose_its_equivalent()
    {
        using var memory = MemoryOf(
            ("小岛屿发展中国家面临沉重的债务压力。", "Small island developing States faced heavy debt pressures."),
            ("秘书处帮助小岛屿发展中国家建立数据库。", "The Secretariat helped small island developing States build databases."),
            ("小岛屿发展中国家需要更多气候资金。", "Small island developing States needed more climate finance."),
            ("许多发展中国家同时承受三重压力。", "Many developing countries bore triple pressures at once."),
            ("中国与40多个发展中国家签署了备忘录。", "China signed memorandums with more than 40 developing countries."),
            ("技术转让对发展中国家至关重要。", "Technology transfer was crucial for developing countries."));

        var result = memory.LookupTerm("发展中国家", Language.Chinese, Language.English);

        Assert.That(result.Best, Is.EqualTo("developing countries"));
    }

    [Test]
    public void Counts_shown_beside_the_whole_term_include_the_units_that_hold_the_term_only_inside_a_longer_name()
    {
        using var memory = MemoryOf(
            ("小岛屿发展中国家面临沉重的债务压力。", "Small island developing States faced heavy debt pressures."),
            ("秘书处帮助小岛屿发展中国家建立数据库。", "The Secretariat helped small island developing States build databases."),
            ("小岛屿发展中国家受灾最重。", "Of all developing countries, small island developing States suffered most."),
            ("许多发展中国家同时承受三重压力。", "Many developing countries bore triple pressures at once."),
            ("中国与40多个发展中国家签署了备忘录。", "China signed memorandums with more than 40 developing countries."),
            ("技术转让对发展中国家至关重要。", "Technology transfer was crucial for developing countries."));

        var best = memory.LookupTerm("发展中国家", Language.Chinese, Language.English).Candidates[0];

        Assert.That((best.Text, best.CoOccurrences, best.Frequency), Is.EqualTo(("developing countries", 4, 4)));
    }

    [Test]
    public void A_name_does_not_grow_past_auxiliaries_into_a_clause()
    {
        using var memory = MemoryOf(
            ("专家组就部分建议未能达成一致意见。", "On some recommendations no agreement had been reached by the Expert Group."),
            ("关于措词问题未能达成一致意见。", "On the wording no agreement had been reached."),
            ("委员会也未能达成一致意见。", "In the Commission, too, no agreement had been reached."),
            ("会议通过了报告。", "The meeting adopted the report."));

        var result = memory.LookupTerm("达成一致意见", Language.Chinese, Language.English);

        Assert.That(result.Best, Is.EqualTo("agreement"));
    }

    [Test]
    public void A_phrase_grows_past_two_function_words_into_the_name_that_completes_it()
    {
        using var memory = MemoryOf(
            ("专家组第七次会议于4月举行。", "The seventh meeting of the Expert Group was held in April."),
            ("主席宣布专家组第七次会议开幕。", "The Chair opened the seventh meeting of the Expert Group."),
            ("发言稿已发布在专家组第七次会议的网站上。", "Statements were posted on the website of the seventh meeting of the Expert Group."),
            ("委员会审议了该报告。", "The Commission considered the report."));

        var result = memory.LookupTerm("专家组第七次会议", Language.Chinese, Language.English);

        Assert.That(result.Best, Is.EqualTo("seventh meeting of the Expert Group"));
    }

    [Test]
    public void A_longer_candidate_that_adds_the_translation_of_part_of_the_term_beats_its_piece_written_alone_more_often()
    {
        using var memory = MemoryOf(
            ("老人把竹筏推进了河里。", "The old man pushed the bamboo raft into the river."),
            ("竹筏在浅滩上搁浅了。", "The bamboo raft ran aground on the shallows."),
            ("他每天早上修补竹筏。", "Every morning he mended the bamboo raft."),
            ("孩子们坐在竹筏上唱歌。", "The children sat on the raft and sang."),
            ("河水在雨季涨得很快。", "The river rises fast in the rainy season."),
            ("镇上的学校去年翻修过。", "The town school was renovated last year."));

        Assert.That(memory.LookupTerm("竹筏", Language.Chinese, Language.English).Best, Is.EqualTo("bamboo raft"));
    }

    [Test]
    public void A_capitalised_name_seen_once_finds_the_whole_Chinese_phrase_that_holds_its_linked_piece()
    {
        using var memory = MemoryOf(
            ("大会宣布2021-2030年为海洋科学行动十年，这是对这一危机的回应。", "The Assembly proclaimed 2021–2030 the Decade of Action for Ocean Sciences, a response to the crisis."),
            ("科学家在会上介绍了海洋观测的新方法。", "Scientists presented new methods of ocean observation at the meeting."),
            ("各国承诺加强科学合作。", "States pledged to strengthen scientific cooperation."),
            ("委员会审议了秘书长的报告。", "The Committee considered the report of the Secretary-General."));

        Assert.That(memory.LookupTerm("Decade of Action for Ocean Sciences", Language.English, Language.Chinese).Best, Is.EqualTo("海洋科学行动十年"));
    }
}
