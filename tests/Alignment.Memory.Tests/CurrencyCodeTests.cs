using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An amount's English equivalent keeps the currency it is written with, where the sign stands a space before the
/// figure and capitals before the sign name the country's dollar (US$ 92 million), as the United Nations and its
/// agencies write amounts, or where three capitals a space before the figure give the currency's code (EUR 2.8
/// million) that Chinese names after the amount (280万欧元).
/// </summary>
public class CurrencyCodeTests
{
    [Test]
    public void An_amount_in_dollars_finds_the_English_amount_with_its_currency_code_and_sign()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("该项工作的预算为9200万美元，已落实41%的资金。", "The work is budgeted at US$ 92 million, of which 41% is financed."),
            Units.Pair("委员会审议了报告。", "The Committee considered the report."),
        ]);

        Assert.That(memory.LookupTerm("9200万美元", Language.Chinese, Language.English).Best, Is.EqualTo("US$ 92 million"));
    }

    [Test]
    public void An_amount_finds_the_English_amount_with_the_currency_code_before_the_figure() =>
        Assert.That(
            Units.TermInOnePair("基金收到一笔280万欧元的捐款，用于支持学校供餐。", "The Fund received a contribution of EUR 2.8 million to support school feeding.", "280万欧元", Language.Chinese).Best,
            Is.EqualTo("EUR 2.8 million"));
}
