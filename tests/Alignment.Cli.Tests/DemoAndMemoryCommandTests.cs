using Alignment.Cli.CommandLine;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

public sealed class DemoAndMemoryCommandTests
{
    [Test]
    public void The_demo_aligns_indexes_looks_up_and_writes_the_tmx()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("demo", "--index", folder.File("memory"), "--output", folder.File("out"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.Multiple(() =>
        {
            Assert.That(run.Output, Does.Contain("182 beads from 186 zh-CN and 183 en sentences"));
            Assert.That(run.Output, Does.Contain("[Unpaired] front"));
            Assert.That(run.Output, Does.Contain("84% (75–84%)  5. 专家组第三次会议").And.Contain("The third meeting of the Expert Group was held in Vienna"));
            Assert.That(run.Output, Does.Contain("electronic evidence: score 1.00"));
            Assert.That(File.Exists(Path.Combine(folder.File("out"), "unodc-cybercrime-eg4-2021.zh-en.tmx")), Is.True);
            Assert.That(run.Error, Does.Contain("» writing"), "long steps report progress on stderr");
        });
    }

    [Test]
    public void The_default_memory_is_under_local_application_data()
    {
        Assert.That(
            MemoryLocation.DefaultDirectory,
            Is.EqualTo(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "alignment", "memory")));
    }

    [Test]
    public void Running_the_demo_twice_adds_nothing_the_second_time()
    {
        using var folder = new TempFolder();
        CliRun.Of("demo", "--index", folder.File("memory"), "--output", folder.File("out"));

        var run = CliRun.Of("demo", "--index", folder.File("memory"), "--output", folder.File("out"));

        Assert.That(run.Output, Does.Contain("0 units added, 181 already there; 181 in all"));
    }

    [Test]
    public void Index_says_how_many_units_it_skipped_for_an_overlong_side()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("units.tsv"), $"证据。\tEvidence.\n{new string('证', 10_001)}\tA document in one segment.\n");

        var run = CliRun.Of("index", folder.File("units.tsv"), "--index", folder.File("memory"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("1 units added, 0 already there (kept), 0 replaced, 1 skipped for a side over 10,000 characters; memory: "));
    }

    [Test]
    public void Lookup_concord_and_terms_answer_from_an_index_built_from_the_report()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        Assert.That(CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index).ExitCode, Is.Zero);

        var lookup = CliRun.Of("lookup", "会员国应努力加强电子证据收集方面的合作。", "--index", index);
        var concord = CliRun.Of("concord", "mutual legal assistance", "--index", index);
        var terms = CliRun.Of("terms", "司法协助", "--index", index);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.Output, Does.Contain("Member States should endeavour to strengthen cooperation in the collection of electronic evidence."));
            Assert.That(concord.Output, Does.Contain("[mutual legal assistance]"));
            Assert.That(terms.Output, Does.StartWith("\"司法协助\" is in").And.Contain("1. mutual legal assistance"));
        });
    }

    [Test]
    public void Concord_with_a_star_marks_every_word_the_prefix_begins()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        Assert.That(CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index).ExitCode, Is.Zero);

        var run = CliRun.Of("concord", "investigat*", "--index", index, "--page-size", "100");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("[investigation]").And.Contain("[investigations]"));
    }

    [Test]
    public void Terms_as_json_name_their_fields_as_the_http_api_does()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        Assert.That(CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index).ExitCode, Is.Zero);

        var run = CliRun.Of("terms", "司法协助", "--index", index, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        var candidate = json.RootElement.GetProperty("candidates")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(new[] { "term", "language", "targetLanguage", "occurrences", "occurrencesAreExact", "tooLittleEvidence", "candidates" }));
            Assert.That(candidate, Is.EqualTo(new[] { "text", "variants", "alternatives", "together", "frequency", "score", "alignment", "bracketed", "examples" }));
        });
    }

    [Test]
    public void Compacting_a_memory_keeps_its_units_and_its_answers()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index);
        var stats = CliRun.Of("stats", "--index", index).Output;

        var compact = CliRun.Of("compact", "--index", index);

        Assert.Multiple(() =>
        {
            Assert.That(compact.ExitCode, Is.Zero);
            Assert.That(compact.Output, Does.StartWith("compacted "));
            Assert.That(CliRun.Of("stats", "--index", index).Output, Does.Contain(stats.Split('\n').First(l => l.StartsWith("units:", StringComparison.Ordinal))));
            Assert.That(CliRun.Of("stats", "--index", index).Output, Does.Contain("segments:  1\n"));
            Assert.That(
                CliRun.Of("lookup", "会员国应努力加强电子证据收集方面的合作。", "--index", index).Output,
                Does.Contain("Member States should endeavour to strengthen cooperation in the collection of electronic evidence."));
        });
    }

    [Test]
    public void Compacting_a_memory_that_does_not_exist_creates_none()
    {
        using var folder = new TempFolder();
        var missing = folder.File("nothing-here");

        var run = CliRun.Of("compact", "--index", missing);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("does not exist: build a memory first"));
        Assert.That(Directory.Exists(missing), Is.False);
    }

    [Test]
    public void A_match_without_document_or_path_is_shown_without_a_provenance_line()
    {
        using var folder = new TempFolder();
        var units = folder.File("units.tsv");
        File.WriteAllLines(units, ["source\ttarget\tdocument\tpath", "电子证据的收集。\tThe gathering of electronic evidence.\t\t"]);
        CliRun.Of("index", units, "--index", folder.File("memory"));

        var run = CliRun.Of("lookup", "电子证据的收集。", "--index", folder.File("memory"));

        Assert.That(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2), run.Output);
    }

    [Test]
    public void Looking_up_in_a_memory_that_does_not_exist_says_how_to_build_one()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("lookup", "电子证据", "--index", folder.File("nothing-here"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("does not exist: build a memory first"));
    }

    [Test]
    public void An_extracted_glossary_is_written_in_the_format_its_name_asks_for()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index);

        var run = CliRun.Of("terms", "--extract", "-o", folder.File("glossary.tsv"), "--index", index, "--max", "10");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(folder.File("glossary.tsv")), Does.Contain("网络犯罪\tcybercrime"));
    }
}
