using System.Globalization;
using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>
/// What this library writes into a TMX beyond the standard: the <c>x-</c> property types that carry a unit's
/// provenance, origin and context, and the value formats shared by every interchange format.
/// </summary>
internal static class TmxConventions
{
    public const string Document = "x-document";
    public const string Path = "x-path";
    public const string Location = "x-location";
    public const string Bead = "x-bead";
    public const string Confidence = "x-confidence";
    public const string Origin = "x-origin";
    public const string PreviousSource = "x-context-prev";
    public const string NextSource = "x-context-next";

    /// <summary>
    /// On a unit cut from a bead at a clause boundary (see <see cref="ClauseSplits"/>), which part of how many it is:
    /// <c>1/2</c>. Kept among the unit's <see cref="TranslationUnit.Properties"/>.
    /// </summary>
    public const string Split = "x-split";

    /// <summary>
    /// On a unit for one piece of a sentence that a CAT tool's rules cut, after an abbreviation they do not know or
    /// before a closing bracket (see <see cref="SentenceCuts"/>), which piece of how many it is: <c>2/3</c>. Such a unit restates its sentence's
    /// unit for the tool's segments and is not read back. Kept among the unit's <see cref="TranslationUnit.Properties"/>.
    /// </summary>
    public const string Cut = "x-cut";

    /// <summary>
    /// On a unit of one cell of a table row's unit (see <see cref="TableCells"/>), which column of how many it is:
    /// <c>1/4</c>. Kept among the unit's <see cref="TranslationUnit.Properties"/>.
    /// </summary>
    public const string Cell = "x-cell";

    /// <summary>
    /// On a unit made so that a CAT tool translating from the target language finds a block's label segmented as it
    /// segments it (see <see cref="LabelSegments"/>): <c>without</c> or <c>with</c> the labels, or <c>only</c> the labels.
    /// Kept among the unit's <see cref="TranslationUnit.Properties"/>.
    /// </summary>
    public const string Label = "x-label";

    /// <summary>
    /// On a unit that restates another in the form a CAT tool segments a Word file in (see <see cref="WordTagUnits"/>):
    /// <c>omegat</c> where its text holds OmegaT's inline tags as text, <c>removed</c> where it leaves note markers out.
    /// Kept among the unit's <see cref="TranslationUnit.Properties"/>.
    /// </summary>
    public const string Tags = "x-tags";

    /// <summary>
    /// On a unit that restates one or more sentence units as a CAT tool segments a plain-text document, its line breaks
    /// kept or several sentences in one segment (see <see cref="CatSegments"/> and <see cref="TargetSegments"/>):
    /// <c>source</c> for the source document's segments, <c>target</c> for the target's. Such a unit serves the tool's
    /// exact matches and is not read back. Kept among the unit's <see cref="TranslationUnit.Properties"/>.
    /// </summary>
    public const string Segment = "x-segment";

    /// <summary>The TMX date format, <c>YYYYMMDDThhmmssZ</c>, always in UTC.</summary>
    public static string FormatTmxDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static readonly string[] DateFormats =
        ["yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd'T'HHmmss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Reads a TMX date, also in the ISO 8601 forms that some tools write instead.</summary>
    public static bool TryParseTmxDate(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(
            text.Trim(),
            DateFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out date);

    /// <summary>Dates in tables: ISO 8601 in UTC to the second; empty for a date that is not known.</summary>
    public static string FormatIsoDate(DateTimeOffset date) =>
        date == DateTimeOffset.UnixEpoch ? string.Empty
            : date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads a table date; an empty one is the unknown date, <see cref="DateTimeOffset.UnixEpoch"/>.</summary>
    public static bool TryParseIsoDate(string text, out DateTimeOffset date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = DateTimeOffset.UnixEpoch;
            return true;
        }

        return TryParseTmxDate(text, out date);
    }

    /// <summary>Confidence with two or three decimals, whatever the current culture.</summary>
    public static string FormatConfidence(double confidence) => confidence.ToString("0.00#", CultureInfo.InvariantCulture);

    public static bool TryParseConfidence(string text, out double confidence) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out confidence)
        && confidence is >= 0 and <= 1;

    public static string FormatOrigin(UnitOrigin origin) => origin switch
    {
        UnitOrigin.Aligned => "aligned",
        UnitOrigin.Confirmed => "confirmed",
        UnitOrigin.Edited => "edited",
        _ => "imported",
    };

    /// <summary>The origins as written, for messages.</summary>
    public const string OriginNames = "aligned, confirmed, edited or imported";

    public static bool TryParseOrigin(string text, out UnitOrigin origin)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "aligned":
                origin = UnitOrigin.Aligned;
                return true;
            case "confirmed":
                origin = UnitOrigin.Confirmed;
                return true;
            case "edited":
                origin = UnitOrigin.Edited;
                return true;
            case "imported":
                origin = UnitOrigin.Imported;
                return true;
            default:
                origin = UnitOrigin.Imported;
                return false;
        }
    }

    /// <summary>A bead type as written, or empty for <see cref="BeadType.Unknown"/>.</summary>
    public static string FormatBead(BeadType bead) => bead == BeadType.Unknown ? string.Empty : bead.ToString();

    public static bool TryParseBead(string text, out BeadType bead)
    {
        bead = BeadType.Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            bead = BeadType.Parse(text.Trim());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
