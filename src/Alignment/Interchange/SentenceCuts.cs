using System.Text.RegularExpressions;
using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>
/// Units for the segments a CAT tool cuts one of our sentences into. OmegaT's default rules (its
/// <c>defaultRules.srx</c>) break English after <c>.?!</c> before any white space, so
/// <c>Definition of the child (art. 1)</c> is two segments, <c>Definition of the child (art.</c> and <c>1)</c>, and
/// <c>(resolution 79/255, para. 9).</c> ends one segment at <c>para.</c>; the English rules keep together only a short
/// list of abbreviations (<c>Mr.</c>, <c>e.g.</c>, <c>No.</c> before a digit, a single capital's initial, …). They break
/// Chinese after <c>。？！</c> before anything but a closing quote or bracket of their short list, so
/// <c>[未经表决获得通过。]</c> is <c>[未经表决获得通过。</c> and <c>]</c>. No piece matches the sentence's unit, so the
/// tool fills none.
/// </summary>
/// <remarks>
/// The first piece gets the whole sentence's translation and each later piece that holds a word an empty one: the
/// tool then writes the translation once, where the sentence starts, and nothing for the rest of it, which is what the
/// translator would have typed after joining the segments. A later piece without a letter (<c>1)</c>, <c>8).</c>,
/// <c>]</c>) gets no unit: a list's label such as <c>1)</c> is a segment of its own too, and must never be translated
/// as nothing; the tool leaves it as it is written, so where the translation ends in the same characters the first
/// piece's translation leaves them out, and they are not written twice.
/// </remarks>
internal static partial class SentenceCuts
{
    /// <summary>
    /// Units for the pieces of every one-sentence side whose unit is in <paramref name="units"/> (by bead) and whose
    /// text the tool cuts, each with the id <c>{unit id}:{piece}</c>, the unit's provenance and an <c>x-cut</c>
    /// property (<c>2/3</c>); one list per sentence, to be written whole or not at all (a later piece's empty
    /// translation is right only where the first piece's unit carries the whole one).
    /// </summary>
    /// <param name="bitext">The alignment.</param>
    /// <param name="units">The unit of each bead, if it has one.</param>
    /// <param name="labelPrefixes">What each unit's cut side holds before the bead's text: its label as written, or nothing.</param>
    /// <param name="cutTheTarget">
    /// Cut the target's sentences, for a tool translating the other way (the first piece then carries the whole source);
    /// otherwise the source's.
    /// </param>
    public static IEnumerable<IReadOnlyList<TranslationUnit>> UnitsOf(
        Bitext bitext, IReadOnlyList<TranslationUnit?> units, IReadOnlyList<string> labelPrefixes, bool cutTheTarget)
    {
        var document = cutTheTarget ? bitext.Target : bitext.Source;
        for (var b = 0; b < bitext.Pairs.Count; b++)
        {
            var pair = bitext.Pairs[b];
            if (units[b] is not { } unit || Cut(document, cutTheTarget ? pair.Target : pair.Source, labelPrefixes[b]) is not { } pieces)
            {
                continue;
            }

            var translation = FirstPieceTranslation(cutTheTarget ? unit.Source.Text : unit.Target.Text, pieces);
            yield return [.. WithUnits(pieces).Select(i =>
            {
                var other = i == 0 ? translation : string.Empty;
                return unit with
                {
                    Id = $"{unit.Id}:{i + 1}",
                    Source = new Segment(unit.Source.Language, cutTheTarget ? other : pieces[i]),
                    Target = new Segment(unit.Target.Language, cutTheTarget ? pieces[i] : other),
                    Properties = [.. unit.Properties, KeyValuePair.Create(TmxConventions.Cut, $"{i + 1}/{pieces.Count}")],
                };
            })];
        }
    }

    /// <summary>
    /// The translation less what the tool leaves as written after the first piece where it ends in the same characters
    /// (the <c>]</c> of <c>[Adopted without a vote.]</c>), so it is not written twice.
    /// </summary>
    private static string FirstPieceTranslation(string translation, IReadOnlyList<string> pieces)
    {
        var kept = string.Concat(pieces.Skip(1).Reverse().TakeWhile(p => !p.Any(char.IsLetter)).Reverse());
        var trimmed = translation.TrimEnd();
        return kept.Length > 0 && trimmed.Length > kept.Length && trimmed.EndsWith(kept, StringComparison.Ordinal)
            ? trimmed[..^kept.Length]
            : translation;
    }

    /// <summary>The pieces that get a unit: the first, and each later one that holds a word.</summary>
    private static IEnumerable<int> WithUnits(IReadOnlyList<string> pieces) =>
        Enumerable.Range(0, pieces.Count).Where(i => i == 0 || pieces[i].Any(char.IsLetter));

    /// <summary>The pieces of a one-sentence side as the file writes it, where the tool cuts it; none where it does not.</summary>
    private static IReadOnlyList<string>? Cut(Segmentation.SegmentedDocument document, Side side, string labelPrefix)
    {
        var text = document.Document.Text;
        if (side.Sentences.Count != 1 || side.Offsets.End > text.Length || !text.AsSpan(side.Offsets.Start, side.Offsets.Length).SequenceEqual(side.Text))
        {
            return null; // only a sentence as the file writes it: a joined wrap is not what the tool reads either
        }

        var pieces = Pieces(labelPrefix + side.Text, document.Language, StartsLine(text, side.Offsets.Start - labelPrefix.Length));
        return pieces.Count > 1 ? pieces : null;
    }

    /// <summary>
    /// The segments the tool cuts <paramref name="sentence"/> into by the rules for <paramref name="language"/>, without
    /// the white space around them; the sentence alone when it cuts nothing. <paramref name="startsLine"/>: nothing but
    /// white space stands before it on its line, so an initial at its start (<c>A.</c>) has no space before it, which
    /// the English rules' exception for initials needs.
    /// </summary>
    internal static IReadOnlyList<string> Pieces(string sentence, Language language, bool startsLine)
    {
        var pieces = new List<string>();
        var start = 0;
        foreach (var at in language.IsChinese ? ChineseBreaks(sentence) : EnglishBreaks(sentence, startsLine))
        {
            pieces.Add(sentence[start..at].Trim());
            start = at;
        }

        pieces.Add(sentence[start..].Trim());
        pieces.RemoveAll(p => p.Length == 0);
        return pieces.Count == 0 ? [sentence] : pieces;
    }

    private static IEnumerable<int> EnglishBreaks(string sentence, bool startsLine) =>
        Stop().Matches(sentence).Select(end => end.Index + end.Length)
            .Where(at => at < sentence.Length && char.IsWhiteSpace(sentence[at]) && !Kept(sentence, at, startsLine));

    // The Chinese rules break after 。？！ before any character but the closing marks they list, and never after
    // 、,.． (which also keeps the default rules' full stop from breaking); the default rules still break after ? and !
    // before white space.
    private static IEnumerable<int> ChineseBreaks(string sentence) =>
        Enumerable.Range(1, sentence.Length - 1).Where(at =>
            ("。？！".Contains(sentence[at - 1], StringComparison.Ordinal) && !"’”\"」）』？—".Contains(sentence[at], StringComparison.Ordinal))
            || ("?!".Contains(sentence[at - 1], StringComparison.Ordinal) && char.IsWhiteSpace(sentence[at])));

    /// <summary>Whether one of the English rules' exceptions keeps the text together at <paramref name="at"/>.</summary>
    private static bool Kept(string sentence, int at, bool startsLine)
    {
        var before = (startsLine ? string.Empty : " ") + sentence[..at];
        var after = sentence[at..];
        return (KeptBeforeSpace().IsMatch(before) && char.IsWhiteSpace(after[0]))
            || (TimeOfDay().IsMatch(before) && LowerCaseNext().IsMatch(after))
            || (NumberSign().IsMatch(before) && DigitNext().IsMatch(after))
            || ((Etcetera().IsMatch(before) || Ellipsis().IsMatch(before)) && NotCapitalNext().IsMatch(after));
    }

    [GeneratedRegex(@"[.?!]+")]
    private static partial Regex Stop();

    // The English rules' abbreviations that hold before any white space, as the rules write them (case matters but for
    // e.g., i.e. and fig.; no word boundary before them, as in the rules).
    [GeneratedRegex(@"(?:Dr\.|U\.K\.|M\.|Mr\.|Mrs\.|Ms\.|Prof\.|(?i:e\.g\.)|(?i:i\.e\.)|resp\.|\stel\.|(?i:fig\.)|St\.|\s[A-Z]\.|Mt\.|[Aa]pprox\.|\d\smi?n\.|\d\ssec\.|\s[vV][sS]?\.)\z")]
    private static partial Regex KeptBeforeSpace();

    [GeneratedRegex(@"[apAP]\.?[mM]\.\z")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"No\.\z")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"etc\.\z")]
    private static partial Regex Etcetera();

    [GeneratedRegex(@"\.\.\.\z")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\A\s[a-z]")]
    private static partial Regex LowerCaseNext();

    [GeneratedRegex(@"\A\s\d")]
    private static partial Regex DigitNext();

    [GeneratedRegex(@"\A\s+\P{Lu}")]
    private static partial Regex NotCapitalNext();

    private static bool StartsLine(string text, int offset)
    {
        for (var i = Math.Min(offset, text.Length) - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (text[i] is not (' ' or '\t' or '\u00A0' or '\u3000' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
