using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Interchange;

/// <summary>
/// Units for the CAT segments inside a bead that joins several source segments to one target sentence (a translator
/// merged two sentences into one, or split one in two): the target sentence is cut at clause boundaries into parts,
/// one per segment, where the lexicon, numbers and lengths all say where it divides (see
/// <see cref="UnitSegments.SentencesAndCatSegments"/>); and the same for a bead that joins one source sentence to
/// several target segments, for a tool that translates the other way.
/// </summary>
internal static class ClauseSplits
{
    /// <summary>One segment's part of a split bead: the bead's index, the segment's source sentences and its unit.</summary>
    public sealed record SplitPart(int Bead, SentenceSpan Sentences, TranslationUnit Unit);

    /// <summary>The largest number of segments a bead is split into.</summary>
    private const int MostParts = 3;

    /// <summary>How far a part's share of its side's length may stray from its counterpart's, as a ratio.</summary>
    private static readonly double LengthTolerance = Math.Log(2.5);

    /// <summary>
    /// Units for the segments of each bead whose source the tool cuts into two or three segments and whose target is one
    /// sentence, where the split is found; each with the id <c>{bead's unit id}.{part}</c>, the bead's type, a lower
    /// confidence than the bead's (scaled by how many anchors place the cut), and an <c>x-split</c> property
    /// (<c>1/2</c>) that tells a translator the pair was cut from a longer one.
    /// </summary>
    public static IEnumerable<SplitPart> UnitsOf(Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> labelPrefixes, Lexicon lexicon)
    {
        for (var b = 0; b < bitext.Beads.Count; b++)
        {
            var bead = bitext.Beads[b];
            if (units[b] is not { } unit || bead.Target.Count != 1 || bead.Source.Count < 2)
            {
                continue;
            }

            var runs = CatRuns(bitext.Source, bead.Source);
            if (runs.Count is < 2 or > MostParts)
            {
                continue;
            }

            var sources = runs.Select((r, i) => (i == 0 ? labelPrefixes[b] : string.Empty) + bitext.Source.TextOf(r)).ToArray();
            if (Split(sources, unit.Target.Text, bitext.Source.Language.IsChinese, lexicon) is not { } split)
            {
                continue;
            }

            for (var i = 0; i < sources.Length; i++)
            {
                yield return new SplitPart(b, runs[i], unit with
                {
                    Id = $"{unit.Id}.{i + 1}",
                    Source = new Segment(unit.Source.Language, sources[i]),
                    Target = new Segment(unit.Target.Language, split.Parts[i]),
                    Provenance = unit.Provenance with { Confidence = Math.Round(unit.Provenance.Confidence * split.Support, 3) },
                    PreviousSource = i == 0 ? unit.PreviousSource : sources[i - 1],
                    NextSource = i == sources.Length - 1 ? unit.NextSource : sources[i + 1],
                    Properties = [.. unit.Properties, KeyValuePair.Create(TmxConventions.Split, $"{i + 1}/{sources.Length}")],
                });
            }
        }
    }

    /// <summary>
    /// The same units the other way round, for a CAT tool that translates from the target language with this memory: for
    /// each bead whose one source sentence the translator split into two or three sentences that the tool cuts into
    /// segments of their own, a unit per target segment, with the source sentence cut at a clause boundary where the
    /// evidence says (as <see cref="Split"/> finds it). Ids, confidence and the <c>x-split</c> property as for
    /// <see cref="UnitsOf"/>; the source sentence itself is no segment of the source document, so these units stand
    /// outside the source's segments.
    /// </summary>
    public static IEnumerable<TranslationUnit> TargetUnitsOf(Bitext bitext, IReadOnlyList<TranslationUnit?> units, Lexicon lexicon)
    {
        for (var b = 0; b < bitext.Beads.Count; b++)
        {
            var bead = bitext.Beads[b];
            if (units[b] is not { } unit || bead.Source.Count != 1 || bead.Target.Count < 2)
            {
                continue;
            }

            var runs = CatRuns(bitext.Target, bead.Target);
            var whole = bitext.Target.TextOf(bead.Target);
            if (runs.Count is < 2 or > MostParts || !unit.Target.Text.EndsWith(whole, StringComparison.Ordinal))
            {
                continue;
            }

            // The target's label, where the unit keeps one, goes with its first segment, as the tool cuts it.
            var label = unit.Target.Text[..^whole.Length];
            var targets = runs.Select((r, i) => (i == 0 ? label : string.Empty) + bitext.Target.TextOf(r)).ToArray();
            if (Split(targets, unit.Source.Text, bitext.Target.Language.IsChinese, lexicon) is not { } split)
            {
                continue;
            }

            for (var i = 0; i < targets.Length; i++)
            {
                yield return unit with
                {
                    Id = $"{unit.Id}.{i + 1}",
                    Source = new Segment(unit.Source.Language, split.Parts[i]),
                    Target = new Segment(unit.Target.Language, targets[i]),
                    Provenance = unit.Provenance with { Confidence = Math.Round(unit.Provenance.Confidence * split.Support, 3) },
                    PreviousSource = i == 0 ? unit.PreviousSource : split.Parts[i - 1],
                    NextSource = i == targets.Length - 1 ? unit.NextSource : split.Parts[i + 1],
                    Properties = [.. unit.Properties, KeyValuePair.Create(TmxConventions.Split, $"{i + 1}/{targets.Length}")],
                };
            }
        }
    }

    /// <summary>
    /// The target cut into one part per source segment, and how well the evidence supports it (in (0, 1)); none where
    /// no cut puts a shared term, number, name or quotation in all parts but one (and none in the wrong part) with
    /// lengths that agree, or two cuts do equally well.
    /// </summary>
    internal static (string[] Parts, double Support)? Split(IReadOnlyList<string> sources, string target, bool sourceIsChinese, Lexicon lexicon)
    {
        var cuts = Cuts(target, !sourceIsChinese);
        if (cuts.Count < sources.Count - 1)
        {
            return null;
        }

        // The target between neighbouring cuts, whose evidence every split shares out differently.
        var bounds = new List<(int Start, int End)>();
        var from = 0;
        foreach (var (end, next) in cuts)
        {
            bounds.Add((from, end));
            from = next;
        }

        bounds.Add((from, target.Length));
        var pieces = bounds.Select(p => target[p.Start..p.End]).ToArray();
        List<HashSet<string>> sourceKeys, pieceKeys;
        if (sourceIsChinese)
        {
            (sourceKeys, pieceKeys) = ClauseEvidence.Between(sources, pieces, lexicon);
        }
        else
        {
            (pieceKeys, sourceKeys) = ClauseEvidence.Between(pieces, sources, lexicon);
        }

        (int[] Cuts, int Anchors, double Skew)? best = null;
        var tie = false;
        foreach (var chosen in Choose(cuts.Count, sources.Count - 1))
        {
            var parts = PartsOf(chosen, pieces.Length);
            if (Judge(sources, pieces, parts, sourceKeys, pieceKeys) is not var (anchors, skew) || anchors == 0)
            {
                continue;
            }

            if (best is null || anchors > best.Value.Anchors || (anchors == best.Value.Anchors && skew < best.Value.Skew))
            {
                tie = best is { } previous && anchors == previous.Anchors && previous.Skew - skew < 0.3;
                best = (chosen, anchors, skew);
            }
            else if (anchors == best.Value.Anchors && skew - best.Value.Skew < 0.3)
            {
                tie = true;
            }
        }

        if (best is not { } found || tie)
        {
            return null;
        }

        var result = new string[sources.Count];
        var start = 0;
        for (var i = 0; i < found.Cuts.Length; i++)
        {
            var (end, next) = cuts[found.Cuts[i]];
            result[i] = target[start..end];
            start = next;
        }

        result[^1] = target[start..];
        return (result, found.Anchors / (found.Anchors + 1.0));
    }

    /// <summary>
    /// The anchors a split keeps in place, and how far its lengths stray; none when an anchor crosses to another part,
    /// more than one part has no anchor (one may: its place is then fixed by the others and by length), or the lengths
    /// stray too far.
    /// </summary>
    private static (int Anchors, double Skew)? Judge(
        IReadOnlyList<string> sources, string[] pieces, int[] partOfPiece, List<HashSet<string>> sourceKeys, List<HashSet<string>> pieceKeys)
    {
        var parts = sources.Count;
        var keysOfPart = new HashSet<string>[parts];
        var lengths = new double[parts];
        for (var p = 0; p < parts; p++)
        {
            keysOfPart[p] = new HashSet<string>(StringComparer.Ordinal);
        }

        for (var i = 0; i < pieces.Length; i++)
        {
            keysOfPart[partOfPiece[i]].UnionWith(pieceKeys[i]);
            lengths[partOfPiece[i]] += Weight(pieces[i]);
        }

        var anchored = new int[parts];
        foreach (var key in sourceKeys.SelectMany(k => k).Distinct(StringComparer.Ordinal))
        {
            var inSources = Enumerable.Range(0, parts).Where(s => sourceKeys[s].Contains(key)).ToList();
            var inParts = Enumerable.Range(0, parts).Where(p => keysOfPart[p].Contains(key)).ToList();
            if (inSources.Count != 1 || inParts.Count != 1)
            {
                continue; // said in several places: no evidence where
            }

            if (inSources[0] != inParts[0])
            {
                return null;
            }

            anchored[inParts[0]]++;
        }

        if (anchored.Count(a => a == 0) > 1)
        {
            return null;
        }

        var sourceLengths = sources.Select(Weight).ToArray();
        var (sourceTotal, targetTotal) = (sourceLengths.Sum(), lengths.Sum());
        var skew = Enumerable.Range(0, parts).Max(p => Math.Abs(Math.Log((lengths[p] / targetTotal) / (sourceLengths[p] / sourceTotal))));
        return skew > LengthTolerance ? null : (anchored.Sum(), skew);
    }

    /// <summary>A text's length as translation keeps it: Chinese characters count double against English letters.</summary>
    private static double Weight(string text) => text.Sum(c => Script.IsHan(c) ? 2.0 : char.IsLetterOrDigit(c) ? 1.0 : 0.0) + 1;

    /// <summary>The part each piece belongs to when the split falls at the chosen cuts.</summary>
    private static int[] PartsOf(int[] chosen, int pieces)
    {
        var parts = new int[pieces];
        for (int i = 0, part = 0; i < pieces; i++)
        {
            parts[i] = part;
            if (part < chosen.Length && chosen[part] == i)
            {
                part++;
            }
        }

        return parts;
    }

    /// <summary>Every increasing choice of <paramref name="k"/> of the first <paramref name="n"/> cut indices.</summary>
    private static IEnumerable<int[]> Choose(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var last = k - 1; last < n; last++)
        {
            foreach (var head in Choose(last, k - 1))
            {
                yield return [.. head, last];
            }
        }
    }

    /// <summary>
    /// Where the target may be cut: after a clause's punctuation (and any closing quotation marks after it), as
    /// (end of the left part, start of the right one). Chinese parts meet with nothing between them, English ones
    /// with one space, as a CAT tool joins the translations of neighbouring segments.
    /// </summary>
    private static List<(int End, int Next)> Cuts(string target, bool chinese)
    {
        var cuts = new List<(int, int)>();
        for (var i = 0; i < target.Length - 1; i++)
        {
            var c = target[i];
            var end = i + 1;
            while (end < target.Length && IsClosingQuote(target[end]))
            {
                end++;
            }

            var clause = chinese ? "，；：".Contains(c, StringComparison.Ordinal) : ",;:".Contains(c, StringComparison.Ordinal);
            var quotedStop = (chinese ? "。！？" : ".!?").Contains(c, StringComparison.Ordinal) && end > i + 1;
            if (!(clause || quotedStop) || end >= target.Length)
            {
                continue;
            }

            if (chinese && !char.IsWhiteSpace(target[end]))
            {
                cuts.Add((end, end));
            }
            else if (!chinese && target[end] == ' ' && end + 1 < target.Length && !char.IsWhiteSpace(target[end + 1]))
            {
                cuts.Add((end, end + 1));
            }

            i = end - 1;
        }

        return cuts;
    }

    private static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '"' or '\'';

    /// <summary>
    /// The sentences of a bead's side grouped into the segments the tool cuts them into (see
    /// <see cref="CatSegments.Breaks"/>).
    /// </summary>
    private static List<SentenceSpan> CatRuns(SegmentedDocument document, SentenceSpan sentences)
    {
        var runs = new List<SentenceSpan>();
        var start = sentences.Start;
        for (var s = sentences.Start; s < sentences.End; s++)
        {
            if (s == sentences.End - 1 || CatSegments.Breaks(document, s))
            {
                runs.Add(new SentenceSpan(start, s + 1 - start));
                start = s + 1;
            }
        }

        return runs;
    }
}
