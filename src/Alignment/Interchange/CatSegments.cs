using System.Text;
using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Interchange;

/// <summary>
/// The segments a CAT tool cuts a plain-text source document into, by OmegaT's default rules (see
/// <see cref="UnitSegments.SentencesAndCatSegments"/>), as runs of our sentences, and the units that fill them.
/// </summary>
internal static class CatSegments
{
    /// <summary>
    /// A unit for every CAT segment that covers whole pieces, each with a unit, and whose text differs from the unit of a
    /// single piece. A piece is a bead with its unit in <paramref name="units"/> (by bead) or, for a bead split at a
    /// clause boundary, one of its <paramref name="splits"/>. The unit's source is the segment as the document writes
    /// it, its target the pieces' targets, on separate lines where the source's lines break.
    /// </summary>
    public static IEnumerable<TranslationUnit> UnitsOf(
        Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> labelPrefixes, IReadOnlyList<ClauseSplits.SplitPart> splits)
    {
        var source = bitext.Source;
        var pieces = Pieces(bitext, units, labelPrefixes, splits);
        var pieceStarting = new Dictionary<int, int>();
        for (var i = 0; i < pieces.Count; i++)
        {
            pieceStarting[pieces[i].Sentences.Start] = i;
        }

        var start = 0;
        for (var s = 0; s < source.Sentences.Count; s++)
        {
            if (s + 1 < source.Sentences.Count && !Breaks(source, s))
            {
                continue;
            }

            if (UnitOf(bitext, pieces, pieceStarting, start, s + 1) is { } unit)
            {
                yield return unit;
            }

            start = s + 1;
        }
    }

    /// <summary>The source's stretches that have a target of their own, in document order.</summary>
    private static List<Piece> Pieces(Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> labelPrefixes, IReadOnlyList<ClauseSplits.SplitPart> splits)
    {
        var split = splits.ToLookup(p => p.Bead);
        var pieces = new List<Piece>();
        for (var b = 0; b < bitext.Beads.Count; b++)
        {
            var bead = bitext.Beads[b];
            if (bead.Source.IsEmpty)
            {
                continue;
            }

            if (split.Contains(b))
            {
                pieces.AddRange(split[b].Select((p, i) => new Piece(b, p.Sentences, p.Unit, i == 0 ? labelPrefixes[b] : string.Empty)));
            }
            else
            {
                pieces.Add(new Piece(b, bead.Source, units[b], labelPrefixes[b]));
            }
        }

        return pieces;
    }

    private static TranslationUnit? UnitOf(Bitext bitext, List<Piece> pieces, Dictionary<int, int> pieceStarting, int start, int end)
    {
        if (!pieceStarting.TryGetValue(start, out var first))
        {
            return null;
        }

        var source = bitext.Source;
        var text = source.Document.Text;
        var run = new List<Piece>();
        for (var p = first; p < pieces.Count && pieces[p].Sentences.End <= end; p++)
        {
            if (pieces[p].Unit is null)
            {
                return null;
            }

            run.Add(pieces[p]);
            if (pieces[p].Sentences.End == end)
            {
                var from = source.Sentences[start].Source.Start;
                var to = source.Sentences[end - 1].Source.End;
                if (to < from)
                {
                    return null; // text the reader put back in reading order: the file holds no such segment
                }

                if (text.AsSpan(from, to - from).Contains("\n ", StringComparison.Ordinal))
                {
                    return null; // the tool cuts inside: an indented line starts a segment of its own
                }

                var written = pieces[first].Prefix + text[from..to];
                var single = run[0].Unit!;
                if (run.Count == 1 && written == single.Source.Text)
                {
                    return null;
                }

                // "zh.txt#12~14": the segment that units 12 to 14 fill.
                var last = run[^1].Unit!.Id;
                return Joined(bitext, run, written, $"{single.Id}~{last[(last.LastIndexOf('#') + 1)..]}");
            }
        }

        return null;
    }

    private static TranslationUnit Joined(Bitext bitext, List<Piece> run, string source, string id)
    {
        var target = new StringBuilder(run[0].Unit!.Target.Text);
        var text = bitext.Source.Document.Text;
        for (var i = 1; i < run.Count; i++)
        {
            var gapStart = bitext.Source.Sentences[run[i - 1].Sentences.End - 1].Source.End;
            var gapEnd = bitext.Source.Sentences[run[i].Sentences.Start].Source.Start;
            target.Append(text.AsSpan(gapStart, Math.Max(0, gapEnd - gapStart)).Contains('\n') ? "\n" : bitext.Target.Language.IsChinese ? string.Empty : " ");
            target.Append(run[i].Unit!.Target.Text);
        }

        var units = run.Select(p => p.Unit!).ToList();
        var firstUnit = units[0];
        var beads = run.Select(p => p.Bead).Distinct().Select(b => bitext.Beads[b]).ToList();
        return firstUnit with
        {
            Id = id,
            Source = new Segment(firstUnit.Source.Language, source),
            Target = new Segment(firstUnit.Target.Language, target.ToString()),
            Provenance = firstUnit.Provenance with
            {
                BeadType = new BeadType(run.Sum(p => p.Sentences.Count), beads.Sum(b => b.Target.Count)),
                Confidence = units.Min(u => u.Provenance.Confidence),
            },
            NextSource = units[^1].NextSource,
            Properties = [.. units.SelectMany(u => u.Properties).Distinct(), KeyValuePair.Create(TmxConventions.Segment, "source")],
        };
    }

    /// <summary>A stretch of source sentences with the unit that translates it: a bead, or one segment's part of one.</summary>
    private sealed record Piece(int Bead, SentenceSpan Sentences, TranslationUnit? Unit, string Prefix);

    /// <summary>Whether the tool ends a segment between sentence <paramref name="s"/> and the next one.</summary>
    internal static bool Breaks(SegmentedDocument document, int s)
    {
        var text = document.Document.Text;
        var end = document.Sentences[s].Source.End;
        var gap = text.AsSpan(end, Math.Max(0, document.Sentences[s + 1].Source.Start - end));
        if (IsParagraphBreak(gap) || gap.Contains("\n ", StringComparison.Ordinal))
        {
            return true;
        }

        var last = end > 0 ? text[end - 1] : '\0';
        var next = end < text.Length ? text[end] : '\0';
        var fullStop = document.Language.IsChinese ? "。？！" : string.Empty;
        return (fullStop.Contains(last, StringComparison.Ordinal) && !"’”\"」）』？—".Contains(next, StringComparison.Ordinal))
            || ((last is '?' or '!' || (last == '.' && !document.Language.IsChinese)) && char.IsWhiteSpace(next));
    }

    /// <summary>A blank line: two line breaks with nothing but spaces and tabs between them.</summary>
    private static bool IsParagraphBreak(ReadOnlySpan<char> gap)
    {
        for (var line = gap.IndexOf('\n'); line >= 0;)
        {
            var rest = gap[(line + 1)..];
            var next = rest.IndexOf('\n');
            if (next < 0)
            {
                return false;
            }

            if (rest[..next].Trim(" \t\r").IsEmpty)
            {
                return true;
            }

            gap = rest;
            line = next;
        }

        return false;
    }
}
