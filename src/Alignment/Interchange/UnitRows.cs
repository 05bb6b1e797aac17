using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>Reads translation units from the rows of a CSV or TSV table.</summary>
internal static class UnitRows
{
    public static IEnumerable<TranslationUnit> Read(Stream input, string name, DelimitedText.Dialect dialect, Language sourceLanguage, Language targetLanguage)
    {
        using var rows = DelimitedText.Open(input, name, dialect);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { [UnitColumns.Source] = 0, [UnitColumns.Target] = 1 };
        var first = true;
        var row = 0;
        while (rows.TryRead(out var fields))
        {
            if (first && IsHeader(fields))
            {
                columns.Clear();
                for (var i = 0; i < fields.Length; i++)
                {
                    columns.TryAdd(fields[i].Trim(), i);
                }

                first = false;
                continue;
            }

            first = false;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            row++;
            string Value(string column) => columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i] : string.Empty;
            var source = Value(UnitColumns.Source);
            var target = Value(UnitColumns.Target);
            if (source.Length == 0 || target.Length == 0)
            {
                var side = source.Length == 0 ? "source" : "target";
                var problem = fields.Length < 2 ? $"has {fields.Length} column; a unit needs a source and a target"
                    : $"has an empty {side}";
                throw new InputException(name, rows.Line, 1, problem);
            }

            TranslationUnit unit;
            try
            {
                unit = UnitColumns.FromValues(
                    Value, new Segment(sourceLanguage, source), new Segment(targetLanguage, target), $"{Path.GetFileName(name)}#{row}");
            }
            catch (FormatException e)
            {
                throw new InputException(name, rows.Line, 1, e.Message, e);
            }

            yield return unit;
        }
    }

    private static bool IsHeader(string[] fields) =>
        fields.Any(f => f.Trim().Equals(UnitColumns.Source, StringComparison.OrdinalIgnoreCase))
        && fields.Any(f => f.Trim().Equals(UnitColumns.Target, StringComparison.OrdinalIgnoreCase));
}
