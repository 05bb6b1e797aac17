using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Short forms given in brackets after the names they stand for, several in one sentence, as the United Nations writes
/// a name the first time (联合国粮食及农业组织（粮农组织）、世界粮食计划署（粮食署）… ↔ the Food and Agriculture
/// Organization of the United Nations (FAO), the World Food Programme (WFP) …): a translation keeps the brackets' order,
/// so the k-th short form pairs with the k-th; and an acronym alone in brackets is a name, though it spells a function
/// word (WHO).
/// </summary>
public class BracketedShortFormTests
{
    private const string Chinese = "安理会肯定联合国粮食及农业组织（粮农组织）、世界粮食计划署（粮食署）和联合国儿童基金会（儿基会）的工作。";
    private const string English = "The Council acknowledges the work of the Food and Agriculture Organization of the United Nations (FAO), the World Food Programme (WFP) and the United Nations Children's Fund (UNICEF).";

    [Test]
    public void The_kth_bracketed_short_form_pairs_with_the_kth()
    {
        using var memory = Units.OnePairAmongOthers(Chinese, English);

        Assert.That(memory.LookupTerm("粮食署", Language.Chinese, Language.English).Best, Is.EqualTo("WFP"));
    }

    [Test]
    public void The_kth_bracketed_acronym_pairs_with_the_kth_short_form()
    {
        using var memory = Units.OnePairAmongOthers(Chinese, English);

        Assert.That(memory.LookupTerm("WFP", Language.English, Language.Chinese).Best, Is.EqualTo("粮食署"));
    }

    [Test]
    public void An_acronym_alone_in_brackets_is_a_name_though_it_spells_a_function_word()
    {
        using var memory = Units.OnePairAmongOthers(
            "世界卫生组织（世卫组织）记录了312起针对医疗保健的袭击。", "The World Health Organization (WHO) recorded 312 attacks on health care.");

        Assert.That(memory.LookupTerm("世卫组织", Language.Chinese, Language.English).Best, Is.EqualTo("WHO"));
    }
}
