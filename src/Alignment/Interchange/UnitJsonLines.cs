using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>Translation units as JSON Lines: one object per line, the table's fields plus the two languages.</summary>
internal static class UnitJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese stays readable in the file; JSON Lines are data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Stream output, IEnumerable<TranslationUnit> units)
    {
        var buffered = new BufferedStream(output, 1 << 16);
        using var json = new Utf8JsonWriter(buffered, WriterOptions);
        foreach (var unit in units)
        {
            json.WriteStartObject();
            json.WriteString(UnitColumns.Source, unit.Source.Text);
            json.WriteString(UnitColumns.Target, unit.Target.Text);
            json.WriteString(UnitColumns.SourceLanguage, unit.Source.Language.Tag);
            json.WriteString(UnitColumns.TargetLanguage, unit.Target.Language.Tag);
            json.WriteString(UnitColumns.Id, unit.Id);
            json.WriteString(UnitColumns.Document, unit.Provenance.Document);
            json.WriteString(UnitColumns.Path, unit.Provenance.Path);
            json.WriteString(UnitColumns.Bead, TmxConventions.FormatBead(unit.Provenance.BeadType));
            json.WriteNumber(UnitColumns.Confidence, Math.Round(unit.Provenance.Confidence, 3));
            json.WriteString(UnitColumns.Origin, TmxConventions.FormatOrigin(unit.Origin));
            json.WriteString(UnitColumns.Created, TmxConventions.FormatIsoDate(unit.Created));
            json.WriteEndObject();
            json.Flush();
            buffered.WriteByte((byte)'\n');
            json.Reset();
        }

        buffered.Flush();
    }

    public static IEnumerable<TranslationUnit> Read(Stream input, string name, Language sourceLanguage, Language targetLanguage)
    {
        using var lines = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var lineNumber = 0;
        var row = 0;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            row++;
            yield return UnitOf(line, name, lineNumber, $"{Path.GetFileName(name)}#{row}", sourceLanguage, targetLanguage);
        }
    }

    private static TranslationUnit UnitOf(string line, string name, int lineNumber, string defaultId, Language sourceLanguage, Language targetLanguage)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InputException(name, lineNumber, (int)(e.BytePositionInLine ?? 0) + 1, $"is not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(name, lineNumber, 1, "holds no JSON object; each line must be one unit");
            }

            var root = document.RootElement;
            try
            {
                string Value(string field) => root.TryGetProperty(field, out var value) ? Text(value, field) : string.Empty;
                var source = Value(UnitColumns.Source);
                var target = Value(UnitColumns.Target);
                if (source.Length == 0 || target.Length == 0)
                {
                    throw new FormatException($"the unit has no {(source.Length == 0 ? "source" : "target")}");
                }

                var sourceTag = LanguageOf(Value(UnitColumns.SourceLanguage), sourceLanguage);
                var targetTag = LanguageOf(Value(UnitColumns.TargetLanguage), targetLanguage);
                return UnitColumns.FromValues(Value, new Segment(sourceTag, source), new Segment(targetTag, target), defaultId);
            }
            catch (FormatException e)
            {
                throw new InputException(name, lineNumber, 1, e.Message, e);
            }
        }
    }

    private static string Text(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => string.Empty,
        _ => throw new FormatException($"the field '{field}' is {value.ValueKind.ToString().ToLowerInvariant()}, not text"),
    };

    /// <summary>The language a line names, which must be a variant of the one requested.</summary>
    private static Language LanguageOf(string tag, Language requested)
    {
        if (tag.Length == 0)
        {
            return requested;
        }

        if (!Language.TryParse(tag, out var language))
        {
            throw new FormatException($"'{tag}' is not a language tag");
        }

        return language.IsSameLanguageAs(requested) ? language
            : throw new FormatException($"the unit is in {language}, where {requested} was expected");
    }
}
