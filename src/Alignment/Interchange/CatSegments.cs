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
    /// A unit for every CAT segment that covers whole beads, each with a unit in <paramref name="units"/> (by bead), and
    /// whose text differs from the unit of a single bead. Its source is the segment as the document writes it, its target
    /// the beads' targets, on separate lines where the source's lines break.
    /// </summary>
    public static IEnumerable<TranslationUnit> UnitsOf(Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> labelPrefixes)
    {
        var source = bitext.Source;
        var beadStarting = new Dictionary<int, int>();
        for (var i = 0; i < bitext.Beads.Count; i++)
        {
            if (!bitext.Beads[i].Source.IsEmpty)
            {
                beadStarting[bitext.Beads[i].Source.Start] = i;
            }
        }

        var start = 0;
        for (var s = 0; s < source.Sentences.Count; s++)
        {
            if (s + 1 < source.Sentences.Count && !Breaks(source, s))
            {
                continue;
            }

            if (UnitOf(bitext, units, labelPrefixes, beadStarting, start, s + 1) is { } unit)
            {
                yield return unit;
            }

            start = s + 1;
        }
    }

    private static TranslationUnit? UnitOf(
        Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> labelPrefixes, Dictionary<int, int> beadStarting, int start, int end)
    {
        if (!beadStarting.TryGetValue(start, out var first))
        {
            return null;
        }

        var source = bitext.Source;
        var text = source.Document.Text;
        var run = new List<int>();
        for (var b = first; b < bitext.Beads.Count && bitext.Beads[b].Source.End <= end; b++)
        {
            if (bitext.Beads[b].Source.IsEmpty)
            {
                continue;
            }

            if (units[b] is null)
            {
                return null;
            }

            run.Add(b);
            if (bitext.Beads[b].Source.End == end)
            {
                var from = source.Sentences[start].Source.Start;
                var to = source.Sentences[end - 1].Source.End;
                if (text.AsSpan(from, to - from).Contains("\n ", StringComparison.Ordinal))
                {
                    return null; // the tool cuts inside: an indented line starts a segment of its own
                }

                var written = labelPrefixes[first] + text[from..to];
                var single = units[run[0]]!;
                if (run.Count == 1 && written == single.Source.Text)
                {
                    return null;
                }

                // "zh.txt#12~14": the segment that units 12 to 14 fill.
                var last = units[run[^1]]!.Id;
                return Joined(bitext, run, units, written, $"{single.Id}~{last[(last.LastIndexOf('#') + 1)..]}");
            }
        }

        return null;
    }

    private static TranslationUnit Joined(Bitext bitext, List<int> beads, IReadOnlyList<TranslationUnit?> units, string source, string id)
    {
        var run = beads.Select(b => units[b]!).ToList();
        var target = new StringBuilder(run[0].Target.Text);
        var text = bitext.Source.Document.Text;
        for (var i = 1; i < run.Count; i++)
        {
            var gapStart = bitext.Source.Sentences[bitext.Beads[beads[i - 1]].Source.End - 1].Source.End;
            var gapEnd = bitext.Source.Sentences[bitext.Beads[beads[i]].Source.Start].Source.Start;
            target.Append(text.AsSpan(gapStart, gapEnd - gapStart).Contains('\n') ? "\n" : bitext.Target.Language.IsChinese ? string.Empty : " ");
            target.Append(run[i].Target.Text);
        }

        var firstUnit = run[0];
        return firstUnit with
        {
            Id = id,
            Source = new Segment(firstUnit.Source.Language, source),
            Target = new Segment(firstUnit.Target.Language, target.ToString()),
            Provenance = firstUnit.Provenance with
            {
                BeadType = new BeadType(run.Sum(u => u.Provenance.BeadType.SourceCount), run.Sum(u => u.Provenance.BeadType.TargetCount)),
                Confidence = run.Min(u => u.Provenance.Confidence),
            },
            NextSource = run[^1].NextSource,
        };
    }

    /// <summary>Whether the tool ends a segment between sentence <paramref name="s"/> and the next one.</summary>
    internal static bool Breaks(SegmentedDocument document, int s)
    {
        var text = document.Document.Text;
        var end = document.Sentences[s].Source.End;
        var gap = text.AsSpan(end, document.Sentences[s + 1].Source.Start - end);
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
