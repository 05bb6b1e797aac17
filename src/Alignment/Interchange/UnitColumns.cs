namespace Alignment.Interchange;

/// <summary>The columns of a unit table and how their values are written and read back.</summary>
internal static class UnitColumns
{
    public const string Source = "source";
    public const string Target = "target";
    public const string Id = "id";
    public const string Document = "document";
    public const string Path = "path";
    public const string Bead = "bead";
    public const string Confidence = "confidence";
    public const string Origin = "origin";
    public const string Created = "created";
    public const string SourceLanguage = "sourceLanguage";
    public const string TargetLanguage = "targetLanguage";

    /// <summary>The columns of CSV and TSV, in order.</summary>
    public static readonly string[] All = [Source, Target, Id, Document, Path, Bead, Confidence, Origin, Created];

    /// <summary>The values of <see cref="All"/> for one unit.</summary>
    public static string[] ValuesOf(TranslationUnit unit) =>
    [
        unit.Source.Text,
        unit.Target.Text,
        unit.Id,
        unit.Provenance.Document,
        unit.Provenance.Path,
        TmxConventions.FormatBead(unit.Provenance.BeadType),
        TmxConventions.FormatConfidence(unit.Provenance.Confidence),
        TmxConventions.FormatOrigin(unit.Origin),
        TmxConventions.FormatIsoDate(unit.Created),
    ];

    /// <summary>
    /// Builds a unit from the values of a row, looked up by column name (absent columns read as empty). A value that
    /// cannot be read is reported as a problem instead.
    /// </summary>
    public static TranslationUnit FromValues(Func<string, string> value, Segment source, Segment target, string defaultId)
    {
        var id = value(Id);
        if (!TmxConventions.TryParseBead(value(Bead), out var bead))
        {
            throw new FormatException($"the bead '{value(Bead)}' is not a bead type such as 1-1 or 2-1");
        }

        var confidence = 1.0;
        if (value(Confidence).Length > 0 && !TmxConventions.TryParseConfidence(value(Confidence), out confidence))
        {
            throw new FormatException($"the confidence '{value(Confidence)}' is not a number from 0 to 1");
        }

        var origin = UnitOrigin.Imported;
        if (value(Origin).Length > 0 && !TmxConventions.TryParseOrigin(value(Origin), out origin))
        {
            throw new FormatException($"the origin '{value(Origin)}' is not {TmxConventions.OriginNames}");
        }

        if (!TmxConventions.TryParseIsoDate(value(Created), out var created))
        {
            throw new FormatException($"the date '{value(Created)}' is not an ISO 8601 date such as 2021-04-06T09:30:00Z");
        }

        return new TranslationUnit(id.Length > 0 ? id : defaultId, source, target)
        {
            Created = created,
            Origin = origin,
            Provenance = new Provenance(value(Document), value(Path), bead, confidence),
        };
    }
}
