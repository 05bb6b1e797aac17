using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A name that English ends with its number after "No." and Chinese opens with it (general comment No. 14 ↔
/// 第14号一般性意见, Convention No. 189 ↔ 第189号公约): the equivalent keeps the number, and the words between the number and
/// the noun on the other side.
/// </summary>
public class NumberedNameTests
{
    [Test]
    public void An_English_name_keeps_its_number_after_No() =>
        Assert.That(
            Units.TermInOnePair("已有三十个国家批准了第189号公约。", "Thirty States have ratified Convention No. 189.", "第189号公约", Language.Chinese).Best,
            Is.EqualTo("Convention No. 189"));

    [Test]
    public void A_Chinese_name_that_opens_with_the_number_keeps_the_noun_after_its_unlinked_word() =>
        Assert.That(
            Units.TermInOnePair(
                "委员会提请缔约国注意其关于儿童将本人最大利益列为一种首要考虑的权利的第14号一般性意见(2013年)。",
                "The Committee draws the attention of the State party to its general comment No. 14 (2013) on the right of the child to have his or her best interests taken as a primary consideration.",
                "general comment No. 14",
                Language.English).Best,
            Is.EqualTo("第14号一般性意见"));
}
