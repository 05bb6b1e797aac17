using System.Globalization;
using Alignment.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// Whether the beads' confidences mean what they say, over every input a quality benchmark aligned: the last line of
/// <c>--moved-quality</c> and <c>--edited-quality</c>. Expected calibration error over ten equal bins of confidence
/// (as <c>CorporaAlignmentTests</c> measures it), the Brier score (mean squared gap between confidence and being
/// right, a proper score that needs no bins), how many of the sure and of the doubtful beads the gold has, and each
/// bin's size, mean confidence and share right.
/// </summary>
internal sealed class Calibration
{
    private readonly List<(double Confidence, bool Right)> beads = [];

    public void Add(IReadOnlyList<EvaluatedBead> gold, Bitext aligned)
    {
        var expected = gold.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        beads.AddRange(aligned.Beads.Select(b => (b.Confidence, expected.Contains(EvaluatedBead.From(b).Key))));
    }

    public override string ToString()
    {
        var bins = beads.GroupBy(b => Math.Min((int)(b.Confidence * 10), 9)).OrderBy(bin => bin.Key).ToList();
        var error = bins.Sum(bin => (double)bin.Count() / beads.Count * Math.Abs(bin.Average(b => b.Confidence) - bin.Average(b => b.Right ? 1.0 : 0.0)));
        var table = string.Join("; ", bins.Select(bin => string.Create(
            CultureInfo.InvariantCulture,
            $"{bin.Key / 10.0:0.0}: {bin.Count()} at {bin.Average(b => b.Confidence):0.000}, {bin.Average(b => b.Right ? 1.0 : 0.0):0.000} right")));
        var brier = beads.Average(b => Math.Pow(b.Confidence - (b.Right ? 1 : 0), 2));
        var (sure, doubtful) = (beads.Where(b => b.Confidence >= 0.9).ToList(), beads.Where(b => b.Confidence < 0.5).ToList());
        return string.Create(
            CultureInfo.InvariantCulture,
            $"calibration: {beads.Count} beads, expected calibration error {error:0.0000}, Brier score {brier:0.0000}; at 0.9 or more {sure.Count(b => b.Right)} of {sure.Count} right, under 0.5 {doubtful.Count(b => b.Right)} of {doubtful.Count} right\n  by bin {table}");
    }
}
