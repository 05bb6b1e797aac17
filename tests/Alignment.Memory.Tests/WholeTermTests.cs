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
}
