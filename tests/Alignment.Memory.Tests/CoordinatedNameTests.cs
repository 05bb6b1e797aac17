using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term that joins nothing names one thing: where its text lists it with another (regional cooperation and
/// international cooperation), its equivalent is its own name, not the two joined by the conjunction; a pair of words
/// that each translate part of the term, and a name written with capitals, keep their conjunction.
/// </summary>
public class CoordinatedNameTests
{
    private static TranslationMemory Memory() => Units.OnePairAmongOthers("鼓励在海洋科学方面开展区域合作和国际合作；", "Encourages regional cooperation and international cooperation in marine science;");

    [Test]
    public void A_term_listed_second_is_found_without_the_term_before_it()
    {
        using var memory = Memory();
        Assert.That(memory.LookupTerm("国际合作", Language.Chinese, Language.English).Best, Is.EqualTo("international cooperation"));
    }

    [Test]
    public void A_term_listed_first_is_found_without_the_term_after_it()
    {
        using var memory = Memory();
        Assert.That(memory.LookupTerm("regional cooperation", Language.English, Language.Chinese).Best, Is.EqualTo("区域合作"));
    }

    [Test]
    public void Two_words_that_each_translate_part_of_the_term_keep_their_conjunction()
    {
        Assert.That(Units.TermInOnePair("发展中国家需要科技支持。", "Developing countries need support in science and technology.", "科技", Language.Chinese).Best, Is.EqualTo("science and technology"));
    }

    [Test]
    public void A_name_written_with_capitals_keeps_its_conjunction()
    {
        Assert.That(Units.TermInOnePair("粮农组织发布了年度报告。", "The Food and Agriculture Organization published its annual report.", "粮农组织", Language.Chinese).Best, Is.EqualTo("Food and Agriculture Organization"));
    }
}
