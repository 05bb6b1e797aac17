using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>
/// Translation units as a table: CSV, TSV or JSON Lines, for spreadsheets, scripts and corpus tools. Written with the
/// columns of <see cref="UnitTableFormat"/>; read back from our own tables or from any table whose first two columns
/// are the source and the target text.
/// </summary>
public static class UnitTable
{
    /// <summary>Writes <paramref name="units"/> to <paramref name="path"/>, replacing it only once the table is complete.</summary>
    public static void Write(string path, IEnumerable<TranslationUnit> units, UnitTableFormat format) =>
        AtomicFile.Write(path, stream => Write(stream, units, format));

    /// <summary>Writes <paramref name="units"/> to <paramref name="output"/> as UTF-8, one row at a time; the stream stays open.</summary>
    public static void Write(Stream output, IEnumerable<TranslationUnit> units, UnitTableFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(units);
        switch (format)
        {
            case UnitTableFormat.Jsonl:
                UnitJsonLines.Write(output, units);
                break;
            default:
                DelimitedText.Write(output, DialectOf(format), [UnitColumns.All, .. units.Select(UnitColumns.ValuesOf)]);
                break;
        }
    }

    /// <summary>
    /// Reads the units of a table, as they are enumerated. CSV and TSV: a header row that names the columns
    /// <c>source</c> and <c>target</c> maps every known column by name (others are ignored); without one, the first column
    /// is the source and the second the target. JSON Lines: one object per line with at least <c>source</c> and <c>target</c>.
    /// Units without an <c>origin</c> are <see cref="UnitOrigin.Imported"/>; those without an <c>id</c> get
    /// <c>{file name}#{row}</c>.
    /// </summary>
    /// <param name="path">The table file.</param>
    /// <param name="format">Its format.</param>
    /// <param name="sourceLanguage">The language of the source column (a JSON line may name a variant of it).</param>
    /// <param name="targetLanguage">The language of the target column.</param>
    /// <exception cref="InputException">
    /// While enumerating: the file is missing, or a row is bad (a missing or empty source or target, broken quoting,
    /// a value that does not read), naming the line.
    /// </exception>
    public static IEnumerable<TranslationUnit> Read(string path, UnitTableFormat format, Language sourceLanguage, Language targetLanguage) =>
        Read(path, format, sourceLanguage, targetLanguage, TextEncoding.Auto);

    /// <summary>
    /// Reads the units of a table file in a given encoding, for a CSV or TSV file too short to tell its encoding by;
    /// see <see cref="Read(string, UnitTableFormat, Language, Language)"/>. JSON Lines are UTF-8 whatever is given.
    /// </summary>
    /// <param name="path">The table file.</param>
    /// <param name="format">Its format.</param>
    /// <param name="sourceLanguage">The language of the source column.</param>
    /// <param name="targetLanguage">The language of the target column.</param>
    /// <param name="encoding">The file's encoding, or <see cref="TextEncoding.Auto"/> to detect it.</param>
    /// <exception cref="InputException">
    /// While enumerating: the file is missing, is not text in the encoding, or a row is bad, naming the line.
    /// </exception>
    public static IEnumerable<TranslationUnit> Read(string path, UnitTableFormat format, Language sourceLanguage, Language targetLanguage, TextEncoding encoding)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(encoding);
        return ReadFile(path, format, sourceLanguage, targetLanguage, encoding);
    }

    /// <summary>Reads the units of a table from <paramref name="input"/>, which stays open; see <see cref="Read(string, UnitTableFormat, Language, Language)"/>.</summary>
    /// <param name="input">The table.</param>
    /// <param name="name">A name for the input in error messages, usually its file name.</param>
    /// <param name="format">Its format.</param>
    /// <param name="sourceLanguage">The language of the source column.</param>
    /// <param name="targetLanguage">The language of the target column.</param>
    public static IEnumerable<TranslationUnit> Read(Stream input, string name, UnitTableFormat format, Language sourceLanguage, Language targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        return format == UnitTableFormat.Jsonl
            ? UnitJsonLines.Read(input, name, sourceLanguage, targetLanguage)
            : UnitRows.Read(input, name, DialectOf(format), sourceLanguage, targetLanguage, TextEncoding.Auto);
    }

    /// <summary>Opens the file only once enumeration starts, so that an enumeration never started leaves no file open.</summary>
    private static IEnumerable<TranslationUnit> ReadFile(string path, UnitTableFormat format, Language source, Language target, TextEncoding encoding)
    {
        using var stream = InputFile.Open(path);
        var units = format == UnitTableFormat.Jsonl
            ? UnitJsonLines.Read(stream, path, source, target)
            : UnitRows.Read(stream, path, DialectOf(format), source, target, encoding);
        foreach (var unit in units)
        {
            yield return unit;
        }
    }

    private static DelimitedText.Dialect DialectOf(UnitTableFormat format) =>
        format == UnitTableFormat.Tsv ? DelimitedText.Dialect.Tsv : DelimitedText.Dialect.Csv;
}
