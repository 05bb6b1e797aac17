using Alignment.Aligning;
using Alignment.Interchange;

namespace Alignment.Cli.CommandLine;

/// <summary>Writes an alignment in the format its file name asks for; every file is written atomically.</summary>
internal static class AlignmentOutput
{
    public const string Formats = ".tmx, .tsv, .csv, .jsonl or .beads";

    /// <summary>Writes <paramref name="bitext"/> to <paramref name="path"/>; returns the number of records written.</summary>
    public static int Write(string path, Bitext bitext, LabelPolicy labels)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".beads")
        {
            AtomicFile.WriteText(path, writer => writer.Write(BeadFile.Format(bitext.Beads)));
            return bitext.Beads.Count;
        }

        var units = AlignedUnits.From(bitext, new AlignedUnitOptions { Labels = labels });
        switch (extension)
        {
            case ".tmx":
                return TmxWriter.Write(path, units, new TmxWriteOptions(bitext.Source.Language));
            case ".tsv":
                UnitTable.Write(path, units, UnitTableFormat.Tsv);
                return units.Count;
            case ".csv":
                UnitTable.Write(path, units, UnitTableFormat.Csv);
                return units.Count;
            case ".jsonl":
                UnitTable.Write(path, units, UnitTableFormat.Jsonl);
                return units.Count;
            default:
                throw new UsageException($"cannot tell the format of '{path}': use {Formats}.");
        }
    }

    /// <summary>Checks the extension before any work is done, so a typo does not cost a whole alignment.</summary>
    public static void CheckFormat(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".tmx" or ".tsv" or ".csv" or ".jsonl" or ".beads"))
        {
            throw new UsageException($"cannot tell the format of '{path}': use {Formats}.");
        }
    }
}
