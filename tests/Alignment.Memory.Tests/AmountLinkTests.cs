using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// The word links a pair's amounts vouch for, which place the edges of a rare term's equivalent: an amount written in
/// Chinese numerals or English number words links the words of the same amount written otherwise.
/// </summary>
public class AmountLinkTests
{
    [TestCase("比基线下降了百分之四十二。", "42 per cent lower than the baseline.", "四十二", "42")]
    [TestCase("上面写着今天的总数：八千六百四十只。", "the day's total: 8,640 birds.", "八千六百四十", "8,640")]
    [TestCase("落在离堤坝三百米的水线上。", "settle three hundred metres from the embankment.", "三百", "hundred")]
    [TestCase("数量减少了大约四成。", "has fallen by about 40 percent.", "成", "40")]
    [TestCase("预算为一亿二千万元。", "The budget is 120 million yuan.", "一亿二千万", "120")]
    public void An_amount_links_the_same_amount_written_otherwise(string chinese, string english, string chineseWord, string englishWord)
    {
        var pair = Pair(chinese, english);

        var linked = pair.Links().Select(l => (pair.Chinese[l.Chinese].Term, pair.English[l.English].Term)).ToList();

        Assert.That(linked, Has.Some.Matches<(string Chinese, string English)>(l => chineseWord.Contains(l.Chinese, StringComparison.Ordinal) && l.English.StartsWith(englishWord, StringComparison.Ordinal)), string.Join(", ", linked));
    }

    [Test]
    public void Different_amounts_do_not_link()
    {
        var pair = Pair("落在离堤坝三百米的水线上。", "settle four hundred metres from the embankment.");

        Assert.That(pair.Links().Where(l => pair.English[l.English].Term is "four" or "hundred"), Is.Empty);
    }

    private static WordAlignment.PairWords Pair(string chinese, string english) => WordAlignment.PairWords.Of(
        chinese, AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), chinese),
        english, AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), english));
}
