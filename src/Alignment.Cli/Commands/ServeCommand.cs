using System.CommandLine;
using Alignment.Cli.CommandLine;
using Alignment.Server.Hosting;

namespace Alignment.Cli.Commands;

internal sealed class ServeCommand : CliCommand
{
    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Serving serving;

    public ServeCommand()
        : base("serve", "Search a translation memory in the browser, or over HTTP from a CAT-tool plug-in.")
    {
        Options.Add(index);
        serving = new Serving(this);
    }

    public override string Usage => "serve [--index DIR] [--port N] [--no-open] [--listen ADDRESS]";

    public override string Details => """
        Serves a search page over a translation memory: fuzzy matches for a segment, a bilingual concordance with
        the phrase marked on both sides, and a term's equivalents with counts and examples. A unit that came from a
        document pair the memory knows (indexed as a text pair, or saved from 'review --index') links to that
        pair's review page, to fix it there; saving it replaces the document's units in the memory. The same
        searches answer as JSON for CAT-tool plug-ins (see docs/http-api.md). The memory is opened read-only:
        'alignment index' can add to it while the page answers. The URL, with its token, is the first line on
        stdout; the server listens on 127.0.0.1 only unless --listen.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "serve",
        "serve --index my-memory --port 8080 --no-open",
    ];

    public override int Run(ParseResult args, CliConsole console)
    {
        var directory = MemoryLocation.Of(args.GetValue(index));
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        var reviews = ReviewLibrary.OfMemory(directory, AlignmentPipeline.Default, new ReviewSaving(directory).Save);
        return serving.Serve(args, console, options => LocalServer.StartAsync(options, reviews, memory), $"the memory in {memory.Location}");
    }
}
