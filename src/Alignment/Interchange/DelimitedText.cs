using System.Globalization;
using System.Text;
using Alignment.Documents;
using Alignment.Documents.Reading;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Interchange;

/// <summary>
/// The delimited-text dialects this library reads and writes (CSV, TSV, OmegaT's tab-separated glossaries), kept in
/// one place so that every table of units or terms quotes, comments and reports errors alike.
/// </summary>
internal sealed class DelimitedText : IDisposable
{
    private readonly CsvParser parser;
    private readonly string name;
    private readonly bool strayQuotesAreText;
    private string? badField;
    private bool atStart = true;

    private DelimitedText(TextReader input, string name, Dialect dialect)
    {
        this.name = name;
        strayQuotesAreText = dialect == Dialect.Tsv;
        parser = new CsvParser(input, Configuration(dialect) with
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = args => badField ??= args.Field,
        });
    }

    /// <summary>The flavours of delimited text.</summary>
    public enum Dialect
    {
        /// <summary>RFC 4180: comma-separated, fields quoted when needed.</summary>
        Csv,

        /// <summary>RFC 4180 quoting with tabs, as spreadsheets save "Unicode text"; a quote inside an unquoted field is text.</summary>
        Tsv,

        /// <summary>OmegaT glossaries: tab-separated, never quoted, <c>#</c> starts a comment line.</summary>
        OmegaT,
    }

    /// <summary>The line where the current record starts, from 1.</summary>
    public int Line { get; private set; }

    /// <summary>
    /// Reads delimited text from <paramref name="input"/>, which stays open. A stream that can seek, read from its
    /// start, is decoded as documents are: its encoding detected, so that a table a spreadsheet saved in UTF-16 or
    /// GB18030 reads as its text. Any other stream is UTF-8 unless it starts with another byte order mark. Bytes that
    /// are not text in the encoding stop the read: in a memory they would stay as noise. An <paramref name="encoding"/>
    /// other than <see cref="TextEncoding.Auto"/> is taken as given, for a table too short to tell its encoding by.
    /// </summary>
    /// <exception cref="InputException">The input is not text, or not valid in any encoding that is detected.</exception>
    public static DelimitedText Open(Stream input, string name, Dialect dialect, TextEncoding encoding) => new(Decoded(input, name, encoding), name, dialect);

    /// <summary>Writes records in <paramref name="dialect"/> to <paramref name="output"/> as UTF-8, which stays open.</summary>
    public static void Write(Stream output, Dialect dialect, IEnumerable<string[]> records)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var writer = new CsvWriter(text, Configuration(dialect) with { NewLine = "\n" });
        foreach (var record in records)
        {
            foreach (var field in record)
            {
                writer.WriteField(dialect == Dialect.OmegaT ? Unbroken(field) : field);
            }

            writer.NextRecord();
        }
    }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    /// <exception cref="InputException">The record's quoting is broken.</exception>
    public bool TryRead(out string[] fields)
    {
        fields = [];
        badField = null;
        try
        {
            if (!parser.Read())
            {
                return false;
            }
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(name, "is not valid UTF-8: save it as UTF-8", e);
        }

        var record = parser.Record ?? [];
        Line = StartLine(record);
        if (atStart && record.Length > 0)
        {
            // The reader takes one byte-order mark; a file saved twice with one (an editor adding its own) has a
            // second, which would stick to the first cell and keep a header from being recognised.
            record[0] = record[0].TrimStart('\uFEFF');
            atStart = false;
        }

        if (badField is { } bad && !(strayQuotesAreText && !bad.StartsWith('"')))
        {
            var problem = bad.StartsWith('"') ? "a quoted field that is not closed properly" : "a quote inside an unquoted field";
            throw new InputException(name, Line, 1, $"has broken quoting ({problem}; a field that holds quotes must be quoted, with each quote doubled)");
        }

        fields = record;
        return true;
    }

    /// <summary>
    /// The records that hold data, blank ones skipped. Unless <paramref name="headerAllowed"/> is false, a first record
    /// naming both of the first two <paramref name="columns"/> (in any case) is a header that names the columns;
    /// otherwise the columns are <paramref name="columns"/> in order.
    /// </summary>
    /// <exception cref="InputException">A record's quoting is broken.</exception>
    public IEnumerable<DelimitedRecord> Records(IReadOnlyList<string> columns, bool headerAllowed = true)
    {
        var named = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            named[columns[i]] = i;
        }

        var first = true;
        while (TryRead(out var fields))
        {
            if (first && headerAllowed && Names(fields, columns[0]) && Names(fields, columns[1]))
            {
                named.Clear();
                for (var i = 0; i < fields.Length; i++)
                {
                    named.TryAdd(fields[i].Trim(), i);
                }

                first = false;
                continue;
            }

            first = false;
            if (!fields.All(string.IsNullOrWhiteSpace))
            {
                yield return new DelimitedRecord(fields, named, Line);
            }
        }
    }

    public void Dispose() => parser.Dispose();

    private static TextReader Decoded(Stream input, string name, TextEncoding encoding) =>
        input.CanSeek && input.Position == 0
            ? new StringReader(TextDecoder.Decode(input, input.Length, name, ReaderOptions.Default with { Encoding = encoding }).Text)
            : new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);

    private static bool Names(string[] fields, string column) => fields.Any(f => f.Trim().Equals(column, StringComparison.OrdinalIgnoreCase));

    private static CsvConfiguration Configuration(Dialect dialect) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = dialect == Dialect.Csv ? "," : "\t",
        DetectDelimiter = false,
        Mode = dialect == Dialect.OmegaT ? CsvMode.NoEscape : CsvMode.RFC4180,
        AllowComments = dialect == Dialect.OmegaT,
        Comment = '#',
    };

    /// <summary>
    /// The parser counts the line where a record ends; the record's own line breaks lead back to where it starts. A
    /// record whose quote never closes has swallowed its final line break, which the parser has counted already.
    /// </summary>
    private int StartLine(string[] record)
    {
        var raw = parser.RawRecord;
        var breaks = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        var terminated = raw.Length > 0 && raw[^1] is '\n' or '\r' && !(record.Length > 0 && record[^1].EndsWith('\n'));
        return Math.Max(1, parser.RawRow - breaks + (terminated ? 1 : 0));
    }

    /// <summary>OmegaT cannot quote, so a tab or line break inside a term would break its line; a space keeps the term readable.</summary>
    private static string Unbroken(string field) =>
        field.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? field
            : string.Join(' ', field.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
