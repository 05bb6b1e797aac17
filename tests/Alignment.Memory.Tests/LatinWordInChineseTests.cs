using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// A Latin word written inside a Chinese phrase, with no space or bracket between (2025年GLASS报告, AWaRe分类), is a
/// word of the phrase; one in brackets after a Chinese word is a gloss for the reader, which the Chinese term does not hold.
/// </summary>
public class LatinWordInChineseTests
{
    [Test]
    public void A_Chinese_name_holds_a_Latin_word_written_inside_it()
    {
        Assert.That(Candidates("《2025年GLASS报告》以经实验室确认的病例为依据。"), Does.Contain("2025年GLASS报告"));
    }

    [Test]
    public void A_Latin_gloss_in_brackets_is_no_Chinese_candidate()
    {
        var candidates = Candidates("一位青年工程师介绍了“冰塔”（ice stupa）人工冰川技术。");

        Assert.That(candidates.Where(c => c.Contains("ice", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), text);
        return [.. TermShingles.Ranges(Language.Chinese.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
