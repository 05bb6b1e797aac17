using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A Chinese title between title marks (《关于汞的水俣公约》) is the equivalent of the English name as a whole, though it
/// opens with 关于, which starts no other term, and holds 的: the marks say where the name starts and ends.
/// </summary>
public class TitleMarksTests
{
    [Test]
    public void A_title_keeps_the_guanyu_it_opens_with() =>
        Assert.That(
            Units.TermInOnePair("各国应批准《关于汞的水俣公约》。", "States should ratify the Minamata Convention on Mercury.", "Minamata Convention on Mercury", Language.English).Best,
            Is.EqualTo("关于汞的水俣公约"));

    [Test]
    public void A_title_runs_through_its_function_words_to_its_closing_mark() =>
        Assert.That(
            Units.TermInOnePair(
                "委员会提请缔约国注意《关于替代性儿童照料的准则》。",
                "The Committee draws the attention of the State party to the Guidelines for the Alternative Care of Children.",
                "Guidelines for the Alternative Care of Children",
                Language.English).Best,
            Is.EqualTo("关于替代性儿童照料的准则"));
}
