using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>Reads translation units from the rows of a CSV or TSV table.</summary>
internal static class UnitRows
{
    public static IEnumerable<TranslationUnit> Read(Stream input, string name, DelimitedText.Dialect dialect, Language sourceLanguage, Language targetLanguage, TextEncoding encoding)
    {
        using var rows = DelimitedText.Open(input, name, dialect, encoding);
        var row = 0;
        foreach (var record in rows.Records([UnitColumns.Source, UnitColumns.Target]))
        {
            row++;
            var source = record.Value(UnitColumns.Source);
            var target = record.Value(UnitColumns.Target);
            if (source.Length == 0 || target.Length == 0)
            {
                var side = source.Length == 0 ? "source" : "target";
                var problem = record.Fields.Length < 2 ? $"has {record.Fields.Length} column; a unit needs a source and a target"
                    : $"has an empty {side}";
                throw new InputException(name, record.Line, 1, problem);
            }

            TranslationUnit unit;
            try
            {
                unit = UnitColumns.FromValues(
                    record.Value, new Segment(sourceLanguage, source), new Segment(targetLanguage, target), $"{Path.GetFileName(name)}#{row}");
            }
            catch (FormatException e)
            {
                throw new InputException(name, record.Line, 1, e.Message, e);
            }

            yield return unit;
        }
    }
}
