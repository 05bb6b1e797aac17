using System.CommandLine;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class ExportCommand : CliCommand
{
    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<string?> output = CliOptions.Text("--output", "OUT", "Where to write the units; the extension picks the format: .tmx .tsv .csv .jsonl", "-o");
    private readonly Option<string?> document = CliOptions.Text("--document", "NAME", "Only the units of this document, as 'stats --documents' names it.");
    private readonly Option<double> minConfidence = CliOptions.MinConfidence();
    private readonly Option<UnitOrigin?> origin = CliOptions.Choice<UnitOrigin?>(
        "--origin",
        "ORIGIN",
        "Only units aligned here (aligned), imported from TMX/TSV/CSV (imported), or confirmed or edited in review; all by default.",
        null,
        ("aligned", UnitOrigin.Aligned),
        ("imported", UnitOrigin.Imported),
        ("confirmed", UnitOrigin.Confirmed),
        ("edited", UnitOrigin.Edited));

    private readonly Option<Language?> sourceLanguage = CliOptions.Language("--source-lang", "The source language named in the TMX header (default: zh-CN); each unit keeps its own.");

    public ExportCommand()
        : base("export", "Write the units of a translation memory to TMX, TSV, CSV or JSONL, filtered by document, confidence and origin.")
    {
        foreach (var option in new Option[] { index, output, document, minConfidence, origin, sourceLanguage })
        {
            Options.Add(option);
        }

        Writes(args => args.GetValue(output));
        Check(args => args.GetValue(output) is not { } path ? "'export' needs --output OUT"
            : FileFormats.Of(path) is FileFormat.Tmx or FileFormat.Tsv or FileFormat.Csv or FileFormat.Jsonl ? null
            : $"cannot tell the format of '{path}': use .tmx, .tsv, .csv or .jsonl");
    }

    public override string Usage => "export -o OUT [--index DIR] [--document NAME] [--min-confidence C] [--origin aligned|imported|confirmed|edited]";

    public override string Details => """
        Writes the units of a translation memory, as they were added, with their provenance and confidence (TMX
        properties, or the table's columns): the memory's content for a CAT tool, or what to review. --document,
        --min-confidence and --origin narrow it; aligned units below the confidence you trust can be left out, or
        exported alone for review. The file is written whole or not at all.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "export -o memory.tmx",
        "export -o pension.tsv --document zh.txt --min-confidence 0.5",
        "export -o imported.csv --origin imported --index my-memory",
    ];

    public override int Run(ParseResult args, CliConsole console)
    {
        var path = args.GetValue(output)!;
        var selection = new UnitSelection
        {
            Document = args.GetValue(document) ?? string.Empty,
            MinimumConfidence = args.GetValue(minConfidence),
            Origins = args.GetValue(origin) is { } only ? new HashSet<UnitOrigin> { only } : UnitSelection.All.Origins,
        };
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        if (selection.Document.Length > 0 && !memory.ContainsDocument(selection.Document))
        {
            throw new InputException(memory.Location, $"has no document named {selection.Document}; 'alignment stats --documents' lists the ones it has");
        }

        var format = FileFormats.Of(path);
        var count = 0;
        IEnumerable<TranslationUnit> Counted(IEnumerable<TranslationUnit> units)
        {
            foreach (var unit in units)
            {
                count++;
                yield return unit;
            }
        }

        memory.ReadUnits(selection, units => AtomicFile.Write(path, stream =>
        {
            if (format == FileFormat.Tmx)
            {
                TmxWriter.Write(stream, Counted(units), new TmxWriteOptions(args.GetValue(sourceLanguage) ?? Language.Chinese));
            }
            else
            {
                UnitTable.Write(stream, Counted(units), format switch
                {
                    FileFormat.Tsv => UnitTableFormat.Tsv,
                    FileFormat.Csv => UnitTableFormat.Csv,
                    _ => UnitTableFormat.Jsonl,
                });
            }

            return count;
        }));
        console.Progress($"wrote {count} units to {path}");
        return CliApplication.Success;
    }
}
