using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Interchange;

/// <summary>Turns an alignment into translation units, the form in which translation memories and CAT tools take it.</summary>
public static class AlignedUnits
{
    /// <summary>The units of <paramref name="bitext"/> with the default options.</summary>
    public static IReadOnlyList<TranslationUnit> From(Bitext bitext) => From(bitext, AlignedUnitOptions.Default);

    /// <summary>
    /// One unit for every bead that has both a source and a target side, in document order; a sentence without a
    /// counterpart (a <c>1-0</c> or <c>0-1</c> bead) makes no unit. Each unit is <see cref="UnitOrigin.Aligned"/>, carries
    /// its bead's provenance and confidence, is dated by the options' clock (to the second, as TMX keeps it) and has the
    /// id <c>{source document}#{n}</c>, n counting units from 1. Its context is the source text just before and after it
    /// in the document, whether or not that text made a unit of its own, as a CAT tool sees it. With
    /// <see cref="UnitSegments.SentencesAndCatSegments"/>, the units of the segments a CAT tool cuts differently follow,
    /// each with the id <c>{first unit's id}~{last unit's number}</c>, then the units of segments cut from a bead's
    /// target at a clause boundary, each with the id <c>{bead's unit id}.{part}</c>, then those of target segments whose
    /// source sentence is cut so (the same ids), then the units of the cells of table
    /// rows aligned as rows, each with the id <c>{row's unit id}.c{column}</c>, then the units of the pieces a CAT tool
    /// cuts an English sentence into after an abbreviation it does not know (<c>(art.</c> | <c>1)</c>), each with the id
    /// <c>{sentence's unit id}:{piece}</c>, the first with the whole translation and the later ones with none, then the
    /// units of the target document's
    /// segments and labels (see <see cref="UnitSegments.SentencesAndCatSegments"/>); a target segment whose source is
    /// another unit's comes just before that unit.
    /// </summary>
    public static IReadOnlyList<TranslationUnit> From(Bitext bitext, AlignedUnitOptions options)
    {
        ArgumentNullException.ThrowIfNull(bitext);
        ArgumentNullException.ThrowIfNull(options);
        var now = options.Clock.GetUtcNow();
        var created = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var pairs = bitext.Pairs;
        var labels = pairs.Select(p => Resolve(options.Labels, p.Source)).ToArray();
        var prefixes = pairs.Select((p, i) => LabelPrefix(p.Source, bitext.Source, labels[i])).ToArray();
        var sources = pairs.Select((p, i) => prefixes[i] + p.Source.Text).ToArray();
        var document = bitext.Source.Document.Name;
        var ids = IdsByBead(bitext);
        var units = new List<TranslationUnit>();
        var byBead = new TranslationUnit?[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (pair.Source.Sentences.IsEmpty || pair.Target.Sentences.IsEmpty)
            {
                continue;
            }

            units.Add(byBead[i] = new TranslationUnit(
                ids[i],
                new Segment(bitext.Source.Language, sources[i]),
                new Segment(bitext.Target.Language, LabelPrefix(pair.Target, bitext.Target, labels[i]) + pair.Target.Text))
            {
                Created = created,
                Origin = UnitOrigin.Aligned,
                // Three decimals are all a posterior means, and what TMX writes, so a round trip is exact.
                Provenance = new Provenance(document, pair.Source.Path.ToString(), pair.Bead.Type, Math.Round(pair.Bead.Confidence, 3))
                {
                    Location = bitext.Source.Document.LocationOf(pair.Source.Offsets.Start).ToString(),
                },
                PreviousSource = Neighbour(sources, i, -1),
                NextSource = Neighbour(sources, i, +1),
            });
        }

        if (options.Segments == UnitSegments.SentencesAndCatSegments)
        {
            var seen = units.Select(u => u.Source.Text).ToHashSet(StringComparer.Ordinal);
            var splits = ClauseSplits.UnitsOf(bitext, byBead, prefixes, Lexicon.Bundled).ToList();
            units.AddRange(CatSegments.UnitsOf(bitext, byBead, prefixes, splits).Where(u => seen.Add(u.Source.Text)));
            units.AddRange(splits.Select(p => p.Unit).Where(u => seen.Add(u.Source.Text)));
            units.AddRange(ClauseSplits.TargetUnitsOf(bitext, byBead, Lexicon.Bundled).Where(u => seen.Add(u.Source.Text)));
            units.AddRange(TableCells.UnitsOf(byBead.OfType<TranslationUnit>()).Where(u => seen.Add(u.Source.Text)));
            foreach (var pieces in SentenceCuts.UnitsOf(bitext, byBead, prefixes, cutTheTarget: false).Where(g => g.All(u => !seen.Contains(u.Source.Text))))
            {
                units.AddRange(pieces);
                seen.UnionWith(pieces.Select(u => u.Source.Text));
            }

            var beforeTheirSentence = new Dictionary<string, TranslationUnit>(StringComparer.Ordinal);
            var targets = units.Select(u => u.Target.Text).ToHashSet(StringComparer.Ordinal);
            var forms = FormsForTheTarget(bitext, byBead, labels, options.Labels == LabelPolicy.Auto);
            foreach (var unit in ForTheTarget(bitext, forms))
            {
                if (!targets.Add(unit.Target.Text))
                {
                    continue; // the target's segment already has a unit, such as the source's segment of the same lines
                }

                if (seen.Add(unit.Source.Text))
                {
                    units.Add(unit);
                }
                else if (unit.Id.Contains('^', StringComparison.Ordinal))
                {
                    beforeTheirSentence.TryAdd(unit.Source.Text, unit);
                }
            }

            foreach (var pieces in SentenceCuts.UnitsOf(bitext, forms.Units, forms.Prefixes, cutTheTarget: true).Where(g => g.All(u => !targets.Contains(u.Target.Text))))
            {
                // The first piece carries its sentence's whole source, which the sentence's own unit has too: it goes
                // before that unit, so a tool taking the last exact match still fills the source from the sentence.
                var first = pieces[0];
                if (seen.Add(first.Source.Text))
                {
                    units.Add(first);
                }
                else if (!beforeTheirSentence.TryAdd(first.Source.Text, first))
                {
                    continue;
                }

                units.AddRange(pieces.Skip(1));
                targets.UnionWith(pieces.Select(u => u.Target.Text));
            }

            var ordered = beforeTheirSentence.Count == 0 ? units : BeforeTheirSources(units, beforeTheirSentence);
            var tagged = WordTagUnits.UnitsOf(bitext, byBead);
            return tagged.Count == 0 ? ordered : [.. ordered.SelectMany(u => tagged.TryGetValue(u, out var before) ? [.. before, u] : new[] { u })];
        }

        return units;
    }

    /// <summary>
    /// The units with each of <paramref name="moved"/> just before the unit whose source it shares (a target segment the
    /// file wraps, whose source is that of a sentence or of a sentence's part): a tool that takes the last of several exact
    /// matches (OmegaT) then still fills the source document from the sentence unit, and the target's segment is found
    /// as well.
    /// </summary>
    private static List<TranslationUnit> BeforeTheirSources(List<TranslationUnit> units, Dictionary<string, TranslationUnit> moved)
    {
        var ordered = new List<TranslationUnit>(units.Count + moved.Count);
        for (var i = 0; i < units.Count; i++)
        {
            if (moved.Remove(units[i].Source.Text, out var before))
            {
                ordered.Add(before);
            }

            ordered.Add(units[i]);
        }

        return ordered;
    }

    /// <summary>
    /// The units a CAT tool translating from the target language needs beside the source's: those of the target's
    /// segments that run over several lines or beads (<see cref="TargetSegments"/>), then, where the labels are settled
    /// automatically, the units in the form the tool segments the target's labels in, and the labels' own units
    /// (<see cref="LabelSegments"/>).
    /// </summary>
    private static IEnumerable<TranslationUnit> ForTheTarget(Bitext bitext, TargetForms forms) =>
        [.. TargetSegments.UnitsOf(bitext, forms.Units, forms.Prefixes), .. forms.Twins, .. forms.LabelUnits];

    /// <summary>
    /// Each bead's unit in the form a CAT tool segments the target in (its twin where the tool cuts the target's label
    /// differently from the source's, see <see cref="LabelSegments"/>), with the label text in front of the target's
    /// segment; and the twins and the labels' own units.
    /// </summary>
    private static TargetForms FormsForTheTarget(Bitext bitext, TranslationUnit?[] byBead, LabelPolicy[] labels, bool automatic)
    {
        var pairs = bitext.Pairs;
        var forms = new TargetForms(new TranslationUnit?[pairs.Count], new string[pairs.Count], [], []);
        for (var b = 0; b < pairs.Count; b++)
        {
            var pair = pairs[b];
            forms.Prefixes[b] = LabelPrefix(pair.Target, bitext.Target, labels[b]);
            if (byBead[b] is not { } unit)
            {
                continue;
            }

            forms.Units[b] = unit;
            if (!automatic)
            {
                continue;
            }

            var written = LabelPrefix(pair.Target, bitext.Target, LabelPolicy.Inline);
            var cuts = LabelSegments.ToolCutsTargetLabel(bitext, pair, written);
            var sourcePrefix = LabelPrefix(pair.Source, bitext.Source, LabelPolicy.Inline);
            if (LabelSegments.TwinOf(unit, pair, sourcePrefix, written, labels[b] == LabelPolicy.Inline, cuts) is { } twin)
            {
                forms.Twins.Add(twin);
                forms.Units[b] = twin with { Id = unit.Id };
                forms.Prefixes[b] = cuts ? string.Empty : written;
            }

            if (LabelSegments.LabelUnitOf(unit, pair, cuts) is { } labelUnit)
            {
                forms.LabelUnits.Add(labelUnit);
            }
        }

        return forms;
    }

    private sealed record TargetForms(TranslationUnit?[] Units, string[] Prefixes, List<TranslationUnit> Twins, List<TranslationUnit> LabelUnits);

    /// <summary>
    /// The id of the unit that <see cref="From(Bitext, AlignedUnitOptions)"/> makes of each bead, by the bead's position
    /// in <see cref="Bitext.Beads"/>; a bead with an empty side makes no unit and is not in the map.
    /// </summary>
    public static IReadOnlyDictionary<int, string> IdsByBead(Bitext bitext)
    {
        ArgumentNullException.ThrowIfNull(bitext);
        var document = bitext.Source.Document.Name;
        var ids = new Dictionary<int, string>();
        for (var i = 0; i < bitext.Beads.Count; i++)
        {
            if (!bitext.Beads[i].Type.IsDeletionOrInsertion)
            {
                var number = ids.Count + 1;
                ids[i] = document.Length == 0 ? $"{number}" : $"{document}#{number}";
            }
        }

        return ids;
    }

    /// <summary>What goes in front of the side's text in its unit: its block's label, as written, or nothing.</summary>
    private static string LabelPrefix(Side side, SegmentedDocument document, LabelPolicy labels)
    {
        if (labels == LabelPolicy.Strip || side.Label.IsNone || side.Sentences.IsEmpty)
        {
            return string.Empty;
        }

        // Keep the label and what follows it as the original wrote them: "2. 专家组…" has a space, "1.  The…" two, "1.\tThe…"
        // a tab, "（一）专家组…" none; a CAT tool's segment holds them so.
        var original = document.Document.Text;
        var start = side.Offsets.Start;
        var gap = start;
        while (gap > 0 && original[gap - 1] is ' ' or '\t' or '\u00A0' or '\u3000')
        {
            gap--;
        }

        var written = side.Label.Written;
        if (start <= original.Length && gap >= written.Length && original.AsSpan(gap - written.Length, written.Length).SequenceEqual(written))
        {
            return original.Substring(gap - written.Length, start - gap + written.Length);
        }

        return side.Label.Written + " ";
    }

    /// <summary>
    /// Settles <see cref="LabelPolicy.Auto"/> for one unit from its source side, the side a CAT tool segments, so that
    /// both sides agree: where the tool cuts after the label (it ends in a full stop and an upper-case letter follows),
    /// the label is its own segment and stays out of the unit; so where the label is not in the text at all (Word's
    /// list numbering generated it); elsewhere it is part of the first segment, on both sides, and a translated
    /// document keeps its numbering.
    /// </summary>
    private static LabelPolicy Resolve(LabelPolicy policy, Side source) =>
        policy != LabelPolicy.Auto ? policy
        : source.Label.IsGenerated ? LabelPolicy.Strip
        : source.Label.Written.EndsWith('.') && source.Text.Length > 0 && char.IsUpper(source.Text[0]) ? LabelPolicy.Strip
        : LabelPolicy.Inline;

    private static string Neighbour(string[] sources, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < sources.Length; i += step)
        {
            if (sources[i].Length > 0)
            {
                return sources[i];
            }
        }

        return string.Empty;
    }
}
