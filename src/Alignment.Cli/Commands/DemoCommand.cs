using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Alignment.Aligning;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class DemoCommand : CliCommand
{
    private const string Corpus = "unodc-cybercrime-eg4-2021";

    // An edited sentence of the report (the eighth meeting, in 2022) that a translator of next year's report would meet.
    private const string SampleSentence = "专家组第八次会议于 2022 年 4 月 5 日至 7 日在维也纳举行。";

    private const string SampleTerm = "电子证据";

    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<string?> output = CliOptions.Text("--output", "DIR", "Where the TMX is written (default: ./out).");

    public DemoCommand()
        : base("demo", "The whole job on the bundled UN report: align, QA, TMX, index, fuzzy match, term lookup.")
    {
        Options.Add(index);
        Options.Add(output);
    }

    public override string Usage => "demo [--index DIR] [--output DIR]";

    public override string Details => $"""
        Runs the whole job on the bundled report (UNODC/CCPCJ/EG.4/2021/2, Chinese, and an English rendering):
        reads and aligns both files, prints the alignment summary and the beads worth a second look, writes the
        TMX, adds the units to the translation memory, then shows the best fuzzy match for an edited sentence of the
        report ({SampleSentence}) and how {SampleTerm} is rendered in English.
        """;

    public override IReadOnlyList<string> Examples => ["demo", "demo --index /tmp/report-memory --output /tmp/out"];

    public override int Run(ParseResult args, CliConsole console)
    {
        var corpus = FindCorpus();
        var watch = Stopwatch.StartNew();
        console.Progress($"reading and aligning {Path.Combine(corpus, "zh.txt")} and en.txt");
        var bitext = AlignmentPipeline.Default.AlignFiles(Path.Combine(corpus, "zh.txt"), Path.Combine(corpus, "en.txt"));
        console.Progress(string.Create(CultureInfo.InvariantCulture, $"aligned in {watch.ElapsedMilliseconds} ms"));

        var tmx = Path.Combine(args.GetValue(output) ?? "out", $"{Corpus}.zh-en.tmx");
        var units = AlignedUnits.From(bitext);
        console.Progress($"writing {tmx}");
        AtomicFile.Write(tmx, stream => TmxWriter.Write(stream, units, new TmxWriteOptions(bitext.Source.Language)));

        var directory = MemoryLocation.Of(args.GetValue(index));
        console.Progress($"adding {units.Count} units to the translation memory in {directory}");
        AddReport added;
        using (var memory = TranslationMemory.Open(directory))
        {
            added = memory.Add(units);
        }

        using var reader = TranslationMemory.OpenReadOnly(directory);
        var writer = console.Out;
        writer.WriteLine("== Alignment");
        ReportPrinter.Print(AlignmentReport.For(bitext), writer, maxDoubtful: 8);
        writer.WriteLine();
        writer.WriteLine("== Translation memory");
        writer.WriteLine($"TMX: {Path.GetFullPath(tmx)} ({units.Count} units)");
        writer.WriteLine($"memory: {directory} ({added.Added} units added, {added.Skipped} already there; {reader.GetStatistics().UnitCount} in all)");
        writer.WriteLine();
        writer.WriteLine($"== Fuzzy match for: {SampleSentence}");
        var match = reader.Lookup(SampleSentence, Language.Chinese, Language.English) is [var first, ..] ? first : null;
        writer.WriteLine(match is null ? "no match of 70% or more"
            : $"{match.Score} ({Bands.Show(match, MatchPenalties.Default)})  {match.Source.Text}\n      {match.Target.Text}\n      diff: {TextDifference.Mark(TextDifference.Between(SampleSentence, match.Source.Text))}");
        writer.WriteLine();
        writer.WriteLine($"== How {SampleTerm} is rendered in English");
        var terms = reader.LookupTerm(SampleTerm, Language.Chinese, Language.English, new TermLookupOptions { MaxCandidates = 3, ExamplesPerCandidate = 1 });
        writer.WriteLine($"{SampleTerm} is in {(terms.OccurrencesAreExact ? string.Empty : "about ")}{terms.Occurrences} units");
        foreach (var candidate in terms.Candidates)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {candidate.Text}: score {candidate.Score:0.00}, together in {candidate.CoOccurrences} units, {candidate.Frequency} overall"));
        }

        if (terms.Candidates is [var best, ..] && best.Examples is [var example, ..])
        {
            writer.WriteLine($"  e.g. {example.Term.Mark("[", "]")}");
            writer.WriteLine($"       {example.Equivalent.Mark("[", "]")}");
        }

        console.Progress(string.Create(CultureInfo.InvariantCulture, $"done in {watch.Elapsed.TotalSeconds:0.0} s"));
        return CliApplication.Success;
    }

    /// <summary>The bundled report: in the repository when run from it, otherwise the copy that ships with the tool.</summary>
    private static string FindCorpus()
    {
        foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var candidate = Path.Combine(root, "corpora", Corpus);
            if (File.Exists(Path.Combine(candidate, "zh.txt")) && File.Exists(Path.Combine(candidate, "en.txt")))
            {
                return candidate;
            }
        }

        throw new InputException(Path.Combine("corpora", Corpus), "was not found in the current folder nor next to the tool");
    }
}
