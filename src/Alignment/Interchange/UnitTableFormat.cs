namespace Alignment.Interchange;

/// <summary>
/// The table formats for translation units, with the columns <c>source</c>, <c>target</c>, <c>id</c>, <c>document</c>,
/// <c>path</c>, <c>bead</c>, <c>confidence</c>, <c>origin</c> and <c>created</c>.
/// </summary>
public enum UnitTableFormat
{
    /// <summary>Comma-separated values (RFC 4180) with a header row.</summary>
    Csv,

    /// <summary>Tab-separated values with a header row; fields that hold tabs, line breaks or quotes are quoted as in CSV.</summary>
    Tsv,

    /// <summary>JSON Lines: one JSON object per unit, with the table's fields plus <c>sourceLanguage</c> and <c>targetLanguage</c>.</summary>
    Jsonl,
}
