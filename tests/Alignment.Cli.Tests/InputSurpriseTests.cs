using System.Text;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// Inputs that are well-formed but not what the user meant or what another tool left behind: each is either read as
/// meant or refused in one line, never passed over in silence.
/// </summary>
public sealed class InputSurpriseTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Segment_refuses_a_declared_language_that_the_text_contradicts()
    {
        var english = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");

        var run = CliRun.Of("segment", "--lang", "zh", english);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain($"{english}: is declared zh but its text reads as English"));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public void A_table_saved_with_two_byte_order_marks_has_its_header_recognised()
    {
        var table = folder.File("units.tsv");
        File.WriteAllText(table, "\uFEFFsource\ttarget\n会议开幕。\tThe meeting opened.\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var units = UnitTable.Read(table, UnitTableFormat.Tsv, Language.Chinese, Language.English).ToList();

        Assert.That(units.Select(u => u.Source.Text), Is.EqualTo(new[] { "会议开幕。" }));
    }

    [TestCase("units.tsv", "source\ttarget\n")]
    [TestCase("units.csv", "")]
    [TestCase("units.tmx", """<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body></body></tmx>""")]
    public void Indexing_a_table_without_units_says_so_and_creates_no_memory(string name, string content)
    {
        var table = folder.File(name);
        File.WriteAllText(table, content);
        var memory = folder.File("memory");

        var run = CliRun.Of("index", table, "--index", memory);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError), run.Output);
        Assert.That(run.ErrorLines.Single(), Does.Contain($"{table}: ").And.Contain("no translation units"));
        Assert.That(Directory.Exists(memory), Is.False);
    }

    [Test]
    public void Align_takes_a_tbx_glossary_as_terms_extract_writes_it()
    {
        var glossary = folder.File("glossary.tbx");
        new Glossary(Language.Chinese, Language.English, [new GlossaryEntry("电子证据", "electronic evidence")]).Write(glossary, GlossaryFormat.Tbx);

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", folder.File("report.tmx"), "--glossary", glossary);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [Test]
    public void Control_characters_in_units_are_escaped_in_human_output_and_kept_in_json()
    {
        var memory = folder.File("memory");
        var table = folder.File("units.tsv");
        File.WriteAllText(table, "source\ttarget\n会议开幕。\u001B[2J\tThe meeting\u0007 opened.\n");
        Assert.That(CliRun.Of("index", table, "--index", memory).ExitCode, Is.Zero);

        var human = CliRun.Of("lookup", "会议开幕。", "--min", "0", "--index", memory);
        var json = CliRun.Of("lookup", "会议开幕。", "--min", "0", "--index", memory, "--json");
        var concordance = CliRun.Of("concord", "meeting", "--index", memory);

        Assert.That(human.Output, Does.Contain("会议开幕。\\u001B[2J").And.Contain("The meeting\\u0007 opened."));
        Assert.That((human.Output + concordance.Output).Where(c => char.IsControl(c) && c is not '\n'), Is.Empty, "no raw control character reaches the terminal");
        Assert.That(concordance.Output, Does.Contain("\\u0007"));
        Assert.That(System.Text.Json.JsonDocument.Parse(json.Output).RootElement[0].GetProperty("target").GetString(), Is.EqualTo("The meeting\u0007 opened."));
    }
}
