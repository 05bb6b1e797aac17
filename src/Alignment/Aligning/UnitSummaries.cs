using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// One side of a pair at one resolution of <see cref="CoarseToFine"/>: for every unit (a sentence, a pair of
/// sentences, a pair of pairs …) its length and, above the sentences, a fingerprint: the counts of the evidence
/// tokens it holds, hashed into <see cref="Dimensions"/> buckets and centred on the side's mean, so that what every
/// unit holds says nothing and a cosine measures what two units share beyond it.
/// </summary>
internal sealed class UnitSummaries
{
    public const int Dimensions = 64;

    private readonly double[] cumulativeLengths;
    private readonly int[][] tokens;
    private readonly float[] fingerprints;

    private UnitSummaries(double[] cumulativeLengths, int[] starts, int[][] tokens, float[] fingerprints)
    {
        this.cumulativeLengths = cumulativeLengths;
        Starts = starts;
        this.tokens = tokens;
        this.fingerprints = fingerprints;
    }

    /// <summary>Number of units.</summary>
    public int Count => cumulativeLengths.Length - 1;

    /// <summary>For each unit, the position of its first unit at the next finer resolution, and the count of those last.</summary>
    public int[] Starts { get; }

    /// <summary>The sentences of one side, each with its length and its evidence tokens (ids in a space both sides share).</summary>
    [MethodImpl(HotLoop.Optimised)]
    public static UnitSummaries OfSentences(IReadOnlyList<double> lengths, int[][] tokens)
    {
        var cumulative = new double[lengths.Count + 1];
        for (var i = 0; i < lengths.Count; i++)
        {
            cumulative[i + 1] = cumulative[i] + lengths[i];
        }

        return new UnitSummaries(cumulative, [.. Enumerable.Range(0, lengths.Count + 1)], tokens, []);
    }

    /// <summary>The total length of <paramref name="count"/> units from <paramref name="start"/>.</summary>
    public double Length(int start, int count) => cumulativeLengths[start + count] - cumulativeLengths[start];

    /// <summary>The centred fingerprint of <paramref name="count"/> (1 or 2) units from <paramref name="start"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public ReadOnlySpan<float> Fingerprint(int start, int count, Span<float> scratch)
    {
        var first = fingerprints.AsSpan(start * Dimensions, Dimensions);
        if (count == 1)
        {
            return first;
        }

        var second = fingerprints.AsSpan((start + 1) * Dimensions, Dimensions);
        for (var k = 0; k < Dimensions; k++)
        {
            scratch[k] = first[k] + second[k];
        }

        return scratch;
    }

    /// <summary>Total length of the side.</summary>
    public double TotalLength => cumulativeLengths[^1];

    /// <summary>
    /// The sentences in runs of about <paramref name="unitLength"/>: a run ends where the length so far passes the
    /// next multiple of it. Cut by length rather than by count, runs of the two sides correspond one to one wherever
    /// the texts do, however differently the translation splits its sentences.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    public UnitSummaries GroupByLength(double unitLength)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < Count; i++)
        {
            if (Math.Floor(cumulativeLengths[i] / unitLength) > Math.Floor(cumulativeLengths[starts[^1]] / unitLength))
            {
                starts.Add(i);
            }
        }

        starts.Add(Count);
        return Group([.. starts]);
    }

    /// <summary>The same side at half the resolution: units paired in order (a last odd unit stays alone).</summary>
    [MethodImpl(HotLoop.Optimised)]
    public UnitSummaries Halve()
    {
        var starts = new int[((Count + 1) / 2) + 1];
        for (var u = 0; u < starts.Length; u++)
        {
            starts[u] = Math.Min(2 * u, Count);
        }

        return Group(starts);
    }

    /// <summary>The units that start at <paramref name="starts"/> (positions at this resolution, ending with <see cref="Count"/>).</summary>
    private UnitSummaries Group(int[] starts)
    {
        var count = starts.Length - 1;
        var cumulative = new double[count + 1];
        for (var u = 0; u <= count; u++)
        {
            cumulative[u] = cumulativeLengths[starts[u]];
        }

        return new UnitSummaries(cumulative, starts, [], tokens.Length > 0 ? SentenceFingerprints(starts) : Sums(starts));
    }

    private float[] Sums(int[] starts)
    {
        var sums = new float[(starts.Length - 1) * Dimensions];
        for (var u = 0; u < starts.Length - 1; u++)
        {
            var into = sums.AsSpan(u * Dimensions, Dimensions);
            for (var x = starts[u]; x < starts[u + 1]; x++)
            {
                var from = fingerprints.AsSpan(x * Dimensions, Dimensions);
                for (var k = 0; k < Dimensions; k++)
                {
                    into[k] += from[k];
                }
            }
        }

        return sums;
    }

    /// <summary>The first resolution above the sentences: hashed token counts of each run of sentences, centred.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private float[] SentenceFingerprints(int[] starts)
    {
        var sums = new float[(starts.Length - 1) * Dimensions];
        var mean = new double[Dimensions];
        for (var u = 0; u < starts.Length - 1; u++)
        {
            for (var i = starts[u]; i < starts[u + 1]; i++)
            {
                foreach (var token in tokens[i])
                {
                    var bucket = Bucket(token);
                    sums[(u * Dimensions) + bucket]++;
                    mean[bucket]++;
                }
            }
        }

        for (var u = 0; u < starts.Length - 1; u++)
        {
            var sentences = starts[u + 1] - starts[u];
            for (var k = 0; k < Dimensions; k++)
            {
                sums[(u * Dimensions) + k] -= (float)(sentences * mean[k] / Math.Max(tokens.Length, 1));
            }
        }

        return sums;
    }

    // Fibonacci hashing: ids that differ in their low bits land far apart.
    private static int Bucket(int token) => (int)(((uint)token * 2654435769u) >> 26);
}
