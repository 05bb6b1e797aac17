using System.Text;
using Alignment.Aligning;
using Alignment.Documents.Word;
using Alignment.Segmentation;

namespace Alignment.Interchange;

/// <summary>
/// The units a CAT tool needs to find a sentence of a Word file whose segment holds inline tags: where runs of
/// different formatting meet (a bold speaker label, a figure LibreOffice set in a run of its own) or a note is referred
/// to. OmegaT's Word filter (3.6) makes all the markup between two pieces of a paragraph's text one tag, written
/// <c>&lt;t0/&gt;</c> (named after the <c>w:t</c> element that closes the text before it), numbers the tags of a
/// paragraph from 0 in order (a tab starts a new paragraph for it), and leaves out the tags at a paragraph's edges; a
/// note reference at a paragraph's end is so left out with its marker. Its exact match takes a memory's unit only
/// where the unit's text equals the segment's, tags included.
/// </summary>
/// <remarks>
/// The tags are written as text, as OmegaT writes them in its own project memory: by default OmegaT reads a TMX in
/// <c>tm/auto</c> at level 1, keeping only the text outside inline codes, so a tag written as a TMX code
/// (<c>&lt;ph&gt;</c>, <c>&lt;bpt&gt;</c>) never reaches the segment (it does only with two preferences set that are
/// off by default: level-2 tags and XML-compliant tags). Such units carry the <c>x-tags</c> property, and
/// <see cref="TmxReader"/> does not read them back: they restate a unit of the file in the form one tool segments it.
/// For <em>Remove tags</em>, where the tool shows no tags and no note markers, a unit of the text without the markers
/// is written too. All come just before the unit they restate, so that where a segment equals that unit's text (the
/// tool takes the last of several exact matches) the unit still fills it.
/// </remarks>
internal static class WordTagUnits
{
    /// <summary>The value of <c>x-tags</c> on a unit whose text holds the tool's tags.</summary>
    public const string Tagged = "omegat";

    /// <summary>
    /// The value of <c>x-tags</c> on a unit whose text is the tool's segment without tags: its note markers left out
    /// (a tool removing tags shows none), or its label, where a tab sets the label off and the tool cuts it off.
    /// </summary>
    public const string Plain = "none";

    /// <summary>For each bead's unit, the units to go just before it (none for most).</summary>
    public static Dictionary<TranslationUnit, List<TranslationUnit>> UnitsOf(Bitext bitext, TranslationUnit?[] byBead)
    {
        var before = new Dictionary<TranslationUnit, List<TranslationUnit>>(ReferenceEqualityComparer.Instance);
        if (bitext.Source.Document.InlineCodes.Count == 0 && bitext.Target.Document.InlineCodes.Count == 0)
        {
            return before;
        }

        var pairs = bitext.Pairs;
        for (var b = 0; b < pairs.Count; b++)
        {
            if (byBead[b] is not { } unit)
            {
                continue;
            }

            var source = Forms(bitext.Source, pairs[b].Source, unit.Source.Text);
            var target = Forms(bitext.Target, pairs[b].Target, unit.Target.Text);
            var units = new List<TranslationUnit>();
            if (source.Tagged is { } taggedSource && target.Tagged is { } taggedTarget && TagsOf(taggedSource).SetEquals(TagsOf(taggedTarget)))
            {
                units.Add(Restated(unit, ".tags", taggedSource, taggedTarget, Tagged));
            }
            else
            {
                if (source.Tagged is { } sourceOnly)
                {
                    units.Add(Restated(unit, ".tags", sourceOnly, target.Untagged ?? unit.Target.Text, Tagged));
                }

                if (target.Tagged is { } targetOnly)
                {
                    units.Add(Restated(unit, ".tags2", source.Untagged ?? unit.Source.Text, targetOnly, Tagged));
                }
            }

            if (source.Untagged is not null || target.Untagged is not null)
            {
                units.Add(Restated(unit, ".notags", source.Untagged ?? unit.Source.Text, target.Untagged ?? unit.Target.Text, Plain));
            }

            if (units.Count > 0)
            {
                before[unit] = units;
            }
        }

        return before;
    }

    private static TranslationUnit Restated(TranslationUnit unit, string suffix, string source, string target, string form) => unit with
    {
        Id = unit.Id + suffix,
        Source = unit.Source with { Text = source, Markup = string.Empty },
        Target = unit.Target with { Text = target, Markup = string.Empty },
        Properties = [.. unit.Properties, new(TmxConventions.Tags, form)],
    };

    private static HashSet<string> TagsOf(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "<t[0-9]+/>").Select(m => m.Value)];

    /// <summary>
    /// The side's unit text as the tool shows it with tags, and without tags or note markers; each null where it is the
    /// unit's text as it is, or where the side's text is not the document's as it stands (lines joined).
    /// </summary>
    private static (string? Tagged, string? Untagged) Forms(SegmentedDocument document, Side side, string unitText)
    {
        var codes = document.Document.InlineCodes;
        var text = document.Document.Text;
        var (start, end) = (side.Offsets.Start, side.Offsets.End);
        if (codes.Count == 0 || side.Text.Length == 0 || !unitText.EndsWith(side.Text, StringComparison.Ordinal)
            || end > text.Length || !text.AsSpan(start, end - start).SequenceEqual(side.Text))
        {
            return (null, null);
        }

        // A tag in the white space before a sentence opens the tool's next segment.
        var from = start;
        while (from > 0 && text[from - 1] is ' ' or '\u3000')
        {
            from--;
        }

        var first = FirstAtOrAfter(codes, from);
        if (first == codes.Count || codes[first].Offset >= end)
        {
            return (null, null);
        }

        // A tab between the label and the text cuts the label off: the tool's segment starts at the text.
        var prefix = unitText[..^side.Text.Length];
        var cut = prefix.Length > 0 && codes[first] is { Cuts: true } tab && tab.Offset < start;
        var tagged = new StringBuilder(cut ? string.Empty : prefix);
        var untagged = new StringBuilder(cut ? string.Empty : prefix);
        var at = start;
        var (tags, markers) = (false, false);
        for (var i = first; i < codes.Count && codes[i].Offset < end; i++)
        {
            var code = codes[i];
            if (code.Cuts)
            {
                continue;
            }

            var offset = Math.Max(code.Offset, start);
            tagged.Append(text, at, offset - at);
            untagged.Append(text, at, offset - at);
            if (code.Number is { } number)
            {
                tagged.Append("<t").Append(number).Append("/>");
                tags = true;
            }

            var skipped = Math.Max(0, Math.Min(code.Offset + code.Length, end) - offset);
            markers |= skipped > 0;
            at = offset + skipped;
        }

        tagged.Append(text, at, end - at);
        untagged.Append(text, at, end - at);
        return (tags ? tagged.ToString() : null, markers || cut ? untagged.ToString() : null);
    }

    private static int FirstAtOrAfter(IReadOnlyList<InlineCode> codes, int offset)
    {
        int low = 0, high = codes.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (codes[middle].Offset < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
