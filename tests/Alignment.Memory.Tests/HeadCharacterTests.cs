using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A Chinese compound ends in its head (国 of 会员国, 海 of 领海), and English writes the head noun last: an English
/// word after the candidate that the term's last character means is the rest of the equivalent (Member States), though
/// a link of the pair also ties it to another word holding the same character.
/// </summary>
public class HeadCharacterTests
{
    [Test]
    public void The_english_word_the_terms_last_character_means_ends_its_equivalent()
    {
        using var memory = Units.Memory(
            Units.Pair("安理会吁请会员国和捐助方为人道主义呼吁提供及时的资金。", "The Council calls upon Member States and donors to provide timely funding for humanitarian appeals."),
            Units.Pair("安理会鼓励会员国重申保护援助工作者的承诺。", "The Council encourages Member States to renew their commitment to the protection of aid workers."),
            Units.Pair("各国应当加强海洋观测。", "Countries should strengthen ocean observation."));

        Assert.That(memory.LookupTerm("会员国", Language.Chinese, Language.English).Best, Is.EqualTo("Member States"));
    }
}
