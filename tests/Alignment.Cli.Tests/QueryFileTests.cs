using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Tests;

/// <summary>
/// A query too long or too awkward for the command line comes from a file (--query-file FILE) or standard input
/// (--query-file -), and is answered as if it had been typed.
/// </summary>
public sealed class QueryFileTests
{
    private const string Segment = "会员国应努力加强电子证据收集方面的合作。";

    private TempFolder folder = null!;
    private string memory = null!;

    [SetUp]
    public void BuildMemory()
    {
        folder = new TempFolder();
        memory = folder.File("memory");
        var units = folder.File("units.tsv");
        File.WriteAllText(units, $"source\ttarget\n{Segment}\tMember States should endeavour to strengthen cooperation in the collection of electronic evidence.\n会议开幕。\tThe meeting opened.\n");
        Assert.That(CliRun.Of("index", units, "--index", memory).ExitCode, Is.Zero);
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void A_lookup_from_a_file_answers_as_the_same_text_on_the_command_line()
    {
        var query = folder.File("segment.txt");
        File.WriteAllText(query, Segment + "\n");

        var fromFile = CliRun.Of("lookup", "--query-file", query, "--index", memory);

        Assert.That(fromFile.ExitCode, Is.Zero, fromFile.Error);
        Assert.That(fromFile.Output, Is.EqualTo(CliRun.Of("lookup", Segment, "--index", memory).Output).And.Contain("100"));
    }

    [Test]
    public void A_lookup_from_standard_input_answers_as_the_same_text_on_the_command_line()
    {
        var fromInput = CliRun.WithInput(Segment + "\n", "lookup", "--query-file", "-", "--index", memory);

        Assert.That(fromInput.ExitCode, Is.Zero, fromInput.Error);
        Assert.That(fromInput.Output, Is.EqualTo(CliRun.Of("lookup", Segment, "--index", memory).Output));
    }

    [Test]
    public void Concordance_and_terms_take_their_phrase_from_standard_input_too()
    {
        var concord = CliRun.WithInput("电子证据", "concord", "--query-file", "-", "--index", memory);
        var terms = CliRun.WithInput("电子证据", "terms", "--query-file", "-", "--index", memory);

        Assert.That(concord.Output, Does.StartWith("1 units contain \"电子证据\""));
        Assert.That(terms.Output, Does.StartWith("\"电子证据\" is in 1 units"));
    }

    [Test]
    public void An_empty_query_file_is_one_line_and_an_input_error()
    {
        var query = folder.File("empty.txt");
        File.WriteAllText(query, " \n");
        var before = folder.Snapshot();

        var run = CliRun.Of("lookup", "--query-file", query, "--index", memory);

        Assert.That(folder.Snapshot(), Is.EqualTo(before));
        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { $"alignment lookup: error: {query}: is empty: expected the text to look up" }));
    }

    [Test]
    public void A_query_longer_than_any_stored_segment_is_one_line_and_an_input_error()
    {
        var query = folder.File("document.txt");
        File.WriteAllText(query, string.Concat(Enumerable.Repeat(Segment, 1_000)));

        var run = CliRun.Of("concord", "--query-file", query, "--index", memory);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { $"alignment concord: error: {query}: is 20,000 characters long, longer than any segment a memory stores (10,000): look up a segment, not a document" }));
    }

    [Test]
    public void A_missing_query_file_is_one_line_and_an_input_error()
    {
        var query = folder.File("missing.txt");
        var before = folder.Snapshot();

        var run = CliRun.Of("lookup", "--query-file", query, "--index", memory);

        Assert.That(folder.Snapshot(), Is.EqualTo(before));
        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { $"alignment lookup: error: {query}: does not exist" }));
    }

    [Test]
    public void Text_and_a_query_file_together_are_a_usage_error()
    {
        var before = folder.Snapshot();

        var run = CliRun.Of("lookup", Segment, "--query-file", "-", "--index", memory);

        Assert.That(folder.Snapshot(), Is.EqualTo(before));
        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "alignment lookup: error: give TEXT or --query-file, not both; see 'alignment lookup --help'." }));
    }
}
