using System.Globalization;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class IndexCommand : Command
{
    public override string Name => "index";

    public override string Summary => "Add aligned documents, TMX, TSV or CSV files to a translation memory.";

    public override string Usage => "index INPUT... [--index DIR] [--overwrite] | index --delete DOCUMENT [--index DIR]";

    public override string Description => """
        Adds translation units to an on-disk translation memory. Each INPUT is a TMX file (from any CAT tool), a
        TSV or CSV file (source, target, then optional columns), or a pair of text files (Chinese then English, or
        the other way round) that are aligned first. A unit already in the memory is kept as it is (or replaced with
        --overwrite) and never stored twice; the counts are reported. Everything added by one command is committed
        at once: if an input turns out to be broken, the memory stays as it was.
        """;

    public override IReadOnlyList<Option> Options =>
    [
        MemoryLocation.Option,
        new("overwrite", "Replace units that are already in the memory instead of keeping them."),
        new("source-lang", "The source language of TMX/TSV/CSV inputs (default: zh-CN).", "LANG"),
        new("target-lang", "The target language of TMX/TSV/CSV inputs (default: en).", "LANG"),
        new("strip-codes", "Drop TMX inline codes (bpt/ept/ph/it) instead of keeping them."),
        new("delete", "Remove every unit that came from DOCUMENT (as named in the memory) instead of adding.", "DOCUMENT"),
        .. ReadingOptions.All,
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "index corpora/unodc-cybercrime-eg4-2021/zh.txt corpora/unodc-cybercrime-eg4-2021/en.txt",
        "index report.tmx other-project.tsv --index my-memory",
        "index --delete zh.txt --index my-memory",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var directory = MemoryLocation.Of(args);
        if (args.Value("delete") is { } document)
        {
            using var memory = TranslationMemory.Open(directory);
            console.Out.WriteLine($"removed {memory.DeleteDocument(document)} units of {document} from {directory}");
            return CliApplication.Success;
        }

        if (args.Positionals.Count == 0)
        {
            throw new UsageException("'index' needs at least one INPUT; see 'alignment index --help'.");
        }

        var source = Language.Parse(args.Value("source-lang", "zh-CN"));
        var target = Language.Parse(args.Value("target-lang", "en"));
        var units = Inputs(args, source, target, console).ToList();
        using (var memory = TranslationMemory.Open(directory))
        {
            console.Progress($"indexing into {memory.Location}");
            var report = memory.Add(units.SelectMany(input => input()), args.Flag("overwrite") ? DuplicatePolicy.Overwrite : DuplicatePolicy.Keep);
            var tooLong = report.TooLong > 0
                ? string.Create(CultureInfo.InvariantCulture, $", {report.TooLong} skipped for a side over {AddOptions.Default.MaxSegmentLength:N0} characters")
                : string.Empty;
            console.Out.WriteLine($"{report.Added} units added, {report.Skipped} already there (kept), {report.Overwritten} replaced{tooLong}; memory: {directory}");
        }

        return CliApplication.Success;
    }

    /// <summary>One lazy sequence of units per input, so that TMX files stream through without being held in memory.</summary>
    private static IEnumerable<Func<IEnumerable<TranslationUnit>>> Inputs(Arguments args, Language source, Language target, CliConsole console)
    {
        var inputs = args.Positionals;
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = inputs[i];
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".tmx":
                    yield return () => ReadTmx(path, source, target, args.Flag("strip-codes"), console);
                    break;
                case ".tsv":
                    yield return () => UnitTable.Read(path, UnitTableFormat.Tsv, source, target);
                    break;
                case ".csv":
                    yield return () => UnitTable.Read(path, UnitTableFormat.Csv, source, target);
                    break;
                default:
                    if (i + 1 >= inputs.Count)
                    {
                        throw new UsageException($"'{path}' is not TMX, TSV or CSV, so it is read as a document; its translation must follow it (index ZH EN).");
                    }

                    var (first, second) = (path, inputs[++i]);
                    yield return () => Align(ReadingOptions.Pipeline(args, Aligning.Aligner.Default), first, second, console);
                    break;
            }
        }
    }

    private static IEnumerable<TranslationUnit> ReadTmx(string path, Language source, Language target, bool stripCodes, CliConsole console)
    {
        using var reader = TmxReader.Open(path, new TmxReadOptions(source, target) { InlineCodes = stripCodes ? InlineCodes.Strip : InlineCodes.Keep });
        console.Progress($"reading {path}");
        foreach (var unit in reader.ReadUnits())
        {
            yield return unit;
        }

        if (reader.UnitsSkipped > 0)
        {
            console.Progress($"{path}: {reader.UnitsSkipped} units skipped ({reader.SkippedMissingLanguage} without both languages, {reader.SkippedEmpty} empty)");
        }
    }

    private static IReadOnlyList<TranslationUnit> Align(AlignmentPipeline pipeline, string first, string second, CliConsole console)
    {
        console.Progress($"aligning {first} with {second}");
        var bitext = pipeline.AlignFiles(first, second);
        console.Progress($"{bitext.Beads.Count} beads");
        return AlignedUnits.From(bitext);
    }
}
