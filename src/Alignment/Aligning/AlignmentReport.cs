namespace Alignment.Aligning;

/// <summary>
/// Quality assurance for an alignment: how many beads of each shape, how confident, and which beads are doubtful
/// and why, so that a translator reviews a handful of pairs instead of all of them.
/// </summary>
public sealed class AlignmentReport
{
    private AlignmentReport(Bitext bitext, IReadOnlyList<DoubtfulBead> doubtful, double threshold)
    {
        Bitext = bitext;
        Doubtful = doubtful;
        ConfidenceThreshold = threshold;
    }

    /// <summary>The alignment reported on.</summary>
    public Bitext Bitext { get; }

    /// <summary>Beads that deserve review, in document order, each with its reasons.</summary>
    public IReadOnlyList<DoubtfulBead> Doubtful { get; }

    /// <summary>Beads below this confidence are reported as <see cref="Doubt.LowConfidence"/>.</summary>
    public double ConfidenceThreshold { get; }

    /// <summary>Number of beads of each shape, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<BeadType, int>> Shapes =>
        [.. Bitext.Beads.GroupBy(b => b.Type).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderByDescending(p => p.Value)];

    /// <summary>Whether the alignment shows the two documents to be translations of each other.</summary>
    public PairVerdict Verdict => PairVerdict.Of(Bitext);

    /// <summary>Mean confidence over all beads (0 when there are none).</summary>
    public double MeanConfidence => Bitext.Beads.Count == 0 ? 0 : Bitext.Beads.Average(b => b.Confidence);

    /// <summary>Examines every bead of <paramref name="bitext"/>.</summary>
    /// <param name="bitext">The alignment.</param>
    /// <param name="confidenceThreshold">Beads below this confidence are doubtful.</param>
    /// <param name="outlierDeviation">A bead whose length deviates by more standard deviations than this is an outlier.</param>
    public static AlignmentReport For(Bitext bitext, double confidenceThreshold = 0.5, double outlierDeviation = 3.0)
    {
        ArgumentNullException.ThrowIfNull(bitext);
        var features = PairFeatures.Extract(bitext.Source, bitext.Target, Lexicon.Empty);
        double Length(IEnumerable<int> sentences, SentenceFeatures[] side) => sentences.Sum(i => features.Length(side[i]));
        var lengths = LengthModel.Estimate(bitext.Beads
            .Where(b => b.Type == BeadType.OneToOne)
            .Select(b => (Length(b.Source.Indices, features.Source), Length(b.Target.Indices, features.Target)))
            .ToList());

        var doubtful = new List<DoubtfulBead>();
        for (var i = 0; i < bitext.Beads.Count; i++)
        {
            var bead = bitext.Beads[i];
            var reasons = new List<Doubt>();
            if (bead.Type.IsDeletionOrInsertion)
            {
                reasons.Add(Doubt.Unpaired);
            }
            else
            {
                var deviation = lengths.Deviation(Length(bead.Source.Indices, features.Source), Length(bead.Target.Indices, features.Target));
                if (Math.Abs(deviation) > outlierDeviation)
                {
                    reasons.Add(Doubt.LengthRatioOutlier);
                }

                if (NumbersOnOneSide(bitext, bitext.Pairs[i]) > 0)
                {
                    reasons.Add(Doubt.NumbersDiffer);
                }
            }

            if (bead.Confidence < confidenceThreshold)
            {
                reasons.Add(Doubt.LowConfidence);
            }

            if (reasons.Count > 0)
            {
                doubtful.Add(new DoubtfulBead(i, bitext.Pairs[i], reasons));
            }
        }

        return new AlignmentReport(bitext, doubtful, confidenceThreshold);
    }

    /// <summary>
    /// Numbers written in digits on one side that the other side states neither in digits nor in words, compared as
    /// values (<see cref="StatedNumbers"/>). A number that is only spelled out ("first reading" for 一读) is not
    /// reported: translations legitimately add those.
    /// </summary>
    private static int NumbersOnOneSide(Bitext bitext, AlignedPair pair)
    {
        var source = StatedNumbers.Of(pair.Source.Text, bitext.Source.Language.IsChinese);
        var target = StatedNumbers.Of(pair.Target.Text, bitext.Target.Language.IsChinese);
        return source.MissingFrom(target) + target.MissingFrom(source);
    }
}

/// <summary>A bead that deserves review.</summary>
/// <param name="Index">Position of the bead in <see cref="Bitext.Beads"/>.</param>
/// <param name="Pair">The bead with its text and provenance.</param>
/// <param name="Reasons">Why it is doubtful.</param>
public sealed record DoubtfulBead(int Index, AlignedPair Pair, IReadOnlyList<Doubt> Reasons);
