using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English name that holds a word with its possessive 's (United Nations Children's Fund, the Women’s Act): the
/// equivalent is the whole name, the possessive inside it, where before the word broke the name in two.
/// </summary>
public class PossessiveInANameTests
{
    [Test]
    public void A_name_holds_a_word_with_its_possessive_s() =>
        Assert.That(
            Units.TermInOnePair("该方案得到联合国儿童基金会的支持。", "The programme is supported by the United Nations Children's Fund.", "联合国儿童基金会", Language.Chinese).Best,
            Is.EqualTo("United Nations Children's Fund"));

    [Test]
    public void A_name_holds_a_possessive_written_with_a_typographic_apostrophe() =>
        Assert.That(
            Units.TermInOnePair("议会于去年通过了《妇女法》。", "Parliament adopted the Women’s Act last year.", "妇女法", Language.Chinese).Best,
            Is.EqualTo("Women’s Act"));
}
