using Alignment.Cli.CommandLine;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// A wrong command line, tried as a new user would type it: one line on stderr that names the option or argument
/// and the problem and points to --help, exit code 2, and no file read or written.
/// </summary>
public sealed class UsageErrorTests
{
    private TempFolder folder = null!;
    private string english = null!;
    private string output = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new TempFolder();
        english = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");
        output = folder.File("report.tmx");
        File.WriteAllText(output, "the previous alignment");
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void An_extra_argument_is_refused_instead_of_ignored() =>
        AssertUsageError(
            ["segment", english, "extra.txt"],
            "alignment segment: error: 'extra.txt' is an argument too many: 'segment' takes FILE; see 'alignment segment --help'.");

    [Test]
    public void A_single_valued_option_given_twice_is_refused_instead_of_keeping_the_last() =>
        AssertUsageError(
            ["segment", "--lang", "zh", "--lang", "en", english],
            "alignment segment: error: --lang is given 2 times (zh, en); give it once; see 'alignment segment --help'.");

    [Test]
    public void An_unknown_option_is_refused_even_where_an_argument_could_take_it() =>
        AssertUsageError(
            ["align", english, "--outptu", output],
            "alignment align: error: 'align' has no option --outptu; see 'alignment align --help'.");

    [Test]
    public void A_missing_argument_is_named() =>
        AssertUsageError(["align", english], "alignment align: error: 'align' needs EN; see 'alignment align --help'.");

    [Test]
    public void An_option_without_its_value_is_named() =>
        AssertUsageError(["segment", english, "--lang"], "alignment segment: error: --lang needs a value (LANG); see 'alignment segment --help'.");

    [Test]
    public void A_missing_required_option_is_named() =>
        AssertUsageError(["evaluate", "--gold", english], "alignment evaluate: error: 'evaluate' needs --test TEST; see 'alignment evaluate --help'.");

    [Test]
    public void A_value_that_is_not_a_number_is_refused() =>
        AssertUsageError(
            ["lookup", "--max", "abc", "电子证据", "--index", folder.File("memory")],
            "alignment lookup: error: --max expects a whole number from 1 to 100, not 'abc'; see 'alignment lookup --help'.");

    [Test]
    public void A_negative_wait_is_refused() =>
        AssertUsageError(
            ["index", "units.tsv", "--wait", "-1", "--index", folder.File("memory")],
            "alignment index: error: --wait expects a whole number from 0 to 86,400, not '-1'; see 'alignment index --help'.");

    [TestCase("lookup", "--max", "0", "from 1 to 100")]
    [TestCase("lookup", "--max", "-1", "from 1 to 100")]
    [TestCase("lookup", "--max", "2147483647", "from 1 to 100")]
    [TestCase("lookup", "--min", "500", "from 0 to 101")]
    [TestCase("lookup", "--min", "-5", "from 0 to 101")]
    [TestCase("concord", "--page-size", "0", "from 1 to 1,000")]
    [TestCase("concord", "--page-size", "1001", "from 1 to 1,000")]
    [TestCase("concord", "--page", "0", "from 1 to 100,000")]
    [TestCase("terms", "--max", "0", "from 1 to 100,000")]
    [TestCase("terms", "--min-occurrences", "0", "from 1 to 1,000,000")]
    public void A_number_out_of_range_is_refused_before_the_memory_is_opened(string command, string option, string value, string range) =>
        AssertUsageError(
            [command, "电子证据", option, value, "--index", folder.File("memory")],
            $"alignment {command}: error: {option} expects a whole number {range}, not '{value}'; see 'alignment {command} --help'.");

    [TestCase("--max-size", "0", "--max-size expects a number of megabytes above 0 and at most 1,048,576, not '0'")]
    [TestCase("--max-size", "lots", "--max-size expects a number of megabytes above 0 and at most 1,048,576, not 'lots'")]
    [TestCase("--lang", "chinese!", "--lang expects a language tag such as zh or en, not 'chinese!'")]
    [TestCase("--encoding", "klingon", "--encoding expects an encoding such as utf-8, utf-16, gb18030, gbk, big5 or windows-1252, not 'klingon'")]
    public void A_value_of_the_wrong_kind_names_the_option(string option, string value, string problem) =>
        AssertUsageError(["segment", english, option, value], $"alignment segment: error: {problem}; see 'alignment segment --help'.");

    [Test]
    public void An_empty_file_name_is_refused_instead_of_read_as_the_current_folder() =>
        AssertUsageError(["align", "", english], "alignment align: error: ZH is empty; see 'alignment align --help'.");

    [Test]
    public void An_empty_option_value_is_refused() =>
        AssertUsageError(["align", english, english, "-o", ""], "alignment align: error: --output is empty; see 'alignment align --help'.");

    [TestCase("lookup", "TEXT", "")]
    [TestCase("lookup", "TEXT", "   ")]
    [TestCase("concord", "PHRASE", "")]
    [TestCase("terms", "TERM", " \t")]
    public void An_empty_query_is_refused_before_the_memory_is_opened(string command, string name, string text) =>
        AssertUsageError(
            [command, text, "--index", folder.File("memory")],
            $"alignment {command}: error: {name} is empty; see 'alignment {command} --help'.");

    [Test]
    public void An_output_of_unknown_format_is_refused_before_any_work() =>
        AssertUsageError(
            ["align", english, english, "-o", folder.File("report.docx")],
            $"alignment align: error: cannot tell the format of '{folder.File("report.docx")}': use .tmx, .tsv, .csv, .jsonl or .beads; see 'alignment align --help'.");

    [Test]
    public void A_document_without_its_translation_is_refused_before_the_memory_is_opened() =>
        AssertUsageError(
            ["index", english, "--index", folder.File("memory")],
            $"alignment index: error: '{english}' is not TMX, TSV, CSV or JSONL, so it is read as a document; its translation must follow it (index ZH EN); see 'alignment index --help'.");

    [Test]
    public void A_lookup_into_the_language_of_its_text_is_refused() =>
        AssertUsageError(
            ["lookup", "The meeting opened.", "--target-lang", "en-GB", "--index", folder.File("memory")],
            "alignment lookup: error: --target-lang en-GB is the language of TEXT (en); a lookup finds translations into another; see 'alignment lookup --help'.");

    [Test]
    public void A_glossary_extracted_into_its_own_language_is_refused() =>
        AssertUsageError(
            ["terms", "--extract", "-o", folder.File("glossary.tsv"), "--source-lang", "en", "--target-lang", "en", "--index", folder.File("memory")],
            "alignment terms: error: --source-lang en and --target-lang en are the same language; a glossary pairs two; see 'alignment terms --help'.");

    [Test]
    public void Response_files_are_off_so_a_phrase_may_start_with_an_at_sign()
    {
        var run = CliRun.Of("concord", "@unodc", "--index", folder.File("memory"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError), run.Error);
        Assert.That(run.ErrorLines.Single(), Does.Contain("does not exist: build a memory first"));
    }

    [Test]
    public void After_a_double_dash_help_is_text_to_look_up()
    {
        var memory = folder.File("memory");
        var units = folder.File("units.tsv");
        File.WriteAllText(units, "source\ttarget\n会议开幕。\tThe meeting opened.\n");
        Assert.That(CliRun.Of("index", units, "--index", memory).ExitCode, Is.Zero);

        var run = CliRun.Of("concord", "--index", memory, "--", "--help");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("0 units contain \"--help\""));
    }

    private void AssertUsageError(string[] args, string expected)
    {
        var before = folder.Snapshot();

        var run = CliRun.Of(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
            Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { expected }));
            Assert.That(run.Output, Is.Empty);
            Assert.That(folder.Snapshot(), Is.EqualTo(before), "no file was read into an output or written");
        });
    }
}
