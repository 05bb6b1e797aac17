using System.Text;
using Alignment.Cli.CommandLine;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// Every text file a command reads is decoded as documents are (UTF-8, UTF-16, GB18030 or Big5, detected): query
/// files, presegmented sentences and tables as well as documents. A Chinese Windows saves GB18030; read as UTF-8 it
/// would be looked up, aligned or indexed as noise with exit code 0.
/// </summary>
public sealed class LegacyEncodingTests
{
    private const string Segment = "会员国应努力加强电子证据收集方面的合作。";
    private const string Translation = "Member States should endeavour to strengthen cooperation in the collection of electronic evidence.";

    private TempFolder folder = null!;

    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void A_query_file_saved_in_GB18030_is_looked_up_as_its_text()
    {
        var memory = Memory();
        var query = folder.File("segment.txt");
        File.WriteAllBytes(query, Gb18030(Segment + "\n"));

        var run = CliRun.Of("lookup", "--query-file", query, "--index", memory);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith($"100%  {Segment}"));
    }

    [Test]
    public void A_short_query_file_in_GB18030_is_read_in_the_encoding_named()
    {
        var memory = Memory();
        var query = folder.File("segment.txt");
        File.WriteAllBytes(query, Gb18030("会议开幕。"));

        var run = CliRun.Of("lookup", "--query-file", query, "--encoding", "gb18030", "--index", memory);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("100%  会议开幕。"));
    }

    [Test]
    public void A_query_file_of_binary_data_is_one_line_and_an_input_error()
    {
        var memory = Memory();
        var query = folder.File("segment.bin");
        File.WriteAllBytes(query, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00]);

        var run = CliRun.Of("concord", "--query-file", query, "--index", memory);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.ErrorLines[0], Does.StartWith($"alignment concord: error: {query}: is not a text file"));
    }

    [Test]
    public void A_table_saved_in_GB18030_is_indexed_as_its_text()
    {
        var memory = Memory(Gb18030);

        var run = CliRun.Of("lookup", Segment, "--index", memory);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith($"100%  {Segment}"));
    }

    [Test]
    public void A_short_table_in_GB18030_is_indexed_in_the_encoding_named()
    {
        var memory = folder.File("memory");
        var table = folder.File("units.tsv");
        File.WriteAllBytes(table, Gb18030("龘靐齉。\tDragons.\n"));

        var index = CliRun.Of("index", table, "--index", memory, "--encoding", "gb18030");
        var lookup = CliRun.Of("lookup", "龘靐齉。", "--index", memory);

        Assert.That(index.ExitCode, Is.Zero, index.Error);
        Assert.That(lookup.Output, Does.StartWith("100%  龘靐齉。"));
    }

    [Test]
    public void Presegmented_sentences_saved_in_GB18030_are_aligned_as_their_text()
    {
        var source = folder.File("zh.sentences.txt");
        File.WriteAllBytes(source, Gb18030(string.Join('\n', Corpus.Lines("zh.sentences.txt")) + "\n"));

        var run = CliRun.Of("align", "--presegmented", source, Corpus.PathOf("en.sentences.txt"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("[0]:[0]:"));
    }

    private static byte[] Gb18030(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    private string Memory() => Memory(Encoding.UTF8.GetBytes);

    private string Memory(Func<string, byte[]> encode)
    {
        var memory = folder.File("memory");
        var table = folder.File("units.tsv");
        File.WriteAllBytes(table, encode($"source\ttarget\n{Segment}\t{Translation}\n会议开幕。\tThe meeting opened.\n"));
        var run = CliRun.Of("index", table, "--index", memory);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return memory;
    }
}
