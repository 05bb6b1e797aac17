using System.Text;
using Alignment.Cli.CommandLine;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// Files a command is pointed at that it must not read or write: an output that is one of the inputs (by any name),
/// a pipe or a device, a file over the size limit. Each is refused in one line before anything is read, with exit
/// code 1, and no file changes; a memory is not even created.
/// </summary>
public sealed class InputAndOutputFileTests
{
    private TempFolder folder = null!;
    private string chinese = null!;
    private string english = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new TempFolder();
        chinese = folder.Copy(Corpus.PathOf("zh.txt"), "zh.txt");
        english = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void An_output_that_is_an_input_is_refused_and_the_input_kept()
    {
        var englishTable = folder.Copy(Corpus.PathOf("en.txt"), "en.tsv");

        AssertRefused(
            ["align", chinese, englishTable, "-o", englishTable],
            $"alignment align: error: {englishTable}: is the input {englishTable}; writing the result there would replace it, so choose another output");
    }

    [Test]
    public void An_output_that_is_a_symbolic_link_to_an_input_is_refused()
    {
        var link = folder.File("report.tsv");
        File.CreateSymbolicLink(link, english);

        AssertRefused(
            ["align", chinese, english, "-o", link],
            $"alignment align: error: {link}: is the input {english}; writing the result there would replace it, so choose another output");
    }

    [Test]
    public void An_output_in_a_folder_reached_through_a_link_is_refused_when_it_is_an_input()
    {
        var documents = Directory.CreateDirectory(folder.File("documents")).FullName;
        var input = Path.Combine(documents, "en.tsv");
        File.Move(english, input);
        var linkedFolder = folder.File("linked");
        Directory.CreateSymbolicLink(linkedFolder, documents);
        var output = Path.Combine(linkedFolder, "en.tsv");
        english = input;

        AssertRefused(
            ["align", chinese, english, "-o", output],
            $"alignment align: error: {output}: is the input {english}; writing the result there would replace it, so choose another output");
    }

    [Test]
    public void An_output_that_is_a_hard_link_to_an_input_is_refused()
    {
        var link = folder.HardLink(english, "report.tsv");

        AssertRefused(
            ["align", chinese, english, "-o", link],
            $"alignment align: error: {link}: is the input {english}; writing the result there would replace it, so choose another output");
    }

    [Test]
    public void A_glossary_or_a_gold_file_counts_as_an_input_too()
    {
        var glossary = folder.File("glossary.tsv");
        File.WriteAllText(glossary, "电子证据\telectronic evidence\n");

        AssertRefused(
            ["align", chinese, english, "--glossary", glossary, "-o", glossary],
            $"alignment align: error: {glossary}: is the input {glossary}; writing the result there would replace it, so choose another output");
    }

    [TestCase("segment")]
    [TestCase("align")]
    [TestCase("index")]
    public void A_named_pipe_is_refused_at_once_instead_of_waiting_for_a_writer(string command)
    {
        var pipe = folder.NamedPipe("pipe.txt");
        string[] args = command switch
        {
            "segment" => ["segment", pipe],
            "align" => ["align", pipe, english],
            _ => ["index", chinese, english, pipe, english, "--index", folder.File("memory")],
        };

        var running = Task.Run(() => AssertRefused(args, $"alignment {command}: error: {pipe}: is not a regular file (a pipe, a device or a socket); save it to a file first"));

        Assert.That(running.Wait(TimeSpan.FromSeconds(60)), Is.True, "the command waited for a writer to the pipe");
        running.GetAwaiter().GetResult();
        Assert.That(Directory.Exists(folder.File("memory")), Is.False, "every input is checked before the memory is opened");
    }

    [Test]
    public void A_device_is_refused_rather_than_read_as_empty()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("This system has no /dev/zero.");
        }

        AssertRefused(["segment", "/dev/zero"], "alignment segment: error: /dev/zero: is not a regular file (a pipe, a device or a socket); save it to a file first");
    }

    [TestCase("units.tsv")]
    [TestCase("units.csv")]
    [TestCase("memory.tmx")]
    public void A_table_or_TMX_over_the_size_limit_is_refused_and_no_memory_is_made(string name)
    {
        var path = OverOneMegabyte(name);

        AssertRefused(
            ["index", path, "--max-size", "1", "--index", folder.File("memory")],
            $"alignment index: error: {path}: is 1.1 MB, over the 1 MB limit for an input file (--max-size)");
        Assert.That(Directory.Exists(folder.File("memory")), Is.False);
    }

    [Test]
    public void A_glossary_over_the_size_limit_is_refused()
    {
        var glossary = OverOneMegabyte("glossary.tsv");

        AssertRefused(
            ["align", chinese, english, "--glossary", glossary, "--max-size", "1", "-o", folder.File("report.tmx")],
            $"alignment align: error: {glossary}: is 1.1 MB, over the 1 MB limit for an input file (--max-size)");
    }

    [Test]
    public void Rules_over_the_size_limit_are_refused()
    {
        var rules = OverOneMegabyte("rules.srx");

        AssertRefused(
            ["segment", english, "--rules", rules, "--max-size", "1"],
            $"alignment segment: error: {rules}: is 1.1 MB, over the 1 MB limit for an input file (--max-size)");
    }

    [Test]
    public void A_missing_input_among_several_is_found_before_the_memory_is_opened()
    {
        var missing = folder.File("missing.tmx");

        AssertRefused(["index", chinese, english, missing, "--index", folder.File("memory")], $"alignment index: error: {missing}: does not exist");
        Assert.That(Directory.Exists(folder.File("memory")), Is.False);
    }

    private string OverOneMegabyte(string name)
    {
        var path = folder.File(name);
        var line = Encoding.UTF8.GetBytes("电子证据\telectronic evidence\n");
        using var stream = File.Create(path);
        while (stream.Length < 1.1 * 1024 * 1024)
        {
            stream.Write(line);
        }

        return path;
    }

    [TestCase("index")]
    [TestCase("lookup")]
    [TestCase("align")]
    public void A_file_given_as_the_memory_folder_is_named_as_a_file_and_left_as_it_was(string command)
    {
        var notAMemory = folder.Copy(Corpus.PathOf("en.txt"), "memory.txt");
        string[] args = command switch
        {
            "index" => ["index", chinese, english, "--index", notAMemory],
            "lookup" => ["lookup", "电子证据", "--index", notAMemory],
            _ => ["align", chinese, english, "-o", folder.File("report.tmx"), "--index", notAMemory],
        };

        AssertRefused(args, $"alignment {command}: error: {notAMemory}: is a file, not a memory: --index names the folder that holds a memory (a new one is created where nothing is)");
    }

    private void AssertRefused(string[] args, string expected)
    {
        var before = folder.Snapshot();

        var run = CliRun.Of(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
            Assert.That(run.ErrorLines, Is.EqualTo(new[] { expected }));
            Assert.That(run.Output, Is.Empty);
            Assert.That(folder.Snapshot(), Is.EqualTo(before), "no file changed");
        });
    }
}
