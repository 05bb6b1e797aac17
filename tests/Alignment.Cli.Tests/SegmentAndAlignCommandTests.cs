using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alignment.Cli.CommandLine;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

public sealed class SegmentAndAlignCommandTests
{
    [Test]
    public void Segment_prints_the_report_sentences_one_per_line()
    {
        var run = CliRun.Of("segment", "--lang", "zh", Corpus.PathOf("zh.txt"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(Corpus.Lines("zh.sentences.txt").Where(l => l.Length > 0)));
    }

    [Test]
    public void Segment_json_shows_blocks_with_kind_label_and_path()
    {
        var run = CliRun.Of("segment", Corpus.PathOf("en.txt"), "--json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("\"kind\": \"NumberedParagraph\""));
        Assert.That(run.Output, Does.Contain("\"path\": \"annex › Prevention › 45\""));
    }

    [Test]
    public void A_missing_file_is_one_line_naming_it_and_an_input_error()
    {
        var run = CliRun.Of("segment", "no-such-file.txt");

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "alignment segment: error: no-such-file.txt: does not exist" }));
    }

    [Test]
    public void Align_writes_a_tmx_of_the_report()
    {
        using var folder = new TempFolder();
        var output = folder.File("report.tmx");

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", output);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(output), Does.Contain("<tuv xml:lang=\"en\">").And.Contain("srclang=\"zh-CN\""));
        Assert.That(folder.Files, Is.EqualTo(new[] { "report.tmx" }), "no temporary file is left behind");
    }

    [Test]
    public void A_tmx_also_holds_the_segments_a_cat_tool_cuts_and_a_table_or_units_sentences_does_not()
    {
        using var folder = new TempFolder();
        var (zh, en) = (Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"));
        CliRun.Of("align", zh, en, "-o", folder.File("both.tmx"));
        CliRun.Of("align", zh, en, "-o", folder.File("sentences.tmx"), "--units", "sentences");
        CliRun.Of("align", zh, en, "-o", folder.File("table.tsv"));

        // A segment of the source ("#3~5") or of the target ("#3^5") over several units.
        static bool Joined(string id) => id.Contains('~', StringComparison.Ordinal) || id.Contains('^', StringComparison.Ordinal);
        static bool Split(string id) => !Joined(id) && id[(id.LastIndexOf('#') + 1)..].Contains('.', StringComparison.Ordinal);

        // A piece of a sentence the tool's rules cut ("#59:1", before a footnote marker after 。).
        static bool Cut(string id) => id[(id.LastIndexOf('#') + 1)..].Contains(':', StringComparison.Ordinal);
        var both = XDocument.Load(folder.File("both.tmx")).Descendants("tu").Select(tu => (string)tu.Attribute("tuid")!).ToList();
        var sentences = XDocument.Load(folder.File("sentences.tmx")).Descendants("tu").Select(tu => (string)tu.Attribute("tuid")!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(both.Where(id => !Joined(id) && !Split(id) && !Cut(id)), Is.EqualTo(sentences));
            Assert.That(both.Count(Joined), Is.Positive);
            Assert.That(both.Count(Split), Is.Positive);
            Assert.That(File.ReadAllLines(folder.File("table.tsv")), Has.Length.EqualTo(sentences.Count + 1));
        });
    }

    [Test]
    public void Align_report_lists_the_doubtful_beads()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", folder.File("report.tsv"), "--report");

        Assert.That(run.Output, Does.Contain("1-0 unpaired (confidence").And.Contain("[Unpaired] front").And.Contain("zh-CN: Chinese"));
    }

    [Test]
    public void Align_report_names_the_unit_each_doubtful_pair_became_in_the_tmx()
    {
        using var folder = new TempFolder();
        var tmx = folder.File("report.tmx");

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", tmx, "--report");

        var lines = run.Output.Split('\n');
        var named = lines.Select((line, i) => (Match: Regex.Match(line, @"\(unit (?<id>\S+),"), Chinese: i + 1 < lines.Length ? lines[i + 1] : string.Empty))
            .Where(l => l.Match.Success).ToList();
        var units = XDocument.Load(tmx).Descendants("tu").ToDictionary(
            tu => (string)tu.Attribute("tuid")!,
            tu => tu.Elements("tuv").First().Element("seg")!.Value);
        Assert.That(named, Is.Not.Empty, run.Output);
        Assert.That(named, Has.All.Matches<(Match Match, string Chinese)>(
            l => l.Chinese.Contains(units[l.Match.Groups["id"].Value].Split(' ')[^1], StringComparison.Ordinal)));
    }

    [Test]
    public void Align_report_prints_both_sides_whole()
    {
        using var folder = new TempFolder();
        var tmx = folder.File("report.tmx");

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", tmx, "--report");

        var printed = run.Output.Split('\n').Where(l => l.StartsWith("      en: ", StringComparison.Ordinal) && !l.StartsWith("      en: —", StringComparison.Ordinal))
            .Select(l => l["      en: ".Length..l.LastIndexOf("  (", StringComparison.Ordinal)]).ToList();
        Assert.That(printed, Is.Not.Empty);
        var english = XDocument.Load(tmx).Descendants("tu").Select(tu => tu.Elements("tuv").Last().Element("seg")!.Value).ToList();
        Assert.That(printed, Has.All.Matches<string>(text => english.Any(e => e.EndsWith(text, StringComparison.Ordinal))));
    }

    [Test]
    public void An_output_whose_format_is_unknown_fails_before_any_work_and_writes_nothing()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", folder.File("report.docx"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("cannot tell the format of").And.Contain("report.docx"));
        Assert.That(folder.Files, Is.Empty);
    }

    [Test]
    public void Two_files_in_the_same_language_are_refused_with_both_names()
    {
        var run = CliRun.Of("align", Corpus.PathOf("en.txt"), Corpus.PathOf("en.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("is in the same language as"));
    }

    [Test]
    public void Presegmented_alignment_prints_beads_in_the_evaluation_format()
    {
        var run = CliRun.Of("align", "--presegmented", Corpus.PathOf("zh.sentences.txt"), Corpus.PathOf("en.sentences.txt"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("[0]:[0]:"));
    }

    [Test]
    public void Evaluate_scores_the_gold_against_itself_perfectly()
    {
        var run = CliRun.Of("evaluate", "--gold", Corpus.PathOf("gold.beads"), "--test", Corpus.PathOf("gold.beads"), "--json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("\"f1_strict\": 1"));
    }
}
