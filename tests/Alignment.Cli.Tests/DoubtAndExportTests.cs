using System.Text.Json;
using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Tests;

/// <summary>
/// A unit the aligner was unsure of says so wherever it is shown, costs more the more doubtful it is, and can be
/// kept out of a memory or an export; the memory's documents can be listed, exported and removed by name.
/// </summary>
public sealed class DoubtAndExportTests
{
    private const string Sure = "会员国应努力加强电子证据收集方面的合作。";
    private const string Doubtful = "码头上有一间小卖部，是老周的老伴开的。";

    private TempFolder folder = null!;
    private string memory = null!;

    [SetUp]
    public void CreateMemory()
    {
        folder = new TempFolder();
        memory = folder.File("memory");
        var units = folder.File("units.tsv");
        File.WriteAllLines(units,
        [
            "source\ttarget\tdocument\tpath\tbead\tconfidence\torigin",
            $"{Sure}\tMember States should strive to strengthen cooperation in gathering electronic evidence.\treport.txt\tbody\t1-1\t0.99\taligned",
            $"{Doubtful}\tOn the landing there is a small shop run by Zhou's wife.\tstory.txt\tbody\t1-1\t0.25\taligned",
            "会议开幕。\tOpening of the meeting.\tglossary.tsv\tbody\t1-1\t1\timported",
        ]);
        Assert.That(CliRun.Of("index", units, "--index", memory).ExitCode, Is.Zero);
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void A_lookup_shows_the_alignment_doubt_and_what_it_cost_beside_the_band()
    {
        var run = CliRun.Of("lookup", Doubtful, "--index", memory);

        Assert.That(run.Output, Does.StartWith(" 77%  " + Doubtful + "   [75–84%, doubtful alignment: confidence 0.25, −23 points]"));
    }

    [Test]
    public void A_confident_match_shows_no_doubt()
    {
        var run = CliRun.Of("lookup", Sure, "--index", memory);

        Assert.That(run.Output, Does.StartWith("100%  " + Sure + "   [exact]\n"));
    }

    [Test]
    public void A_concordance_line_shows_the_alignment_doubt_in_the_words_lookup_uses()
    {
        var doubtful = CliRun.Of("concord", "小卖部", "--index", memory);
        var sure = CliRun.Of("concord", "电子证据", "--index", memory);

        Assert.Multiple(() =>
        {
            Assert.That(doubtful.Output, Does.Contain("- 码头上有一间[小卖部]，是老周的老伴开的。 (doubtful alignment: confidence 0.25)\n"));
            Assert.That(sure.Output, Does.Not.Contain("doubtful"));
        });
    }

    [Test]
    public void A_concordance_in_json_carries_the_confidence_and_the_doubt()
    {
        var run = CliRun.Of("concord", "小卖部", "--index", memory, "--json");

        var hit = JsonDocument.Parse(run.Output).RootElement.GetProperty("hits")[0];
        Assert.That((hit.GetProperty("confidence").GetDouble(), hit.GetProperty("doubtful").GetBoolean()), Is.EqualTo((0.25, true)));
    }

    [Test]
    public void A_lookup_in_json_carries_the_doubt_and_its_penalty()
    {
        var run = CliRun.Of("lookup", Doubtful, "--index", memory, "--json");

        var match = JsonDocument.Parse(run.Output).RootElement[0];
        Assert.That(
            (match.GetProperty("score").GetInt32(), match.GetProperty("doubtful").GetBoolean(), match.GetProperty("doubtPenalty").GetInt32()),
            Is.EqualTo((77, true, 23)));
    }

    [Test]
    public void A_context_match_needs_one_neighbour_and_its_band_says_which()
    {
        var story = folder.File("story");
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "story-last-ferry");
        CliRun.Of("index", Path.Combine(directory, "zh.txt"), Path.Combine(directory, "en.txt"), "--index", story);

        var byPrevious = CliRun.Of("lookup", "周德明已经在船上坐了半个小时。", "--prev", "码头边的石阶上结着一层薄霜。", "--index", story);
        var byNext = CliRun.Of("lookup", "周德明已经在船上坐了半个小时。", "--next", "他七十一岁，背有点驼，手上的老茧厚得像树皮。", "--index", story, "--json");

        Assert.Multiple(() =>
        {
            Assert.That(byPrevious.Output, Does.StartWith("101%  周德明已经在船上坐了半个小时。   [context match: previous segment]"));
            Assert.That(JsonDocument.Parse(byNext.Output).RootElement[0].GetProperty("context").GetString(), Is.EqualTo("next"));
        });
    }

    [Test]
    public void A_fuzzy_match_shows_what_differs_from_the_query_in_text_and_json()
    {
        var query = Sure.Replace("电子证据", "数字证据", StringComparison.Ordinal);

        var text = CliRun.Of("lookup", query, "--index", memory);
        var json = CliRun.Of("lookup", query, "--index", memory, "--json");

        Assert.Multiple(() =>
        {
            Assert.That(text.Output, Does.Contain("      diff: 会员国应努力加强[-电子-]{+数字+}证据收集方面的合作。\n"));
            Assert.That(
                JsonDocument.Parse(json.Output).RootElement[0].GetProperty("diff").EnumerateArray().Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("text").GetString())),
                Is.EqualTo(new[] { ("same", "会员国应努力加强"), ("removed", "电子"), ("added", "数字"), ("same", "证据收集方面的合作。") }));
        });
    }

    [Test]
    public void Index_with_a_minimum_confidence_leaves_doubtful_aligned_units_out_and_keeps_imported_ones()
    {
        var other = folder.File("other");

        CliRun.Of("index", folder.File("units.tsv"), "--index", other, "--min-confidence", "0.5");

        Assert.That(Exported(other), Is.EquivalentTo(new[] { Sure, "会议开幕。" }));
    }

    [Test]
    public void Align_with_a_minimum_confidence_writes_only_the_units_at_or_above_it()
    {
        var all = folder.File("all.tsv");
        var confident = folder.File("confident.tsv");
        string[] pair = [Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "story-last-ferry", "zh.txt"), Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "story-last-ferry", "en.txt")];

        CliRun.Of(["align", .. pair, "-o", all]);
        CliRun.Of(["align", .. pair, "-o", confident, "--min-confidence", "0.9"]);

        var confidences = Confidences(all);
        Assert.That(confidences, Has.Some.LessThan(0.9), "the story has doubtful beads");
        Assert.That(Confidences(confident), Is.EqualTo(confidences.Where(c => c >= 0.9)));
    }

    [Test]
    public void Export_writes_the_units_of_one_document()
    {
        Assert.That(Exported(memory, "--document", "story.txt"), Is.EqualTo(new[] { Doubtful }));
    }

    [Test]
    public void Export_filters_by_confidence_and_origin()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Exported(memory, "--min-confidence", "0.5"), Is.EquivalentTo(new[] { Sure, "会议开幕。" }));
            Assert.That(Exported(memory, "--origin", "imported"), Is.EqualTo(new[] { "会议开幕。" }));
            Assert.That(Exported(memory, "--origin", "aligned", "--min-confidence", "0.5"), Is.EqualTo(new[] { Sure }));
        });
    }

    [Test]
    public void Export_to_tmx_keeps_each_unit_with_its_confidence()
    {
        var tmx = folder.File("memory.tmx");

        var run = CliRun.Of("export", "-o", tmx, "--index", memory);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(tmx), Does.Contain(Doubtful).And.Contain(Sure).And.Contain("0.25"));
    }

    [Test]
    public void What_export_writes_as_JSON_Lines_indexes_into_a_new_memory_with_its_confidence()
    {
        var lines = folder.File("memory.jsonl");
        Assert.That(CliRun.Of("export", "-o", lines, "--index", memory).ExitCode, Is.Zero);
        var copy = folder.File("copy");

        var run = CliRun.Of("index", lines, "--index", copy);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Exported(copy), Is.EquivalentTo(Exported(memory)));
        Assert.That(Exported(copy, "--min-confidence", "0.5"), Is.EquivalentTo(new[] { Sure, "会议开幕。" }));
    }

    [Test]
    public void Export_of_a_document_the_memory_does_not_hold_is_refused_and_writes_nothing()
    {
        var run = CliRun.Of("export", "-o", folder.File("out.tsv"), "--index", memory, "--document", "nope.txt");

        Assert.That((run.ExitCode, run.ErrorLines.Single(), File.Exists(folder.File("out.tsv"))), Is.EqualTo((
            CliApplication.InputError,
            $"alignment export: error: {memory}: has no document named nope.txt; 'alignment stats --documents' lists the ones it has",
            false)));
    }

    [Test]
    public void Deleting_a_document_that_is_not_there_is_an_error_naming_the_ones_that_are()
    {
        var run = CliRun.Of("index", "--delete", "nope.txt", "--index", memory);

        Assert.That((run.ExitCode, run.ErrorLines.Single()), Is.EqualTo((
            CliApplication.InputError,
            $"alignment index: error: {memory}: has no document named nope.txt; it holds glossary.tsv, report.txt, story.txt")));
    }

    [Test]
    public void Deleting_a_document_that_is_there_removes_its_units()
    {
        var run = CliRun.Of("index", "--delete", "story.txt", "--index", memory);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Exported(memory), Is.EquivalentTo(new[] { Sure, "会议开幕。" }));
    }

    [Test]
    public void Stats_lists_the_documents_of_the_memory()
    {
        var run = CliRun.Of("stats", "--documents", "--index", memory);

        Assert.That(run.Output, Is.EqualTo("glossary.tsv\nreport.txt\nstory.txt\n"));
    }

    private string[] Exported(string index, params string[] filters)
    {
        var table = folder.File($"export-{Guid.NewGuid():N}.tsv");
        var run = CliRun.Of(["export", "-o", table, "--index", index, .. filters]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return [.. File.ReadAllLines(table).Skip(1).Select(line => line.Split('\t')[0])];
    }

    private static double[] Confidences(string table)
    {
        var lines = File.ReadAllLines(table);
        var column = Array.IndexOf(lines[0].Split('\t'), "confidence");
        return [.. lines.Skip(1).Select(line => double.Parse(line.Split('\t')[column], System.Globalization.CultureInfo.InvariantCulture))];
    }
}
