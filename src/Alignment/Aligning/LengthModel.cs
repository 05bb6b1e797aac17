using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Gale–Church's length evidence in the pair's common length unit: how far a bead's target length strays from its
/// source length, in standard deviations that grow with the square root of the length, turned into the cost
/// −log P(|Z| ≥ |δ|). The variance per unit of length is estimated from the pair itself when it can be.
/// </summary>
/// <param name="variance">Variance per unit of length.</param>
/// <param name="ratioError">
/// How far off (a share) the length ratio that put both sides in the common unit may be: see <see cref="AllowingForRatioError"/>.
/// </param>
internal sealed class LengthModel(double variance, double ratioError = 0)
{
    /// <summary>
    /// Variance per character of the English-equivalent length, measured on the bundled report's hand alignment
    /// (Gale–Church's 6.8 is for character counts of closely related European languages).
    /// </summary>
    public const double DefaultVariance = 9.0;

    public double Variance { get; } = variance;

    public double RatioError { get; } = ratioError;

    private readonly double ratioErrorSquared = ratioError * ratioError;

    public double Deviation(double sourceLength, double targetLength)
    {
        var mean = Math.Max((sourceLength + targetLength) / 2, 1.0);
        return (targetLength - sourceLength) / Math.Sqrt((Variance + (ratioErrorSquared * mean)) * mean);
    }

    /// <summary>
    /// This model, with its variance widened for a length ratio that may be off by <paramref name="error"/> (a share):
    /// a wrong ratio moves every length by that share of itself, in the same direction, so its variance grows with
    /// the square of the length (e²·L per unit) where the translation's own grows with the length. Without it, a
    /// ratio that an edited translation led the aligner to measure wrong counts the more against right beads the
    /// longer they are, and the path pairs sentences two to one or leaves them out to make the lengths add up.
    /// </summary>
    public LengthModel AllowingForRatioError(double error) => new(Variance, error);

    public double Cost(double sourceLength, double targetLength) => TailCost(Deviation(sourceLength, targetLength));

    /// <summary>
    /// Estimates the variance from pairs believed to be translations of each other, robustly: the median of δ²
    /// divided by the median of a χ²(1) variable (0.455), so that a few wrong pairs do not inflate it.
    /// </summary>
    public static LengthModel Estimate(IReadOnlyCollection<(double Source, double Target)> pairs, double fallback = DefaultVariance)
    {
        if (pairs.Count < 8)
        {
            return new LengthModel(fallback);
        }

        var squares = pairs
            .Select(p => Math.Pow(p.Target - p.Source, 2) / Math.Max((p.Source + p.Target) / 2, 1.0))
            .Order()
            .ToArray();
        var median = squares[squares.Length / 2];
        return new LengthModel(Math.Clamp(median / 0.455, 2.0, 60.0));
    }

    /// <summary>
    /// −log of the two-sided tail probability of a standard normal beyond |δ|, interpolated in a table where it is
    /// curved (every candidate bead asks for it, and the exact value costs an exponential and a logarithm).
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    internal static double TailCost(double deviation)
    {
        var z = Math.Abs(deviation) * TableSteps;
        if (z < TailTable.Length - 1)
        {
            var at = (int)z;
            var fraction = z - at;
            return TailTable[at] + (fraction * (TailTable[at + 1] - TailTable[at]));
        }

        return ExactTailCost(deviation);
    }

    private const int TableSteps = 64;

    private static readonly double[] TailTable = [.. Enumerable.Range(0, (8 * TableSteps) + 2).Select(k => ExactTailCost((double)k / TableSteps))];

    [MethodImpl(HotLoop.Optimised)]
    private static double ExactTailCost(double deviation)
    {
        var z = Math.Abs(deviation);
        var tail = Erfc(z / Math.Sqrt(2));
        return tail > 1e-300 ? -Math.Log(tail) : (z * z / 2) + Math.Log(z * Math.Sqrt(Math.PI / 2));
    }

    /// <summary>Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7).</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static double Erfc(double x)
    {
        ReadOnlySpan<double> coefficients =
            [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var polynomial = 0.0;
        for (var k = coefficients.Length - 1; k >= 0; k--)
        {
            polynomial = (polynomial * t) + coefficients[k];
        }

        var r = t * Math.Exp(-(z * z) + polynomial);
        return x >= 0 ? r : 2.0 - r;
    }
}
