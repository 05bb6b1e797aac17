namespace Alignment.Interchange;

/// <summary>A record of delimited text whose fields are found by column name (<see cref="DelimitedText.Records"/>).</summary>
internal readonly struct DelimitedRecord(string[] fields, IReadOnlyDictionary<string, int> columns, int line)
{
    /// <summary>The record's fields in file order.</summary>
    public string[] Fields => fields;

    /// <summary>The line where the record starts, from 1.</summary>
    public int Line => line;

    /// <summary>The field of <paramref name="column"/> as written, or empty when the record has no such column.</summary>
    public string Value(string column) => columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i] : string.Empty;
}
