using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// Long names seen once: a rare term's candidates may be as long as the term predicts (a Chinese name of eighteen
/// characters is a dozen English words and more), and the name after "of the" in a longer one is a name of its own
/// (the Annual Report of the | Global Water Forum).
/// </summary>
public class LongNameTests
{
    [Test]
    public void A_long_Chinese_name_finds_its_English_name_of_more_than_eight_words()
    {
        using var memory = Units.OnePairAmongOthers(
            "委员会欢迎养护所有迁徙海洋哺乳动物及其栖息地区域协定秘书处的报告。",
            "The Committee welcomed the report of the Regional Agreement on the Conservation of All Migratory Marine Mammals and Their Habitats.");

        Assert.That(
            memory.LookupTerm("养护所有迁徙海洋哺乳动物及其栖息地区域协定", Language.Chinese, Language.English).Best,
            Is.EqualTo("Regional Agreement on the Conservation of All Migratory Marine Mammals and Their Habitats"));
    }

    [Test]
    public void The_name_after_of_the_is_a_candidate_of_its_own()
    {
        Assert.That(Candidates("They read the Annual Report of the Global Water Forum with care."), Does.Contain("Global Water Forum"));
    }

    [Test]
    public void The_words_after_of_alone_are_no_name_of_their_own()
    {
        Assert.That(Candidates("They opened the Decade of Action for Ocean Sciences last year."), Does.Not.Contain("Action for Ocean Sciences"));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), text);
        return [.. TermShingles.Ranges(Language.English.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
