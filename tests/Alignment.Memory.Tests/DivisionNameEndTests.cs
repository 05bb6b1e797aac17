using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A Chinese name of a department that ends in 司 ("division"), which SmartCn leaves on its own after a name it does not
/// know: the name's equivalent ends with it, as one ending in 处 or 局 does, not one character short.
/// </summary>
public class DivisionNameEndTests
{
    [Test]
    public void A_division_ends_its_chinese_name() =>
        Assert.That(Units.TermInOnePair(
            "项目的支付时间是近东、北非和欧洲司平均时间的两倍。",
            "Disbursement took twice as long as the average for the Near East, North Africa and Europe Division.",
            "Near East, North Africa and Europe Division",
            Language.English).Best, Is.EqualTo("近东、北非和欧洲司"));
}
