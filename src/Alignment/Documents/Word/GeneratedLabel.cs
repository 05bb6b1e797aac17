using System.Text.RegularExpressions;
using Alignment.Documents.Reading;

namespace Alignment.Documents.Word;

/// <summary>
/// A label that list numbering generates, in a form the label parser reads. Word writes whatever a level's text and
/// number format make (<c>a)</c>, <c>1</c>, <c>Item 3:</c>); the label is no part of the paragraph's text
/// for a CAT tool, so only its structure matters to the reader: its number and whether it is bracketed. A label the
/// reader cannot read as one is left out rather than kept as text, so that no sentence starts with characters the
/// file does not hold.
/// </summary>
internal static partial class GeneratedLabel
{
    /// <summary>The label as the reader reads it before <paramref name="line"/>; empty when it cannot be read as a label there.</summary>
    public static string Readable(string label, string line)
    {
        if (Reads(label, line))
        {
            return label;
        }

        if (Shape().Match(label) is not { Success: true } shape)
        {
            return string.Empty;
        }

        var number = shape.Groups["n"].Value;
        var bracketed = shape.Groups["open"].Success || shape.Groups["close"].Value is ")" or "）";

        // A bare lower-case letter or Roman numeral is an item, as (a) and (ii) are written; a bare figure a paragraph's number.
        var written = bracketed || char.IsAsciiLetterLower(number[0]) ? $"({number})"
            : Numerals.TryParseChinese(number, out _) ? $"{number}、"
            : $"{number}.";
        return Reads(written, line) ? written : string.Empty;
    }

    private static bool Reads(string label, string line) =>
        LabelParser.Parse($"{label} {line}").Any(candidate => candidate.Written == label);

    [GeneratedRegex(@"^(?<open>[(（])?(?<n>[0-9]{1,4}|[a-z]{1,6}|[A-Z]{1,6}|[一二三四五六七八九十]{1,3})(?<close>[)）.．、])?$")]
    private static partial Regex Shape();
}
