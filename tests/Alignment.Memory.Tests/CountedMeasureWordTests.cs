using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Chinese writes of what a count counts only its measure word (18亿人, 1.8 billion people): where the term names what
/// it counts, the count with its measure word is its equivalent, not the count alone nor the verb before it.
/// </summary>
public class CountedMeasureWordTests
{
    [Test]
    public void A_count_of_people_keeps_the_measure_word_that_stands_for_them() =>
        Assert.That(Units.TermInOnePair("洪水每年影响18亿人。", "Floods affect 1.8 billion people every year.", "1.8 billion people", Language.English).Best, Is.EqualTo("18亿人"));
}
