using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English candidate is a noun phrase: it runs through no modal verb (civil society | can play), which opens the
/// predicate, and ends with no adverb in -ally (a gender perspective | systematically), though such an adverb may open
/// one (nationally determined contributions).
/// </summary>
public class PredicateBoundaryTests
{
    [Test]
    public void No_candidate_runs_through_a_modal_verb()
    {
        var candidates = Candidates("It acknowledged the role that civil society can play as a data producer.");

        Assert.That(candidates.Where(c => c.Contains(" can", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void No_candidate_ends_with_an_adverb_in_ally()
    {
        var candidates = Candidates("Member States are encouraged to mainstream a gender perspective systematically in statistical work.");

        Assert.That(candidates.Where(c => c.EndsWith("systematically", StringComparison.Ordinal)), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void An_adverb_in_ally_may_open_a_candidate()
    {
        Assert.That(Candidates("Parties updated their nationally determined contributions in 2025."), Does.Contain("nationally determined contributions"));
    }

    private static List<string> Candidates(string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), text);
        return [.. TermShingles.Ranges(Language.English.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
