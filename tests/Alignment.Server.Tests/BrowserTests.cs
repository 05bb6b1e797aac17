using System.Xml.Linq;
using Alignment.Interchange;
using Alignment.Server.Reviewing;
using OpenQA.Selenium;

namespace Alignment.Server.Tests;

/// <summary>
/// The review page and the memory's page in a real browser, driven from the keyboard and the mouse as a translator
/// would; each test leaves screenshots of what it saw.
/// </summary>
[NonParallelizable]
public sealed class BrowserTests
{
    [Test]
    public async Task The_review_page_shows_both_documents_side_by_side_and_jumps_from_doubtful_bead_to_doubtful_bead()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var doubtful = session.View().Report.Doubtful.Count;
        using var browser = Browser.Start();
        await using var server = Servers.Review(session);

        browser.Open(server.Url);
        browser.WaitForRevision(0);
        browser.Screenshot("review-report");

        Assert.That(browser.Find(".bead .side.source").GetAttribute("lang"), Is.EqualTo("zh-CN"));
        Assert.That(browser.Find(".bead .side.target").GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(browser.FindAll(".bead"), Has.Count.EqualTo(session.Current.Beads.Count));
        Assert.That(browser.FindAll(".bead.doubtful"), Has.Count.EqualTo(doubtful));
        Assert.That(browser.Driver.Url, Does.Not.Contain("token"), "the token leaves the address bar once the cookie holds it");
        var visited = new List<string>();
        for (var i = 0; i < doubtful; i++)
        {
            browser.Press("n");
            var current = browser.Find(".bead.current");
            Assert.That(current.GetAttribute("class"), Does.Contain("doubtful"));
            visited.Add(current.GetAttribute("id")!);
        }

        browser.Press("n");
        Assert.That(browser.Status, Is.EqualTo("No doubtful bead after this one."));
        Assert.That(visited, Is.Unique.And.Count.EqualTo(doubtful));
        browser.Press("f");
        Assert.That(browser.FindAll(".bead").Count(b => b.Displayed), Is.EqualTo(doubtful));
        browser.Screenshot("review-report-doubtful-only");
    }

    [Test]
    public void Merging_splitting_marking_unpaired_undoing_and_saving_through_the_page_write_the_TMX()
    {
        using var folder = new TempFolder();
        var (source, target) = Reviews.CopyPair(folder);
        using var browser = Browser.Start();
        var (tool, url) = Tool.Serve(folder.Path, "review", source, target, "-o", "report.tmx");
        using (tool)
        {
            browser.Open(url);
            browser.WaitForRevision(0);
            var beads = browser.FindAll(".bead").Count;

            // Merge two beads, and take it back.
            browser.Click(browser.Find("#bead-30 .sentence"));
            browser.Press("m");
            browser.WaitForRevision(1);
            Assert.That(browser.FindAll(".bead"), Has.Count.EqualTo(beads - 1));
            Assert.That(browser.Status, Does.StartWith("Merged beads 31 and 32."));
            browser.Press("u");
            browser.WaitForRevision(2);
            Assert.That(browser.FindAll(".bead"), Has.Count.EqualTo(beads));
            Assert.That(browser.Status, Does.StartWith("Undid: Merged beads 31 and 32."));

            // Split a bead: its last English sentence goes to the next bead.
            var twoSentences = browser.FindAll(".bead").First(b => b.FindElements(By.CssSelector(".side.target .sentence")).Count == 2);
            browser.Click(twoSentences.FindElements(By.CssSelector(".side.target .sentence"))[1]);
            browser.Press("]");
            browser.WaitForRevision(3);
            Assert.That(browser.Status, Does.StartWith("Moved target sentence"));

            // Mark a sentence unpaired, then confirm another bead.
            browser.Click(browser.Find("#bead-60 .side.source .sentence"));
            browser.Press("x");
            browser.WaitForRevision(4);
            Assert.That(browser.Status, Does.StartWith("Marked source sentence"));
            Assert.That(browser.FindAll(".bead"), Has.Count.EqualTo(beads + 1));
            browser.Click(browser.Find("#bead-90 .sentence"));
            browser.Press("c");
            browser.WaitForRevision(5);
            browser.Screenshot("review-after-edits");

            browser.Press("s");
            browser.WaitUntil(_ => browser.Status.StartsWith("Wrote", StringComparison.Ordinal), "the save is reported");
            Assert.That(browser.Status, Does.Match(@"^Wrote \d+ records to report\.tmx\.$"));
        }

        var origins = XDocument.Load(folder.File("report.tmx")).Descendants("prop")
            .Where(p => (string?)p.Attribute("type") == "x-origin").GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(origins["confirmed"], Is.EqualTo(1));
        Assert.That(origins["edited"], Is.EqualTo(2), "the two halves of the split; an unpaired sentence makes no unit");
        using var reader = TmxReader.Open(folder.File("report.tmx"), new TmxReadOptions(Documents.Language.Chinese, Documents.Language.English));
        Assert.That(reader.ReadUnits().Count(u => u.Origin == UnitOrigin.Edited), Is.EqualTo(2), "our TMX reader reads the origin back");
    }

    [Test]
    public void Edits_are_still_there_after_the_server_is_killed_and_the_page_reloaded()
    {
        using var folder = new TempFolder();
        var (source, target) = Reviews.CopyPair(folder, "story-last-ferry");
        using var browser = Browser.Start();
        var (first, url) = Tool.Serve(folder.Path, "review", source, target, "-o", "story.tmx");
        int merged;
        using (first)
        {
            browser.Open(url);
            browser.WaitForRevision(0);
            merged = SourceSentences(browser, 2) + SourceSentences(browser, 3);
            browser.Click(browser.Find("#bead-2 .sentence"));
            browser.Press("m");
            browser.WaitForRevision(1);
            first.Kill();
        }

        var (second, again) = Tool.Serve(folder.Path, "review", source, target, "-o", "story.tmx");
        using (second)
        {
            browser.Open(again);
            browser.WaitForRevision(1);
            browser.Screenshot("review-reopened");

            Assert.That(browser.Status, Is.EqualTo("Reopened the review where it stopped (1 edit so far)."));
            Assert.That(browser.Find("#bead-2 .gutter").Text, Does.Contain("edited"));
            Assert.That(SourceSentences(browser, 2), Is.EqualTo(merged), "bead 2 still holds the sentences of the two beads merged");
            Assert.That(browser.Find("#undo").Enabled, Is.True);
        }
    }

    [Test]
    public async Task An_English_sentence_in_the_wrong_bead_is_put_back_in_two_actions_and_no_other_bead_changes()
    {
        using var folder = new TempFolder();
        var fresh = Reviews.Open(folder);
        var original = fresh.View().State.Beads;
        var i = Reviews.CleanPairOfBeads(fresh.Current, 40);
        Reviews.SpoilOneTargetSentence(fresh, i);
        var session = Reviews.Reopen(fresh);
        using var browser = Browser.Start();
        await using var server = Servers.Review(session);
        browser.Open(server.Url);
        browser.WaitForRevision(0);
        var stray = original[i + 1].Target.Start;
        browser.Screenshot("repair-before");

        browser.Click(browser.Find($"#bead-{i} .sentence[data-side=target][data-i='{stray}']"));  // action 1: select it
        browser.Press("]");                                                                           // action 2: into the next bead
        browser.WaitForRevision(1);
        browser.Screenshot("repair-after");

        var repaired = session.View().State.Beads;
        Assert.That(Reviews.Spans(repaired), Is.EqualTo(Reviews.Spans(original)));
        var others = Enumerable.Range(0, original.Length).Where(k => k != i && k != i + 1).ToList();
        Assert.That(others.Select(k => repaired[k]), Is.EqualTo(others.Select(k => original[k])), "every other bead as it was, confidence and all");
        Assert.That(browser.Find($"#bead-{i + 1} .side.target").Text, Does.EndWith(session.Current.Target.Sentences[stray].Text));
    }

    [Test]
    public async Task The_story_s_moved_sentence_is_paired_back_with_its_Chinese_through_the_page()
    {
        using var folder = new TempFolder();
        var fresh = Reviews.Open(folder, "story-last-ferry");
        var english = Reviews.MovedBoatSentence(fresh.Current);
        Reviews.SpoilMovedSentence(fresh, english);
        var session = Reviews.Reopen(fresh);
        var bitext = session.Current;
        var chinese = bitext.Beads.ToList().FindIndex(b => b.Target.IsEmpty && bitext.Source.TextOf(b.Source).Contains("1998", StringComparison.Ordinal));
        using var browser = Browser.Start();
        await using var server = Servers.Review(session);
        browser.Open(server.Url);
        browser.WaitForRevision(0);
        browser.Screenshot("story-before");

        browser.Click(browser.Find($".sentence[data-side=target][data-i='{english}']"));
        browser.Press("x");
        browser.WaitForRevision(1);
        browser.Click(browser.Find($"#bead-{chinese} .sentence"));
        browser.Press("p");
        var alone = browser.Find($".sentence[data-side=target][data-i='{english}']");
        browser.Click(alone);
        browser.Press("p");
        browser.WaitForRevision(2);
        browser.Screenshot("story-paired");

        var state = session.View().State;
        var bead = state.Beads[state.BeadOf(new SentenceRef(DocumentSide.Target, english))];
        Assert.That(bead.Source, Is.EqualTo(bitext.Beads[chinese].Source));
        Assert.That(bead.Target.Count, Is.EqualTo(1));
        Assert.That(browser.Status, Does.StartWith("Paired beads"));
        Assert.That(browser.Find(".bead.current").GetAttribute("id"), Is.EqualTo($"bead-{chinese}"), "the page stays on the bead just made");
        Assert.That(browser.FindAll(".bead.changed").Select(b => b.GetAttribute("id")), Is.EqualTo(new[] { $"bead-{chinese}" }), "and marks it as the one that changed");
    }

    [Test]
    public void The_memory_page_finds_电子证据_and_leads_from_a_unit_to_its_review_page()
    {
        using var folder = new TempFolder();
        var (source, target) = Reviews.CopyPair(folder);
        var memory = folder.File("memory");
        Tool.Run(folder.Path, "index", source, target, "--index", memory);
        using var browser = Browser.Start();
        var (tool, url) = Tool.Serve(folder.Path, "serve", "--index", memory);
        using (tool)
        {
            browser.Open(url);
            browser.WaitUntil(d => d.FindElement(By.Id("stats")).Text.Contains("units", StringComparison.Ordinal), "the memory's statistics");
            browser.Click(browser.Find("input[name=mode][value=terms]"));
            browser.Find("#text").SendKeys("电子证据" + Keys.Enter);
            browser.WaitUntil(d => d.FindElements(By.CssSelector(".candidate")).Count > 0, "term equivalents");
            Assert.That(browser.Find(".candidate h3").Text, Does.StartWith("electronic evidence"));
            browser.Screenshot("memory-terms");

            browser.Click(browser.Find("input[name=mode][value=concordance]"));
            browser.Click(browser.Find("form.search button"));
            browser.WaitUntil(d => d.FindElements(By.CssSelector(".hit mark")).Count > 0, "concordance hits");
            var hit = browser.Find(".hit");
            Assert.That(hit.FindElements(By.CssSelector("div[lang=zh-CN] mark")).Select(m => m.Text), Has.Some.EqualTo("电子证据"));
            Assert.That(hit.FindElements(By.CssSelector("div[lang=en] mark")).Select(m => m.Text.ToLowerInvariant()), Has.Some.EqualTo("electronic evidence"));
            browser.Screenshot("memory-concordance");

            browser.Click(hit.FindElement(By.CssSelector("a.review-link")));
            browser.WaitUntil(d => d.FindElements(By.CssSelector(".bead.current")).Count == 1, "the review page, at the unit's bead");
            browser.Screenshot("review-from-memory");
            Assert.That(browser.Driver.Url, Does.Contain("/review/"));
            Assert.That(browser.Find(".bead.current .side.source").Text, Does.Contain("电子证据"));
        }
    }

    private static int SourceSentences(Browser browser, int bead) =>
        browser.Find($"#bead-{bead} .side.source").FindElements(By.CssSelector(".sentence")).Count;
}
