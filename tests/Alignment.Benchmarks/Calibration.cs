using System.Globalization;
using Alignment.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// Whether the beads' confidences mean what they say, over every input a quality benchmark aligned: the last lines of
/// <c>--moved-quality</c> and <c>--edited-quality</c>. Expected calibration error over ten equal bins of confidence
/// (as <c>CorporaAlignmentTests</c> measures it), the Brier score (mean squared gap between confidence and being
/// right, a proper score that needs no bins), how many of the sure and of the doubtful beads the gold has, and each
/// bin's size, mean confidence and share right; then the same per kind of bead (<see cref="KindOf"/>). With
/// <c>--beads FILE</c> every bead is written to FILE as a row of corpus, input (numbered from 1 in each corpus), kind, confidence and whether it is right (and,
/// for an unpaired bead, <see cref="Detail"/>), so that a rule for confidences can be tried on some corpora and
/// measured on the others.
/// </summary>
internal sealed class Calibration
{
    private readonly List<(string Corpus, int Input, string Kind, double Confidence, bool Right, string Detail)> beads = [];

    private readonly Dictionary<string, int> inputs = new(StringComparer.Ordinal);

    /// <summary>The corpus the next inputs are made from.</summary>
    public string Corpus { get; set; } = string.Empty;

    /// <summary>The file every bead is written to (<c>--beads FILE</c>), or none.</summary>
    public string? BeadsFile { get; set; }

    /// <summary>Takes <c>--beads FILE</c> out of <paramref name="args"/> and remembers FILE.</summary>
    public string[] TakeArguments(string[] args)
    {
        var at = Array.IndexOf(args, "--beads");
        if (at < 0 || at + 1 >= args.Length)
        {
            return args;
        }

        BeadsFile = args[at + 1];
        return [.. args[..at], .. args[(at + 2)..]];
    }

    public void Add(IReadOnlyList<EvaluatedBead> gold, Bitext aligned)
    {
        var expected = gold.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        var kinds = KindOf(aligned.Beads);
        var input = inputs[Corpus] = inputs.GetValueOrDefault(Corpus) + 1;

        // A generated gold leaves out a bead whose sentences an edit took apart (a moved block's edge cutting a bead of
        // one sentence with two): no bead over those sentences can be right, so none is judged.
        var (sources, targets) = (gold.SelectMany(b => b.Source).ToHashSet(), gold.SelectMany(b => b.Target).ToHashSet());
        var judged = aligned.Beads.Select(b => b.Source.Indices.All(sources.Contains) && b.Target.Indices.All(targets.Contains)).ToList();
        Unjudged += judged.Count(j => !j);
        beads.AddRange(aligned.Beads.Select((b, i) => (Corpus, input, kinds[i], b.Confidence, expected.Contains(EvaluatedBead.From(b).Key), Detail(aligned.Beads, kinds, i)))
            .Where((_, i) => judged[i]));
    }

    /// <summary>Beads left out of the tables: each holds a sentence whose bead the gold leaves out.</summary>
    public int Unjudged { get; private set; }

    public override string ToString()
    {
        if (BeadsFile is not null)
        {
            File.WriteAllLines(BeadsFile, beads.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Corpus}\t{b.Input}\t{b.Kind}\t{b.Confidence:R}\t{(b.Right ? 1 : 0)}\t{b.Detail}")));
        }

        var all = beads.Select(b => (b.Confidence, b.Right)).ToList();
        var table = Bins(all);
        var (sure, doubtful) = (all.Where(b => b.Confidence >= 0.9).ToList(), all.Where(b => b.Confidence < 0.5).ToList());
        var kinds = beads.GroupBy(b => b.Kind).OrderBy(k => k.Key, StringComparer.Ordinal).Select(kind =>
        {
            var some = kind.Select(b => (b.Confidence, b.Right)).ToList();
            return string.Create(
                CultureInfo.InvariantCulture,
                $"\n  {kind.Key}: {some.Count} beads at {some.Average(b => b.Confidence):0.000}, {some.Average(b => b.Right ? 1.0 : 0.0):0.000} right, expected calibration error {Error(some):0.0000}, Brier score {Brier(some):0.0000}\n    by bin {Bins(some)}");
        });
        return string.Create(
            CultureInfo.InvariantCulture,
            $"calibration: {all.Count} beads ({Unjudged} more over sentences the gold leaves out not judged), expected calibration error {Error(all):0.0000}, Brier score {Brier(all):0.0000}; at 0.9 or more {sure.Count(b => b.Right)} of {sure.Count} right, under 0.5 {doubtful.Count(b => b.Right)} of {doubtful.Count} right\n  by bin {table}{string.Concat(kinds)}");
    }

    /// <summary>
    /// Each bead's kind as a reader of the output sees it: unpaired (one side empty), moved (a paired bead off the
    /// longest chain of paired beads whose targets rise with their sources, as the aligner's <see cref="Orphans.InLine"/> finds it), and of those in line one-to-one (beside an
    /// unpaired bead or not) or many (two or more sentences on a side), by shape.
    /// </summary>
    internal static string[] KindOf(IReadOnlyList<Bead> beads)
    {
        var inLine = Orphans.InLine([.. beads]).ToHashSet();
        bool Unpaired(int i) => i >= 0 && i < beads.Count && (beads[i].Source.IsEmpty || beads[i].Target.IsEmpty);
        return [.. beads.Select((b, i) =>
            b.Source.IsEmpty || b.Target.IsEmpty ? "unpaired"
            : !inLine.Contains(i) ? "moved"
            : b.Type != BeadType.OneToOne ? $"many in line, {Shape(b.Type)}"
            : Unpaired(i - 1) || Unpaired(i + 1) ? "one-to-one in line beside unpaired"
            : "one-to-one in line")];
    }

    /// <summary>A many bead's shape as the reliability tables group it: two with one either way, two with two, or three with one.</summary>
    private static string Shape(BeadType type) =>
        type.SourceCount == 3 || type.TargetCount == 3 ? "three with one"
        : type.SourceCount == 2 && type.TargetCount == 2 ? "two with two"
        : "two with one";

    /// <summary>
    /// More about an unpaired bead, for the beads file: how many unpaired sentences of the other side lie within
    /// the moved-sentence window of it, and how many unpaired beads of its side run with it; about a moved bead, how
    /// many moved beads run with it.
    /// </summary>
    private static string Detail(IReadOnlyList<Bead> beads, string[] kinds, int i)
    {
        var bead = beads[i];
        if (kinds[i] == "moved")
        {
            var (first, last) = (i, i);
            while (first > 0 && kinds[first - 1] == "moved")
            {
                first--;
            }

            while (last + 1 < beads.Count && kinds[last + 1] == "moved")
            {
                last++;
            }

            return string.Create(CultureInfo.InvariantCulture, $"0\t{last - first + 1}\t{bead.Source.Start}");
        }

        if (!bead.Source.IsEmpty && !bead.Target.IsEmpty)
        {
            return string.Empty;
        }

        var source = bead.Target.IsEmpty;
        var at = source ? bead.Source.Start : bead.Target.Start;
        var other = beads.Count(b => source
            ? b.Source.IsEmpty && Math.Abs(b.Target.Start - bead.Target.Start) <= MovedSentences.Window
            : b.Target.IsEmpty && Math.Abs(b.Source.Start - bead.Source.Start) <= MovedSentences.Window);
        var run = 1;
        for (var k = i - 1; k >= 0 && (source ? beads[k].Target.IsEmpty : beads[k].Source.IsEmpty); k--)
        {
            run++;
        }

        for (var k = i + 1; k < beads.Count && (source ? beads[k].Target.IsEmpty : beads[k].Source.IsEmpty); k++)
        {
            run++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{other}\t{run}\t{at}");
    }

    /// <summary>Each tenth of confidence that holds beads: how many, their mean confidence and the share right.</summary>
    private static string Bins(List<(double Confidence, bool Right)> some) =>
        string.Join("; ", some.GroupBy(b => Math.Min((int)(b.Confidence * 10), 9)).OrderBy(bin => bin.Key).Select(bin => string.Create(
            CultureInfo.InvariantCulture,
            $"{bin.Key / 10.0:0.0}: {bin.Count()} at {bin.Average(b => b.Confidence):0.000}, {bin.Average(b => b.Right ? 1.0 : 0.0):0.000} right")));

    private static double Error(List<(double Confidence, bool Right)> some) =>
        some.GroupBy(b => Math.Min((int)(b.Confidence * 10), 9))
            .Sum(bin => (double)bin.Count() / some.Count * Math.Abs(bin.Average(b => b.Confidence) - bin.Average(b => b.Right ? 1.0 : 0.0)));

    private static double Brier(List<(double Confidence, bool Right)> some) =>
        some.Average(b => Math.Pow(b.Confidence - (b.Right ? 1 : 0), 2));
}
