using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Interchange;

/// <summary>
/// The segments a CAT tool cuts the target document into (see <see cref="CatSegments"/>), with units that fill them,
/// for a tool that translates from the target language with this memory: a sentence the target file wraps over several
/// lines, kept with its line breaks, or several beads the tool keeps in one target segment (list items on lines of
/// their own, closed by semicolons).
/// </summary>
internal static class TargetSegments
{
    /// <summary>
    /// A unit for every target segment that covers whole beads, each with a unit, and whose text differs from the unit of
    /// a single bead; its target is the segment as the document writes it, its source the beads' sources, on separate
    /// lines where the target's lines break. The id is <c>{first unit's id}^{last unit's number}</c>; the context is the
    /// source before the first bead and after the last.
    /// </summary>
    /// <param name="bitext">The alignment.</param>
    /// <param name="units">The unit of each bead as the tool segments the target (its labels kept or not as the tool does), if it has one.</param>
    /// <param name="targetPrefixes">What each unit's target holds before the bead's text: its label as written, or nothing.</param>
    public static IEnumerable<TranslationUnit> UnitsOf(Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> targetPrefixes)
    {
        if (Swapped(bitext) is not var (swapped, order))
        {
            yield break;
        }

        var byNumber = units.OfType<TranslationUnit>().GroupBy(Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reversed = order.Select(b => units[b]?.Reverse()).ToArray();
        var prefixes = order.Select(b => targetPrefixes[b]).ToArray();

        // A target sentence cut at a clause boundary (a translator split the source's sentence) is a piece of its own.
        var splits = ClauseSplits.UnitsOf(swapped, reversed, prefixes, Lexicon.Bundled).ToList();
        foreach (var segment in CatSegments.UnitsOf(swapped, reversed, prefixes, splits))
        {
            // "zh.txt#12~14" or "zh.txt#12.2~14.1" as CatSegments names it: from unit 12 to unit 14, in the target's order.
            var cut = segment.Id.LastIndexOf('~');
            var firstId = segment.Id[..cut];
            var first = byNumber[Number(firstId)];
            var last = byNumber.GetValueOrDefault(Number(segment.Id[(cut + 1)..]), first);
            yield return segment.Reverse() with
            {
                Id = $"{firstId}^{segment.Id[(cut + 1)..]}",
                PreviousSource = first.PreviousSource,
                NextSource = last.NextSource,
                Properties = [.. segment.Properties.Where(p => p.Key != TmxConventions.Segment), KeyValuePair.Create(TmxConventions.Segment, "target")],
            };
        }
    }

    /// <summary>The number of the bead's unit in an id (<c>12</c> of <c>zh.txt#12</c>, <c>zh.txt#12.2</c> and <c>12</c>).</summary>
    private static string Number(string id)
    {
        var number = id[(id.LastIndexOf('#') + 1)..];
        var part = number.IndexOf('.', StringComparison.Ordinal);
        return part < 0 ? number : number[..part];
    }

    private static string Number(TranslationUnit unit) => Number(unit.Id);

    /// <summary>
    /// The alignment with its sides swapped, the beads in the target's order, and the original index of each swapped
    /// bead; none where the beads do not make one (a moved block whose target side is not contiguous).
    /// </summary>
    private static (Bitext Swapped, int[] Order)? Swapped(Bitext bitext)
    {
        var beads = bitext.Beads;
        var order = new List<int>(beads.Count);

        // A bead without a target goes right after the bead before it in the source, so it stays near its neighbours.
        void WithFollowers(int b)
        {
            order.Add(b);
            for (var next = b + 1; next < beads.Count && beads[next].Target.IsEmpty; next++)
            {
                order.Add(next);
            }
        }

        var leading = 0;
        while (leading < beads.Count && beads[leading].Target.IsEmpty)
        {
            order.Add(leading++);
        }

        foreach (var b in Enumerable.Range(0, beads.Count).Where(b => !beads[b].Target.IsEmpty).OrderBy(b => beads[b].Target.Start))
        {
            WithFollowers(b);
        }

        var swappedBeads = new List<Bead>(beads.Count);
        var at = 0;
        foreach (var b in order)
        {
            var bead = beads[b];
            var source = bead.Target.IsEmpty ? new SentenceSpan(at, 0) : bead.Target;
            swappedBeads.Add(new Bead(source, bead.Source, bead.Confidence));
            at = source.End;
        }

        try
        {
            return (new Bitext(bitext.Target, bitext.Source, swappedBeads), [.. order]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
