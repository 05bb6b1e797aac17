using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Term equivalents begin and end where the other language's term does: an amount with its unit and nothing around it,
/// (a name whole rather than the capitalised words it starts with is measured on the corpora, in
/// <see cref="CorpusTermTests"/>).
/// </summary>
public class TermBoundaryTests
{
    private TranslationMemory memory = null!;

    [OneTimeSetUp]
    public void IndexPairs()
    {
        memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("该岛现有居民约3.2万名，大多以捕鱼为生。", "The island now has some 32,000 inhabitants, most of whom live by fishing."),
            Units.Pair("镇政府每月给合作社补贴1 800元。", "The town council pays the cooperative a subsidy of 1,800 yuan a month."),
            Units.Pair("渔民协会欢迎这份报告。", "The fishermen's association welcomed the report."),
            Units.Pair("委员会通过了2040年行动纲领。", "The Committee adopted the 2040 Action Programme."),
            Units.Pair("理事会通过了第17/5号决议。", "The Council adopted resolution 17/5."),
            Units.Pair("她第一次来岛上是在2011年。", "She first came to the island in 2011."),
        ]);
    }

    [OneTimeTearDown]
    public void Close() => memory.Dispose();

    [Test]
    public void A_term_mostly_translated_by_a_whole_phrase_finds_the_phrase_not_the_piece_a_variant_leaves()
    {
        using var variants = TranslationMemory.OpenInMemory();
        variants.Add(
        [
            Units.Pair("风能和太阳能属于可再生能源。", "Wind and solar power are forms of renewable energy."),
            Units.Pair("该国可再生能源的份额翻了一番。", "The country's share of renewable energy doubled."),
            Units.Pair("可再生能源提供了一半的电力。", "Renewables supplied half of the electricity."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
        ]);

        Assert.That(variants.LookupTerm("可再生能源", Language.Chinese, Language.English).Best, Is.EqualTo("renewable energy"));
    }

    [Test]
    public void An_amount_finds_the_same_amount_written_the_other_way_and_nothing_around_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(memory.LookupTerm("32,000", Language.English, Language.Chinese).Best, Is.EqualTo("3.2万"));
            Assert.That(memory.LookupTerm("3.2万", Language.Chinese, Language.English).Best, Is.EqualTo("32,000"));
        });
    }

    [Test]
    public void A_Chinese_amount_keeps_the_unit_written_after_it()
    {
        Assert.That(memory.LookupTerm("1,800 yuan", Language.English, Language.Chinese).Best, Is.EqualTo("1 800元"));
    }

    [Test]
    public void A_year_written_with_its_Chinese_unit_finds_the_year_alone()
    {
        Assert.That(memory.LookupTerm("2011年", Language.Chinese, Language.English).Best, Is.EqualTo("2011"));
    }

    [Test]
    public void A_Chinese_name_keeps_the_year_and_the_ordinal_its_number_is_written_with()
    {
        Assert.Multiple(() =>
        {
            Assert.That(memory.LookupTerm("2040 Action Programme", Language.English, Language.Chinese).Best, Is.EqualTo("2040年行动纲领"));
            Assert.That(memory.LookupTerm("resolution 17/5", Language.English, Language.Chinese).Best, Is.EqualTo("第17/5号决议"));
        });
    }
}
