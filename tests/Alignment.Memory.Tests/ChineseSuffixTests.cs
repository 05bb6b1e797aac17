using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>The plural suffix that the segmenter cuts off a word it does not know ends a candidate term but starts none.</summary>
public class ChineseSuffixTests
{
    [Test]
    public void No_candidate_starts_with_the_plural_suffix_cut_off_a_word()
    {
        var candidates = Candidates("志愿者们把十五年的记录整理成一份报告。");

        Assert.That(candidates.Where(c => c.StartsWith('们')), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void A_candidate_may_end_with_the_plural_suffix()
    {
        Assert.That(Candidates("志愿者们把十五年的记录整理成一份报告。"), Does.Contain("志愿者们"));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), text);
        return [.. TermShingles.Ranges(Language.Chinese.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
