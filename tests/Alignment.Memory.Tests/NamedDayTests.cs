using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// 日 after a word, not a number, is the day a name calls for (世界统计日, World Statistics Day): a Chinese candidate
/// may end with it, though after a number it stays a date's part.
/// </summary>
public class NamedDayTests
{
    [Test]
    public void A_Chinese_name_may_end_with_the_day_it_names()
    {
        Assert.That(Candidates("秘书处于10月20日庆祝第五个世界统计日。"), Does.Contain("世界统计日"));
    }

    [Test]
    public void A_date_keeps_its_day_and_starts_no_candidate_with_it()
    {
        var candidates = Candidates("会议于4月18日在维也纳举行。");

        Assert.That(candidates, Does.Contain("4月18日"));
        Assert.That(candidates.Where(c => c.StartsWith('日')), Is.Empty, string.Join(", ", candidates));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), text);
        return [.. TermShingles.Ranges(Language.Chinese.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
