using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// What counts as a translator's gloss of a term seen once: both standing alone in brackets or quotes in one pair. A
/// title between title marks only, as Chinese writes every title, and an acronym that both sides write beside the
/// term are no gloss of it.
/// </summary>
public class GlossEvidenceTests
{
    [Test]
    public void A_title_between_title_marks_only_is_not_glossed_by_a_bracketed_name_elsewhere_in_its_pair()
    {
        using var memory = Units.Memory(
        [
            Units.Pair(
                "我们注意到，2001年《山地牧场保护公约》和1998年《高原湖泊管理公约》（《湖泊公约》）可提供指导。",
                "We note that the 2001 Convention on the Protection of Mountain Pastures and the 1998 Convention on the Management of Highland Lakes (Lakes Convention) can provide guidance."),
            Units.Pair("各国批准了湖泊公约。", "States ratified the Lakes Convention."),
        ]);

        var found = memory.LookupTerm("山地牧场保护公约", Language.Chinese, Language.English);

        Assert.That(found.Candidates.Where(c => c.Bracketed).Select(c => c.Text), Is.Empty, string.Join(", ", found.Candidates.Select(c => $"{c.Text} {c.Score:F2}")));
    }

    [Test]
    public void A_title_between_title_marks_inside_brackets_is_glossed_by_a_bracketed_name()
    {
        using var memory = Units.Memory(
        [
            Units.Pair(
                "1998年《高原湖泊管理公约》（《湖泊公约》）可提供指导。",
                "The 1998 Convention on the Management of Highland Lakes (Lakes Convention) can provide guidance."),
            Units.Pair("各国讨论了湖泊管理。", "States discussed the management of lakes."),
        ]);

        var best = memory.LookupTerm("湖泊公约", Language.Chinese, Language.English).Candidates[0];

        Assert.That((best.Text, best.Bracketed), Is.EqualTo(("Lakes Convention", true)));
    }

    [Test]
    public void An_acronym_both_sides_write_beside_the_term_gives_way_to_the_name_it_stands_for()
    {
        using var memory = Units.Memory(
        [
            Units.Pair(
                "与会者建议建立“山地数据共享网络”（MDSN），定期发布数据。",
                "Participants proposed the establishment of a mountain data sharing network (MDSN) that would regularly publish data."),
            Units.Pair("各国政府支持这项建议。", "Governments supported the proposal."),
        ]);

        var found = memory.LookupTerm("山地数据共享网络", Language.Chinese, Language.English);

        Assert.That(found.Best, Is.EqualTo("mountain data sharing network"), string.Join(", ", found.Candidates.Select(c => $"{c.Text} {c.Score:F2}")));
    }

    [Test]
    public void A_gloss_the_terms_side_writes_in_the_other_language_stays_evidence()
    {
        using var memory = Units.Memory(
        [
            Units.Pair("一位工程师介绍了“雾网”（fog net）集水技术。", "An engineer presented the fog net technique for collecting water."),
            Units.Pair("雾网在山区收集水分。", "Fog nets collect moisture in the mountains."),
            Units.Pair("各国讨论了水资源。", "States discussed water resources."),
        ]);

        var best = memory.LookupTerm("雾网", Language.Chinese, Language.English).Candidates[0];

        Assert.That(best.Text, Is.EqualTo("fog net").IgnoreCase);
    }

    [TestCase("加拿大林业局（Canadian Forest Service）与其他国家分享了监测数据。", "The Canadian Forest Service shared monitoring data with other countries.", "Canadian Forest Service", "加拿大林业局")]
    [TestCase("各方支持“山区冰川保护基金”（Mountain Glacier Protection Fund），并承诺出资。", "The parties supported the Mountain Glacier Protection Fund and pledged money.", "Mountain Glacier Protection Fund", "山区冰川保护基金")]
    public void A_name_its_side_glosses_with_the_term_in_brackets_is_found_whole(string zh, string en, string term, string expected)
    {
        using var memory = Units.Memory(
        [
            Units.Pair(zh, en),
            Units.Pair("各国讨论了森林和冰川。", "States discussed forests and glaciers."),
            Units.Pair("这个机构分享了数据。", "The agency shared data."),
        ]);

        var found = memory.LookupTerm(term, Language.English, Language.Chinese);

        Assert.That((found.Best, found.Candidates[0].Bracketed), Is.EqualTo((expected, true)), string.Join(", ", found.Candidates.Select(c => $"{c.Text} {c.Score:F2}")));
    }

    [Test]
    public void A_term_its_side_glosses_in_brackets_finds_the_gloss_as_bracketed()
    {
        using var memory = Units.Memory(
        [
            Units.Pair("各方支持“山区冰川保护基金”（Mountain Glacier Protection Fund），并承诺出资。", "The parties supported the Mountain Glacier Protection Fund and pledged money."),
            Units.Pair("各国讨论了森林和冰川。", "States discussed forests and glaciers."),
        ]);

        var best = memory.LookupTerm("山区冰川保护基金", Language.Chinese, Language.English).Candidates[0];

        Assert.That((best.Text, best.Bracketed), Is.EqualTo(("Mountain Glacier Protection Fund", true)));
    }
}
