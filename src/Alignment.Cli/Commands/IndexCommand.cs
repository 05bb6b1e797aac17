using System.CommandLine;
using System.Globalization;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Server.Reviewing;

namespace Alignment.Cli.Commands;

internal sealed class IndexCommand : CliCommand
{
    /// <summary>The units of a table whose columns' languages are checked: enough text to tell, read before the memory is opened.</summary>
    private const int ColumnSample = 200;

    private readonly Argument<string[]> inputs = new("INPUT") { Description = "TMX, TSV, CSV or JSON Lines files, or text documents in pairs (ZH EN).", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<bool> overwrite = CliOptions.Flag("--overwrite", "Replace units that are already in the memory instead of keeping them.");
    private readonly Option<Language?> sourceLanguage = CliOptions.Language("--source-lang", "The source language of TMX/TSV/CSV/JSONL inputs (default: zh-CN).");
    private readonly Option<Language?> targetLanguage = CliOptions.Language("--target-lang", "The target language of TMX/TSV/CSV/JSONL inputs (default: en).");
    private readonly Option<bool> stripCodes = CliOptions.Flag("--strip-codes", "Drop TMX inline codes (bpt/ept/ph/it) instead of keeping them.");
    private readonly Option<string?> delete = CliOptions.Text("--delete", "DOCUMENT", "Remove every unit that came from DOCUMENT (as named in the memory) instead of adding.");
    private readonly Option<double> minConfidence = CliOptions.MinConfidence();
    private readonly Option<int> wait = MemoryLocation.CreateWaitOption();
    private readonly ReadingOptions reading;

    public IndexCommand()
        : base("index", "Add aligned documents, TMX, TSV, CSV or JSON Lines files to a translation memory.")
    {
        Arguments.Add(inputs);
        foreach (var option in new Option[] { index, overwrite, sourceLanguage, targetLanguage, stripCodes, delete, minConfidence, wait })
        {
            Options.Add(option);
        }

        reading = new ReadingOptions(this, aligns: true);
        Reads(args => args.GetValue(inputs) ?? []);
        Check(args => args.GetValue(delete) is not null
            ? (args.GetValue(inputs) is { Length: > 0 } ? "--delete takes no INPUT: it removes units instead of adding them" : null)
            : args.GetValue(inputs) is not { Length: > 0 } paths ? "'index' needs at least one INPUT"
            : Unpaired(paths) is { } document ? $"'{document}' is not TMX, TSV, CSV or JSONL, so it is read as a document; its translation must follow it (index ZH EN)"
            : null);
    }

    public override string Usage => "index INPUT... [--index DIR] [--overwrite] | index --delete DOCUMENT [--index DIR]";

    public override string Details => """
        Adds translation units to an on-disk translation memory. Each INPUT is a TMX file (from any CAT tool), a TSV
        or CSV file (source, target, then optional columns), a JSON Lines file as export writes it, or a pair of text
        files (Chinese then English, or the other way round) that are aligned first. A unit already in the memory is
        kept as it is (or replaced with --overwrite) and never stored twice; the counts are reported. A pair of text
        files indexed again replaces the units of its earlier alignment, unless it has been reviewed. Units are named
        by their source document: a pair whose source file has the name of another document in the memory (another
        pair's, or one imported from TMX) is named with its folder (b/zh.txt). Everything one command adds and replaces
        is committed at once: if an input turns out to be broken, the memory stays as it was. One process writes to a memory at a time (lookups go on meanwhile): while another
        writes, this one waits up to --wait seconds.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "index corpora/unodc-cybercrime-eg4-2021/zh.txt corpora/unodc-cybercrime-eg4-2021/en.txt",
        "index report.tmx other-project.tsv --index my-memory",
        "index corpora/story-last-ferry/zh.txt corpora/story-last-ferry/en.txt --min-confidence 0.5",
        "index --delete zh.txt --index my-memory",
        "index glossary.tsv --index shared-memory --wait 300",
    ];

    public override long MaxInputSize(ParseResult args) => reading.MaxSize(args);

    public override int Run(ParseResult args, CliConsole console)
    {
        var directory = MemoryLocation.Of(args.GetValue(index));
        if (args.GetValue(delete) is { } document)
        {
            using var memory = MemoryLocation.OpenExistingForWriting(args.GetValue(index), args.GetValue(wait), console);
            var removed = memory.DeleteDocument(document);
            if (removed == 0)
            {
                var present = memory.ListDocuments();
                throw new InputException(directory, $"has no document named {document}; " + (present.Count == 0
                    ? "it holds no named documents"
                    : $"it holds {string.Join(", ", present.Take(10))}{(present.Count > 10 ? $" and {present.Count - 10} more ('alignment stats --documents' lists them all)" : string.Empty)}"));
            }

            console.Out.WriteLine($"removed {removed} units of {document} from {directory}");
            return CliApplication.Success;
        }

        var paths = args.GetRequiredValue(inputs);
        var (source, target) = (args.GetValue(sourceLanguage) ?? Language.Chinese, args.GetValue(targetLanguage) ?? Language.English);
        if (source.IsSameLanguageAs(target) && paths.FirstOrDefault(IsTable) is { } table)
        {
            throw new InputException(table, $"would be read as {source} to {target}, the same language twice; name the pair with --source-lang and --target-lang");
        }

        // Documents are aligned before the memory is opened: a pair that cannot be aligned leaves no trace, and the
        // write lock is not held while they are read.
        var pairs = new List<PendingPair>();
        var units = Inputs(args, paths, source, target, DocumentsIn(directory), pairs, console).ToList();
        using (var memory = MemoryLocation.OpenForWriting(directory, args.GetValue(wait), console))
        {
            // Another process may have added a document of a pair's name while this one aligned: named now, under
            // the lock, two pairs never share a name, however many processes index at once.
            NameApart(args, pairs, memory.ListDocuments(), directory, console);
            var realigned = pairs.Where(p => p.Again).Select(p => p.Pair.Document).ToList();
            console.Progress($"indexing into {memory.Location}");
            var selection = new UnitSelection { MinimumConfidence = args.GetValue(minConfidence) };
            // A pair indexed again from the same files replaces its earlier alignment, in the same single commit.
            var report = memory.ReplaceDocuments(
                realigned,
                units.SelectMany(input => input()).Where(selection.Includes),
                new AddOptions { Duplicates = args.GetValue(overwrite) ? DuplicatePolicy.Overwrite : DuplicatePolicy.Keep });
            var tooLong = report.TooLong > 0
                ? string.Create(CultureInfo.InvariantCulture, $", {report.TooLong} skipped for a side over {AddOptions.Default.MaxSegmentLength:N0} characters")
                : string.Empty;
            var removed = report.Removed > 0 ? $", {report.Removed} of the earlier alignment of {string.Join(", ", realigned)} removed" : string.Empty;
            console.Out.WriteLine($"{report.Added} units added, {report.Skipped} already there (kept), {report.Overwritten} replaced{tooLong}{removed}; memory: {directory}");

            // The memory's page links each unit of a text pair to the pair's review page ('alignment serve'). Recorded
            // before the lock is let go, so that the next process to write knows the names taken.
            foreach (var pair in pairs)
            {
                DocumentPairs.Record(directory, pair.Pair);
            }
        }

        return CliApplication.Success;
    }

    /// <summary>
    /// The names of the documents whose units the memory in <paramref name="directory"/> holds, none where there is no
    /// memory yet. Units imported from TMX or a table carry their document's name too, and a pair named as one of them
    /// would share its units' name: deleting either would delete both.
    /// </summary>
    private static IReadOnlyList<string> DocumentsIn(string directory)
    {
        if (!Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            return [];
        }

        try
        {
            using var memory = TranslationMemory.OpenReadOnly(directory);
            return memory.ListDocuments();
        }
        catch (InputException)
        {
            // Not a memory (yet): opening it for writing says why, or makes one.
            return [];
        }
    }

    private static bool IsTable(string path) => FileFormats.Of(path) is FileFormat.Tmx or FileFormat.Tsv or FileFormat.Csv or FileFormat.Jsonl;

    /// <summary>A document without a counterpart after it, or null when every document is paired.</summary>
    private static string? Unpaired(string[] paths)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            if (!IsTable(paths[i]) && ++i >= paths.Length)
            {
                return paths[i - 1];
            }
        }

        return null;
    }

    /// <summary>
    /// One sequence of units per input: document pairs aligned now, tables read lazily, so that TMX files stream
    /// through without being held in memory.
    /// </summary>
    private IEnumerable<Func<IEnumerable<TranslationUnit>>> Inputs(ParseResult args, string[] paths, Language source, Language target, IReadOnlyList<string> inMemory, List<PendingPair> pairs, CliConsole console)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            var path = paths[i];
            switch (FileFormats.Of(path))
            {
                case FileFormat.Tmx:
                    var strip = args.GetValue(stripCodes);
                    yield return Refusing(path, source, target, quietly => ReadTmx(path, source, target, strip, quietly ? null : console));
                    break;
                case FileFormat.Tsv:
                    yield return Refusing(path, source, target, _ => UnitTable.Read(path, UnitTableFormat.Tsv, source, target, reading.Encoding(args)), checkColumns: true);
                    break;
                case FileFormat.Csv:
                    yield return Refusing(path, source, target, _ => UnitTable.Read(path, UnitTableFormat.Csv, source, target, reading.Encoding(args)), checkColumns: true);
                    break;
                case FileFormat.Jsonl:
                    yield return Refusing(path, source, target, _ => UnitTable.Read(path, UnitTableFormat.Jsonl, source, target), checkColumns: true);
                    break;
                default:
                    var aligned = Align(reading.Pipeline(args, Aligning.Aligner.Default), path, paths[++i], MemoryLocation.Of(args.GetValue(index)), [.. pairs.Select(p => p.Pair)], inMemory, console);
                    var at = pairs.Count;
                    pairs.Add(aligned);

                    // Read when the memory takes the units, after the pair may have been named again (NameApart).
                    yield return () => pairs[at].Units;
                    break;
            }
        }
    }

    /// <summary>
    /// The units of a table, checked for at least one before the memory is opened (reading up to the first): a file
    /// that gives none is an input error, not an index that silently adds nothing.
    /// </summary>
    /// <remarks>
    /// A table names no languages, so its columns are checked against the ones it is taken to hold, as a document's
    /// text is: an English-to-Chinese table (as <c>align en.txt zh.txt -o x.tsv</c> writes it) read as Chinese to
    /// English would store every unit backwards, and no lookup would find it.
    /// </remarks>
    private static Func<IEnumerable<TranslationUnit>> Refusing(string path, Language source, Language target, Func<bool, IEnumerable<TranslationUnit>> read, bool checkColumns = false)
    {
        var first = read(true).Take(ColumnSample).ToList();
        if (first.Count == 0)
        {
            throw new InputException(path, $"holds no translation units in {source.Tag} and {target.Tag}; nothing was indexed");
        }

        if (checkColumns && source.IsChinese != target.IsChinese)
        {
            var (sourceReads, targetReads) = (ReadsAs(first.Select(u => u.Source.Text)), ReadsAs(first.Select(u => u.Target.Text)));
            if ((sourceReads is { } s && s.IsChinese != source.IsChinese) || (targetReads is { } t && t.IsChinese != target.IsChinese))
            {
                throw new InputException(path, $"is taken as {source.Tag} to {target.Tag}, but its source column reads as {ScriptName(sourceReads)} and its target column as {ScriptName(targetReads)}; name its languages with --source-lang and --target-lang");
            }
        }

        return () => read(false);
    }

    /// <summary>The language a column's texts are written in, or null when they hold no letters to tell by.</summary>
    private static Language? ReadsAs(IEnumerable<string> texts)
    {
        var text = string.Concat(texts);
        return text.Any(char.IsLetter) ? Language.Detect(text) : null;
    }

    private static string ScriptName(Language? language) => language is null ? "neither (no letters)" : language.IsChinese ? "Chinese" : "English";

    private static IEnumerable<TranslationUnit> ReadTmx(string path, Language source, Language target, bool stripCodes, CliConsole? console)
    {
        using var reader = TmxReader.Open(path, new TmxReadOptions(source, target) { InlineCodes = stripCodes ? InlineCodes.Strip : InlineCodes.Keep });
        console?.Progress($"reading {path}");
        foreach (var unit in reader.ReadUnits())
        {
            yield return unit;
        }

        if (reader.UnitsSkipped > 0)
        {
            console?.Progress($"{path}: {reader.UnitsSkipped} units skipped ({reader.SkippedMissingLanguage} without both languages, {reader.SkippedEmpty} empty)");
        }
    }

    /// <summary>
    /// Names again, and aligns again under the new name, each pair whose name a document now in the memory took after
    /// the pair was named (another process indexed it meanwhile), unless that document is the pair's own earlier alignment.
    /// </summary>
    private void NameApart(ParseResult args, List<PendingPair> pairs, IReadOnlyList<string> inMemory, string directory, CliConsole console)
    {
        var taken = inMemory.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i].Pair;
            var recorded = DocumentPairs.TryFind(directory, DocumentPairs.KeyOf(pair.Document), out var known);
            var own = recorded && known.SourcePath == pair.SourcePath && known.TargetPath == pair.TargetPath;
            if (own || (!recorded && !taken.Contains(pair.Document)))
            {
                continue;
            }

            var others = pairs.Where((_, j) => j != i).Select(p => p.Pair).ToList();
            pairs[i] = Align(reading.Pipeline(args, Aligning.Aligner.Default), pair.SourcePath, pair.TargetPath, directory, others, inMemory, console);
        }
    }

    /// <summary>A pair aligned for the memory and not yet in it: its units, its record, and whether the memory holds an alignment of the same two files already.</summary>
    private sealed record PendingPair(IReadOnlyList<TranslationUnit> Units, DocumentPair Pair, bool Again);

    /// <summary>The pair's units and record, and whether the memory holds an alignment of the same two files already.</summary>
    private static PendingPair Align(AlignmentPipeline pipeline, string first, string second, string directory, IReadOnlyList<DocumentPair> earlier, IReadOnlyList<string> inMemory, CliConsole console)
    {
        var (sourcePath, targetPath) = (Path.GetFullPath(first), Path.GetFullPath(second));
        var document = earlier.FirstOrDefault(p => p.SourcePath == sourcePath && p.TargetPath == targetPath)?.Document
            ?? DocumentPairs.NameFor(directory, sourcePath, targetPath, [.. earlier.Select(p => p.Document), .. inMemory]);
        var recorded = DocumentPairs.TryFind(directory, DocumentPairs.KeyOf(document), out var known)
            && known.SourcePath == sourcePath && known.TargetPath == targetPath;
        if (!recorded && document != Path.GetFileName(sourcePath))
        {
            // Units are told apart by their document's name ('stats --documents', 'export --document', 'index --delete').
            console.Progress($"{first}: another document in the memory is named {Path.GetFileName(sourcePath)}, so this one is named {document}");
        }

        var pair = recorded ? known : new DocumentPair(document, sourcePath, targetPath, DocumentPairs.ReviewFileIn(directory, document), string.Empty);
        console.Progress($"aligning {first} with {second}");
        var bitext = DocumentPairs.Naming(pipeline, pair).AlignFiles(first, second);
        console.Progress($"{bitext.Beads.Count} beads");

        // The same files indexed again replace their earlier alignment, unless a person has reviewed it: a fresh
        // alignment must not undo their corrections ('alignment review' changes a reviewed pair).
        var reviewed = recorded && File.Exists(known.ReviewFile);
        if (reviewed)
        {
            console.Progress($"{document} has been reviewed: its reviewed units stay in the memory");
        }

        return new PendingPair(AlignedUnits.From(bitext), pair, recorded && !reviewed);
    }
}
