using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English candidate term keeps a name whole, with the capitalised function words it ends with, and does not run
/// from a verb through a determiner into the noun phrase that follows.
/// </summary>
public class EnglishPhraseBoundaryTests
{
    private const string Commended = "The delegates commended the Early Warnings for All initiative.";

    [Test]
    public void A_name_may_end_with_a_function_word_written_with_a_capital()
    {
        Assert.That(Candidates(Commended), Does.Contain("Early Warnings for All"));
    }

    [Test]
    public void No_candidate_runs_from_a_verb_through_a_determiner()
    {
        var candidates = Candidates(Commended);

        Assert.That(candidates.Where(c => c.Contains("commended the", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void A_determiner_after_a_preposition_stays_inside_a_name()
    {
        Assert.That(Candidates("The report of the Conference of the Parties was adopted."), Does.Contain("Conference of the Parties"));
    }

    [Test]
    public void A_determiner_between_capitalised_words_stays_inside_a_name()
    {
        Assert.That(Candidates("They described the work of the International Fund for Saving the Aral Sea."), Does.Contain("International Fund for Saving the Aral Sea"));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), text);
        return [.. TermShingles.Ranges(Language.English.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
