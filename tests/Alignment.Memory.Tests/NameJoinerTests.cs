using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// What joins the parts of a name keeps them in one candidate term: a hyphen or a middle dot between Chinese words, the
/// apostrophe of an English plural possessive. No candidate starts or ends at the Chinese joiner.
/// </summary>
public class NameJoinerTests
{
    [Test]
    public void A_hyphen_between_Chinese_words_keeps_the_name_whole()
    {
        var candidates = Candidates(Language.Chinese, "会议建议建立科学-政策对话平台。");

        Assert.That(candidates, Does.Contain("科学-政策对话平台"));
    }

    [Test]
    public void No_Chinese_candidate_starts_or_ends_at_a_hyphen_inside_a_name()
    {
        var candidates = Candidates(Language.Chinese, "会议建议建立科学-政策对话平台。");

        Assert.That(candidates.Where(c => c.StartsWith("政策", StringComparison.Ordinal) || c.EndsWith("科学", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void A_middle_dot_keeps_the_parts_of_a_transcribed_name_together()
    {
        var candidates = Candidates(Language.Chinese, "措·罗尔帕冰湖的水位已经降低。");

        Assert.Multiple(() =>
        {
            Assert.That(candidates, Does.Contain("措·罗尔帕冰湖"));
            Assert.That(candidates.Where(c => c.StartsWith('罗')), Is.Empty, string.Join(", ", candidates));
        });
    }

    [Test]
    public void A_hyphen_between_Chinese_years_is_a_range_that_no_candidate_starts_or_ends_inside()
    {
        var candidates = Candidates(Language.Chinese, "《2015-2030年仙台框架》已经通过。");

        Assert.That(candidates, Does.Contain("2015-2030年仙台框架"));
        Assert.That(candidates.Where(c => c.StartsWith("2030", StringComparison.Ordinal) || c.EndsWith("2015", StringComparison.Ordinal) || c.EndsWith('-')), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void A_plural_possessive_keeps_an_English_name_whole()
    {
        var candidates = Candidates(Language.English, "A water users' association was set up.");

        Assert.That(candidates, Does.Contain("water users' association"));
    }

    [Test]
    public void A_closing_quote_after_a_word_not_ending_in_s_joins_nothing()
    {
        var candidates = Candidates(Language.English, "They called it 'the board' yesterday.");

        Assert.That(candidates.Where(c => c.Contains('\'')), Is.Empty, string.Join(", ", candidates));
    }

    private static List<string> Candidates(Language language, string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(language.Code), text);
        return [.. TermShingles.Ranges(language.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
