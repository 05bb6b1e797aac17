using System.Globalization;
using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>Glossary entries as rows of delimited text: CSV, TSV and OmegaT's tab-separated files.</summary>
internal static class GlossaryRows
{
    private const string Source = "source";
    private const string Target = "target";
    private const string Comment = "comment";
    private const string Occurrences = "occurrences";
    private const string Confidence = "confidence";

    public static void Write(Stream output, IReadOnlyList<GlossaryEntry> entries, DelimitedText.Dialect dialect)
    {
        if (dialect == DelimitedText.Dialect.OmegaT)
        {
            DelimitedText.Write(output, dialect, entries.Select(e =>
                e.Comment.Length == 0 ? new[] { e.SourceTerm, e.TargetTerm } : [e.SourceTerm, e.TargetTerm, e.Comment]));
            return;
        }

        DelimitedText.Write(output, dialect, [[Source, Target, Comment, Occurrences, Confidence], .. entries.Select(e => new[]
        {
            e.SourceTerm,
            e.TargetTerm,
            e.Comment,
            e.Occurrences == 0 ? string.Empty : e.Occurrences.ToString(CultureInfo.InvariantCulture),
            TmxConventions.FormatConfidence(e.Confidence),
        })]);
    }

    public static IReadOnlyList<GlossaryEntry> Read(Stream input, string name, DelimitedText.Dialect dialect)
    {
        using var rows = DelimitedText.Open(input, name, dialect, TextEncoding.Auto);
        var entries = new List<GlossaryEntry>();
        foreach (var record in rows.Records([Source, Target, Comment], headerAllowed: dialect != DelimitedText.Dialect.OmegaT))
        {
            string Value(string column) => record.Value(column).Trim();
            var source = Value(Source);
            var target = Value(Target);
            if (source.Length == 0 || target.Length == 0)
            {
                var problem = record.Fields.Length < 2 ? "has only one column; an entry needs a source term and a target term"
                    : $"has an empty {(source.Length == 0 ? "source" : "target")} term";
                throw new InputException(name, record.Line, 1, problem);
            }

            var occurrences = 0;
            if (Value(Occurrences).Length > 0
                && !int.TryParse(Value(Occurrences), NumberStyles.None, CultureInfo.InvariantCulture, out occurrences))
            {
                throw new InputException(name, record.Line, 1, $"the occurrences '{Value(Occurrences)}' are not a whole number");
            }

            var confidence = 1.0;
            if (Value(Confidence).Length > 0 && !TmxConventions.TryParseConfidence(Value(Confidence), out confidence))
            {
                throw new InputException(name, record.Line, 1, $"the confidence '{Value(Confidence)}' is not a number from 0 to 1");
            }

            entries.Add(new GlossaryEntry(source, target) { Comment = Value(Comment), Occurrences = occurrences, Confidence = confidence });
        }

        return entries;
    }
}
