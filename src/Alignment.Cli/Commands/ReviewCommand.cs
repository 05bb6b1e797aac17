using System.CommandLine;
using Alignment.Cli.CommandLine;
using Alignment.Server.Hosting;
using Alignment.Server.Reviewing;

namespace Alignment.Cli.Commands;

internal sealed class ReviewCommand : CliCommand
{
    private readonly Argument<string> source = new("ZH") { Description = "The first document (Chinese, or English when reviewing the other way)." };
    private readonly Argument<string> target = new("EN") { Description = "Its counterpart in the other language." };
    private readonly Option<string?> output = CliOptions.Text("--output", "OUT", "Where a save writes the alignment; the extension picks the format: .tmx .tsv .csv .jsonl .beads (default: ZH's name with .tmx, here).", "-o");
    private readonly Option<string?> index = CliOptions.Text("--index", "DIR", "Also save into this translation memory, replacing the document's earlier units.");
    private readonly Option<bool> restart = CliOptions.Flag("--restart", "Start afresh from a new alignment, discarding the edits saved in the review file.");
    private readonly ReadingOptions reading;
    private readonly Serving serving;

    public ReviewCommand()
        : base("review", "Check and correct an alignment side by side in the browser, then save it.")
    {
        Arguments.Add(source);
        Arguments.Add(target);
        Options.Add(output);
        Options.Add(index);
        Options.Add(restart);
        reading = new ReadingOptions(this, aligns: true);
        serving = new Serving(this);
        Reads(args => [args.GetValue(source), args.GetValue(target)]);
        Writes(args => OutputOf(args.GetValue(output), args.GetValue(source)));
        Writes(args => ReviewFileOf(OutputOf(args.GetValue(output), args.GetValue(source))));
        Check(args => AlignmentOutput.FormatProblem(OutputOf(args.GetValue(output), args.GetValue(source))));
    }

    public override string Usage => "review ZH EN [-o OUT] [--index DIR] [--port N] [--no-open] [options]";

    public override string Details => $"""
        Aligns two documents and serves a page on this machine that shows them side by side, bead by bead, with
        each bead's confidence and the reasons the doubtful ones deserve a look. Merge beads, move a sentence into
        the bead before or after, mark sentences unpaired and pair them, confirm beads, mend a sentence's text, undo
        and redo, all from the keyboard; after each edit the beads that depend on it are aligned again. The page's
        URL is the first line on stdout (progress goes to stderr), and a browser opens on it unless --no-open.

        Every edit is kept at once in a review file beside the output (OUT with .review.json): stop the tool or
        close the browser, and 'review' with the same files reopens where you stopped. One process at a time reviews
        a review file: a second 'review' of it fails (exit 1) with "is being reviewed by another process". Save writes OUT like
        'align' does, confirmed and edited beads marked as such (TMX x-origin confirmed or edited), and with
        --index replaces the document's units in that memory. The server listens on 127.0.0.1 only (unless
        --listen) and answers only requests that carry the token in its URL.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "review corpora/unodc-cybercrime-eg4-2021/zh.txt corpora/unodc-cybercrime-eg4-2021/en.txt -o report.tmx",
        "review zh.txt en.txt -o report.tmx --index my-memory --port 8080 --no-open",
    ];

    public override long MaxInputSize(ParseResult args) => reading.MaxSize(args);

    public override int Run(ParseResult args, CliConsole console)
    {
        var (sourcePath, targetPath) = (args.GetRequiredValue(source), args.GetRequiredValue(target));
        var written = OutputOf(args.GetValue(output), sourcePath);
        var reviewFile = ReviewFileOf(written);
        var memory = args.GetValue(index) is { } given ? MemoryLocation.Of(given) : null;
        console.Progress($"reading {sourcePath} and {targetPath}");
        ReviewSession session;
        try
        {
            session = ReviewSession.Open(PipelineFor(reading.Pipeline(args, Aligning.Aligner.Default), sourcePath, targetPath, memory), sourcePath, targetPath, reviewFile, written, args.GetValue(restart));
        }
        catch (ReviewOutdatedException e)
        {
            throw new InputException(e.FileName, $"{e.Problem}; review afresh with --restart, which discards the edits saved in {reviewFile}");
        }

        var bitext = session.Current;
        console.Progress(session.Resumed
            ? $"reopened the review saved in {reviewFile}"
            : $"aligned {bitext.Source.Sentences.Count} {bitext.Source.Language} and {bitext.Target.Sentences.Count} {bitext.Target.Language} sentences into {bitext.Beads.Count} beads; edits are kept in {reviewFile}");
        var saving = new ReviewSaving(memory);
        using var held = session;
        return serving.Serve(args, console, options => LocalServer.StartAsync(options, ReviewLibrary.Of(session, saving.Save)), $"the review of {session.Document}");
    }

    /// <summary>
    /// The pipeline that names the source document as the memory names the pair, so that a save replaces this pair's
    /// units and no other pair's of the same file name.
    /// </summary>
    private static AlignmentPipeline PipelineFor(AlignmentPipeline pipeline, string sourcePath, string targetPath, string? memory) =>
        memory is null ? pipeline
            : DocumentPairs.Naming(pipeline, new DocumentPair(DocumentPairs.NameFor(memory, sourcePath, targetPath, []), Path.GetFullPath(sourcePath), Path.GetFullPath(targetPath), string.Empty, string.Empty));

    /// <summary>The output named, or the source document's name with <c>.tmx</c>, in the current folder.</summary>
    private static string OutputOf(string? given, string? sourcePath) =>
        given ?? Path.GetFileNameWithoutExtension(sourcePath ?? "review") + ".tmx";

    /// <summary>The review file beside an output: <c>report.tmx</c> is reviewed in <c>report.review.json</c>.</summary>
    private static string ReviewFileOf(string output) => Path.ChangeExtension(output, ".review.json");
}
