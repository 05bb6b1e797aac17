using Alignment.Cli.CommandLine;
using Alignment.Server.Reviewing;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// The command lines of 'review' and 'serve' up to the point where they serve a page (the pages themselves are tested
/// in a browser, in Alignment.Server.Tests), and what 'index' records for the memory's page.
/// </summary>
public sealed class ReviewAndServeCommandTests
{
    [Test]
    public void Review_refuses_an_output_whose_format_it_cannot_tell()
    {
        var run = CliRun.Of("review", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", "report.docx");

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("cannot tell the format of 'report.docx'"));
    }

    [TestCase("--listen", "everywhere", "--listen expects an IP address")]
    [TestCase("--port", "70000", "--port expects a whole number from 0 to 65,535")]
    public void Review_refuses_a_server_option_out_of_range(string option, string value, string message)
    {
        var run = CliRun.Of("review", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), option, value);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.ErrorLines.Single(), Does.Contain(message));
    }

    [Test]
    public void Review_notices_a_document_changed_since_its_review_was_saved_and_says_how_to_start_afresh()
    {
        using var folder = new TempFolder();
        var zh = folder.Copy(Corpus.PathOf("zh.txt"), "zh.txt");
        var en = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");
        ReviewSession.Open(AlignmentPipeline.Default, zh, en, folder.File("report.review.json"), folder.File("report.tmx"), restart: false);
        File.AppendAllText(en, "\nA paragraph added after the review began.\n");

        var run = CliRun.Of("review", zh, en, "-o", folder.File("report.tmx"), "--no-open");

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("en.txt: has changed since its review was saved in").And.Contain("review afresh with --restart"));
        Assert.That(run.Output, Is.Empty, "no URL: nothing is served");
    }

    [Test]
    public void A_second_process_reviewing_the_same_review_file_is_refused_and_the_first_keeps_its_review()
    {
        using var folder = new TempFolder();
        var zh = folder.Copy(Corpus.PathOf("zh.txt"), "zh.txt");
        var en = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");
        using var first = ChildRun.Start("review", zh, en, "-o", folder.File("report.tmx"), "--no-open");
        try
        {
            var firstLine = first.StandardOutput.ReadLine();
            Assert.That(firstLine, Does.StartWith("http://127.0.0.1:"), "the first review serves its page");
            var saved = File.ReadAllBytes(folder.File("report.review.json"));

            var second = CliRun.Of("review", zh, en, "-o", folder.File("report.tmx"), "--no-open");

            Assert.That(second.ExitCode, Is.EqualTo(CliApplication.InputError));
            Assert.That(second.ErrorLines.Single(), Does.Contain("report.review.json: is being reviewed by another process"));
            Assert.That(second.Output, Is.Empty, "no URL: nothing is served");
            Assert.That(File.ReadAllBytes(folder.File("report.review.json")), Is.EqualTo(saved), "the first review's file is untouched");
        }
        finally
        {
            first.Kill();
            first.WaitForExit();
        }

        using var after = ReviewSession.Open(AlignmentPipeline.Default, zh, en, folder.File("report.review.json"), folder.File("report.tmx"), restart: false);
        Assert.That(after.Resumed, Is.True, "a killed review leaves its file free to reopen");
    }

    [Test]
    public void A_review_saved_as_tmx_holds_the_segments_a_cat_tool_cuts_as_align_writes_them()
    {
        using var folder = new TempFolder();
        var zh = folder.Copy(Corpus.PathOf("zh.txt"), "zh.txt");
        var en = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");
        var session = ReviewSession.Open(AlignmentPipeline.Default, zh, en, folder.File("report.review.json"), folder.File("review.tmx"), restart: false);
        CliRun.Of("align", zh, en, "-o", folder.File("align.tmx"));

        new ReviewSaving(null).Save(session, session.Reviewed());

        Assert.That(TuIds(folder.File("review.tmx")), Is.EqualTo(TuIds(folder.File("align.tmx"))).And.Some.Contains('~'));
    }

    private static IEnumerable<string> TuIds(string tmx) =>
        System.Xml.Linq.XDocument.Load(tmx).Descendants("tu").Select(tu => (string?)tu.Attribute("tuid") ?? string.Empty);

    [Test]
    public void Review_refuses_to_write_its_review_over_an_input()
    {
        using var folder = new TempFolder();
        var zh = folder.Copy(Corpus.PathOf("zh.txt"), "zh.txt");
        var en = folder.Copy(Corpus.PathOf("en.txt"), "report.review.json");

        var run = CliRun.Of("review", zh, en, "-o", folder.File("report.tmx"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("report.review.json: is the input"));
    }

    [Test]
    public void Serve_without_a_memory_says_how_to_build_one()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("serve", "--index", folder.File("none"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("does not exist: build a memory first"));
    }

    [Test]
    public void Indexing_a_text_pair_records_it_so_the_memory_s_page_can_open_its_review()
    {
        using var folder = new TempFolder();
        var zh = folder.Copy(Corpus.PathOf("zh.txt"), "report.zh.txt");
        var en = folder.Copy(Corpus.PathOf("en.txt"), "report.en.txt");
        var memory = folder.File("memory");

        var run = CliRun.Of("index", zh, en, "--index", memory);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(DocumentPairs.TryFind(memory, DocumentPairs.KeyOf("report.zh.txt"), out var pair), Is.True);
        Assert.That(pair, Is.EqualTo(new DocumentPair("report.zh.txt", zh, en, DocumentPairs.ReviewFileIn(memory, "report.zh.txt"), string.Empty)));
        Assert.That(CliRun.Of("stats", "--index", memory).Output, Does.Contain("units:     181"), "the record does not disturb the memory");
    }
}
