using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// Where a Chinese noun phrase ends inside a clause, for a term lookup's candidates: at the prepositions 因 and 跟 and
/// the postposition 来说, after the preposition 跟, before a verb marked by the particle 了, and not between an ordinal and its measure word.
/// </summary>
public class ChineseClauseBoundaryTests
{
    [Test]
    public void No_candidate_starts_with_the_preposition_yin()
    {
        var candidates = Candidates("这条河曾因水土流失而严重淤积。");

        Assert.That(candidates.Where(c => c.StartsWith('因')), Is.Empty, string.Join(", ", candidates));
        Assert.That(candidates, Does.Contain("水土流失"));
    }

    [Test]
    public void No_candidate_starts_with_the_preposition_gen()
    {
        var candidates = Candidates("这是我们跟省标本馆合作的项目。");

        Assert.That(candidates.Where(c => c.StartsWith('跟')), Is.Empty, string.Join(", ", candidates));
        Assert.That(candidates, Does.Contain("省标本馆"));
    }

    [Test]
    public void No_candidate_ends_with_the_postposition_laishuo()
    {
        var candidates = Candidates("对于沿海城市来说，海平面上升是最大的威胁。");

        Assert.That(candidates.Where(c => c.EndsWith("来说", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
        Assert.That(candidates, Does.Contain("沿海城市"));
    }

    [Test]
    public void No_candidate_ends_with_the_verb_before_the_particle_le()
    {
        var candidates = Candidates("仓库里的粮食储备少了三成。");

        Assert.That(candidates.Where(c => c.EndsWith('少')), Is.Empty, string.Join(", ", candidates));
        Assert.That(candidates, Does.Contain("粮食储备"));
    }

    [Test]
    public void No_candidate_ends_between_an_ordinal_and_its_measure_word()
    {
        var candidates = Candidates("报告将提交大会第四十二届会议审议。");

        Assert.That(candidates.Where(c => c.EndsWith("四十二", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
        Assert.That(candidates, Does.Contain("第四十二届会议"));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), text);
        return [.. TermShingles.Ranges(Language.Chinese.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
