using Alignment.Aligning;
using Alignment.Interchange;
using Alignment.Memory;

namespace Alignment.Cli.CommandLine;

/// <summary>Writes an alignment in the format its file name asks for; every file is written atomically.</summary>
internal static class AlignmentOutput
{
    public const string Formats = ".tmx, .tsv, .csv, .jsonl or .beads";

    /// <summary>Why an alignment cannot be written to <paramref name="path"/>, or null when its format is known.</summary>
    public static string? FormatProblem(string path) =>
        FileFormats.Of(path) is FileFormat.Tmx or FileFormat.Tsv or FileFormat.Csv or FileFormat.Jsonl or FileFormat.Beads ? null
            : $"cannot tell the format of '{path}': use {Formats}";

    /// <summary>
    /// Writes <paramref name="bitext"/> to <paramref name="path"/>; returns the number of records written. Units below
    /// <paramref name="minConfidence"/> are left out; a bead file keeps every bead, as the evaluation scripts need.
    /// Without <paramref name="segments"/>, a TMX, which CAT tools read, also gets the segments they cut the source into.
    /// </summary>
    public static int Write(string path, Bitext bitext, LabelPolicy labels, UnitSegments? segments = null, double minConfidence = 0)
    {
        var options = new AlignedUnitOptions
        {
            Labels = labels,
            Segments = segments ?? (FileFormats.Of(path) == FileFormat.Tmx ? UnitSegments.SentencesAndCatSegments : UnitSegments.Sentences),
        };
        return Write(path, bitext, () => [.. AlignedUnits.From(bitext, options).Where(new UnitSelection { MinimumConfidence = minConfidence }.Includes)]);
    }

    /// <summary>
    /// Writes an alignment to <paramref name="path"/> as the units made from it (<paramref name="units"/>, made only when
    /// the format needs them), or as its beads; returns the number of records written.
    /// </summary>
    public static int Write(string path, Bitext bitext, Func<IReadOnlyList<TranslationUnit>> units)
    {
        var format = FileFormats.Of(path);
        if (format == FileFormat.Beads)
        {
            AtomicFile.WriteText(path, writer => writer.Write(BeadFile.Format(bitext.Beads)));
            return bitext.Beads.Count;
        }

        return Write(path, format, units(), bitext.Source.Language);
    }

    private static int Write(string path, FileFormat format, IReadOnlyList<TranslationUnit> units, Documents.Language sourceLanguage)
    {
        switch (format)
        {
            case FileFormat.Tmx:
                return AtomicFile.Write(path, stream => TmxWriter.Write(stream, units, new TmxWriteOptions(sourceLanguage)));
            case FileFormat.Tsv:
            case FileFormat.Csv:
            case FileFormat.Jsonl:
                AtomicFile.Write(path, stream => UnitTable.Write(stream, units, format switch
                {
                    FileFormat.Tsv => UnitTableFormat.Tsv,
                    FileFormat.Csv => UnitTableFormat.Csv,
                    _ => UnitTableFormat.Jsonl,
                }));
                return units.Count;
            default:
                throw new UsageException(FormatProblem(path)!);
        }
    }
}
