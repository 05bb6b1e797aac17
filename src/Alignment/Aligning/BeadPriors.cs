namespace Alignment.Aligning;

/// <summary>
/// How often each bead shape occurs before any evidence is seen, as −log probabilities. Chinese–English translation
/// splits and merges sentences far more than European pairs do, so the many-to-one shapes get real weight; UN texts
/// stay mostly one-to-one.
/// </summary>
internal sealed class BeadPriors
{
    private readonly Dictionary<BeadType, double> costs;

    private BeadPriors(Dictionary<BeadType, double> costs) => this.costs = costs;

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

    public IReadOnlyList<BeadType> Types => [.. costs.Keys];

    public double Cost(BeadType type) => costs.TryGetValue(type, out var cost) ? cost : double.PositiveInfinity;

    /// <summary>Priors from the probability of each allowed shape; other shapes are forbidden.</summary>
    public static BeadPriors FromProbabilities(Dictionary<BeadType, double> probabilities) =>
        new(probabilities.ToDictionary(p => p.Key, p => -Math.Log(p.Value)));
}
