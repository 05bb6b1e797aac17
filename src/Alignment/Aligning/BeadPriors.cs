using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// How often each bead shape occurs before any evidence is seen, as −log probabilities. Chinese–English translation
/// splits and merges sentences far more than European pairs do, so the many-to-one shapes get real weight; UN texts
/// stay mostly one-to-one.
/// </summary>
internal sealed class BeadPriors
{
    private const int LargestSide = 3;

    private readonly Dictionary<BeadType, double> costs;

    // The same costs by shape, for the lattice's inner loop.
    private readonly double[] table = new double[(LargestSide + 1) * (LargestSide + 1)];

    private BeadPriors(Dictionary<BeadType, double> costs)
    {
        this.costs = costs;
        Array.Fill(table, double.PositiveInfinity);
        foreach (var (type, cost) in costs)
        {
            table[(type.SourceCount * (LargestSide + 1)) + type.TargetCount] = cost;
        }
    }

    public static BeadPriors Default { get; } = FromProbabilities(new Dictionary<BeadType, double>
    {
        [new(1, 1)] = 0.84,
        [new(1, 2)] = 0.05,
        [new(2, 1)] = 0.05,
        [new(1, 3)] = 0.012,
        [new(3, 1)] = 0.012,
        [new(2, 2)] = 0.01,
        [new(1, 0)] = 0.008,
        [new(0, 1)] = 0.008,
    });

    /// <summary>
    /// These priors moved toward the shapes of <paramref name="beads"/>, an earlier pass's alignment of the same pair:
    /// a translation that leaves paragraphs out has far more unpaired sentences than the defaults expect, and one
    /// that merges sentences far more many-to-one beads. The defaults weigh as much as <see cref="PriorWeight"/> beads,
    /// the pass's shapes as much as its beads, but never more than <see cref="MostEvidence"/>.
    /// </summary>
    public BeadPriors AdaptedTo(IReadOnlyCollection<Bead> beads)
    {
        var counts = beads.GroupBy(b => b.Type).Where(g => costs.ContainsKey(g.Key)).ToDictionary(g => g.Key, g => (double)g.Count());
        var counted = counts.Values.Sum();
        var scale = counted > MostEvidence ? MostEvidence / counted : 1;
        var total = (counted * scale) + PriorWeight;
        return new(costs.ToDictionary(
            c => c.Key,
            c => -Math.Log(((counts.GetValueOrDefault(c.Key) * scale) + (PriorWeight * Math.Exp(-c.Value))) / total)));
    }

    /// <summary>How many beads' worth of evidence the default priors count for when adapted to a document.</summary>
    private const int PriorWeight = 40;

    /// <summary>
    /// How many beads' worth of evidence an earlier pass's shapes count for at most. They are that pass's own
    /// choices, made under these priors and with the shapes it searched: a draft that cannot make a bead of one
    /// sentence with three counts none, and the more beads it has, the surer it seems that there are none. Counted in
    /// full, a bead of one sentence with three cost 4.8 nats more at 5,000 sentences than in a chapter of a hundred,
    /// and beads the chapter alone found were lost inside a long input. A document of up to two hundred beads (a long
    /// chapter, a report) adapts as much as before; a longer one as much as it.
    /// </summary>
    private const double MostEvidence = 200;

    public IReadOnlyList<BeadType> Types => [.. costs.Keys];

    public double Cost(BeadType type) => Cost(type.SourceCount, type.TargetCount);

    /// <summary>The cost of a bead of <paramref name="sourceCount"/> and <paramref name="targetCount"/> sentences.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public double Cost(int sourceCount, int targetCount) =>
        sourceCount <= LargestSide && targetCount <= LargestSide ? table[(sourceCount * (LargestSide + 1)) + targetCount] : double.PositiveInfinity;

    /// <summary>Priors from the probability of each allowed shape; other shapes are forbidden.</summary>
    /// <exception cref="ArgumentException">A shape has more than three sentences on a side.</exception>
    public static BeadPriors FromProbabilities(Dictionary<BeadType, double> probabilities) =>
        probabilities.Keys.All(t => t.SourceCount <= LargestSide && t.TargetCount <= LargestSide)
            ? new(probabilities.ToDictionary(p => p.Key, p => -Math.Log(p.Value)))
            : throw new ArgumentException("Beads have at most three sentences a side.", nameof(probabilities));
}
