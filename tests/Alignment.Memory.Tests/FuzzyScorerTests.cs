using Alignment.Interchange;
using Alignment.Memory.Matching;

namespace Alignment.Memory.Tests;

public class FuzzyScorerTests
{
    private const string Query = "The Expert Group had before it the following documents on electronic evidence.";
    private const string Candidate = "The Expert Group had before it the following documents on international cooperation and capacity-building.";
    private static readonly CandidateFacts Imported = new(UnitOrigin.Imported, 1.0, false, string.Empty, string.Empty);

    [Test]
    public void A_score_at_the_floor_is_exact()
    {
        var scorer = new FuzzyScorer(Query, LookupContext.None);
        var exact = scorer.Score(Candidate, Imported).Score.Value;

        Assert.That(scorer.Score(Candidate, Imported, floor: exact).Score.Value, Is.EqualTo(exact));
    }

    [Test]
    public void A_score_below_the_floor_is_only_known_to_be_below_it()
    {
        var scorer = new FuzzyScorer(Query, LookupContext.None);
        var exact = scorer.Score(Candidate, Imported).Score.Value;

        Assert.That(scorer.Score(Candidate, Imported, floor: exact + 10).Score.Value, Is.LessThan(exact + 10));
    }
}
