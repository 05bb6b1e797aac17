using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term that is itself a list (原籍国、过境国和目的地国, countries of origin, transit and destination) has a list for its
/// equivalent: its candidates cross the list's separators (、, a comma), which every other term's candidates stop at.
/// </summary>
public class ListTermTests
{
    private const string Chinese = "会议欢迎农民、渔民和牧民的代表参加讨论。";
    private const string English = "The meeting welcomed representatives of farmers, fishers and herders to the discussion.";

    [Test]
    public void A_Chinese_list_finds_the_English_list_whole()
    {
        using var memory = Units.OnePairAmongOthers(Chinese, English);

        Assert.That(memory.LookupTerm("农民、渔民和牧民", Language.Chinese, Language.English).Best, Is.EqualTo("farmers, fishers and herders"));
    }

    [Test]
    public void An_English_list_finds_the_Chinese_list_whole()
    {
        using var memory = Units.OnePairAmongOthers(Chinese, English);

        Assert.That(memory.LookupTerm("farmers, fishers and herders", Language.English, Language.Chinese).Best, Is.EqualTo("农民、渔民和牧民"));
    }

    [Test]
    public void The_candidates_of_a_term_that_is_no_list_stop_at_a_separator()
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), English);
        var candidates = TermShingles.Ranges(Language.English.Code, English, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => English[words[r.First].Start..words[r.Last].End]);

        Assert.That(candidates, Does.Not.Contain("farmers, fishers and herders").And.Contain("fishers and herders"));
    }
}
