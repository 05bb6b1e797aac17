using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>Fuzzy lookup over the whole aligned report, as a translator of a new version of it would use the Memory.</summary>
public class BundledReportLookupTests
{
    private static readonly LookupOptions Everything = new() { MinimumScore = 0, MaxResults = 10 };

    private static TranslationMemory Memory => CorpusUnits.Memory;

    private static TranslationUnit UnitWithSource(string start) => CorpusUnits.Units.First(u => u.Source.Text.StartsWith(start, StringComparison.Ordinal));

    [TestCase("会员国应努力加强收集方面的合作。", "zh")]
    [TestCase("The Expert Group discussed the following documents.", "en")]
    public void Asking_for_fewer_matches_gives_the_first_of_the_longer_list(string query, string code)
    {
        var (source, target) = code == "zh" ? (Language.Chinese, Language.English) : (Language.English, Language.Chinese);
        var many = Memory.Lookup(query, source, target, Everything);

        var few = Memory.Lookup(query, source, target, Everything with { MaxResults = 3 });

        Assert.That(few.Select(m => (m.Unit.Id, m.Score.Value)), Is.EqualTo(many.Take(3).Select(m => (m.Unit.Id, m.Score.Value))));
    }

    [Test]
    public void A_sentence_of_the_report_finds_its_own_translation_at_100()
    {
        var unit = UnitWithSource("2. 专家组第一次会议");

        var best = Memory.Lookup(unit.Source.Text, Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Target.Text), Is.EqualTo((100, "2. The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.")));
    }

    [Test]
    public void A_sentence_of_the_report_in_its_own_context_scores_101()
    {
        var unit = UnitWithSource("在这次会议上，专家组审查并通过了");

        var best = Memory.Lookup(unit.Source.Text, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(unit.PreviousSource, unit.NextSource) })[0];

        Assert.That(best.Score.Value, Is.EqualTo(101));
    }

    [Test]
    public void An_English_sentence_of_the_report_finds_its_Chinese_without_the_stored_paragraph_number()
    {
        // The unit is "18. 会员国应…" ⇔ "18. Member States should…"; the query has no label, so neither has the suggestion.
        var best = Memory.Lookup("Member States should endeavour to strengthen cooperation in the collection of electronic evidence.", Language.English, Language.Chinese)[0];

        Assert.That((best.Score.Value, best.Target.Text), Is.EqualTo((99, "会员国应努力加强电子证据收集方面的合作。")));
    }

    [Test]
    public void A_query_with_another_paragraph_number_gets_the_translation_with_its_own_number()
    {
        var best = Memory.Lookup("19. 会员国应努力加强电子证据收集方面的合作。", Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Target.Text), Is.EqualTo((99, "19. Member States should endeavour to strengthen cooperation in the collection of electronic evidence.")));
    }

    [Test]
    public void Changing_numbers_in_a_Chinese_sentence_costs_points_in_step_with_the_change()
    {
        const string Original = "专家组第五次会议于 2019 年 3 月 27 日至 29 日在维也纳举行。";
        var oneNumber = Memory.Lookup(Original.Replace("2019", "2022", StringComparison.Ordinal), Language.Chinese, Language.English, Everything)[0];
        var twoNumbers = Memory.Lookup(Original.Replace("2019", "2022", StringComparison.Ordinal).Replace("27", "20", StringComparison.Ordinal), Language.Chinese, Language.English, Everything)[0];

        Assert.Multiple(() =>
        {
            Assert.That(oneNumber.Target.Text, Does.Contain("fifth meeting"));
            Assert.That(oneNumber.Target.Text, Does.Not.StartWith("8."), "the query has no paragraph number");
            Assert.That(oneNumber.Score.Value, Is.InRange(85, 99));
            Assert.That(twoNumbers.Score.Value, Is.LessThan(oneNumber.Score.Value));
        });
    }

    [Test]
    public void Chinese_insertions_and_deletions_lower_the_score_monotonically()
    {
        const string Original = "会员国应考虑投入资源建立集中化打击网络犯罪专业队伍以及区域刑事调查技术单位。";
        string[] edits =
        [
            Original,
            Original.Replace("集中化", string.Empty, StringComparison.Ordinal),
            Original.Replace("集中化", string.Empty, StringComparison.Ordinal).Replace("以及区域刑事调查技术单位", "和国家单位", StringComparison.Ordinal),
            "会员国应考虑投入资源建立国家单位。",
        ];

        var scores = edits.Select(e => Memory.Lookup(e, Language.Chinese, Language.English, Everything).First(m => m.Target.Text.Contains("centralized specialized units", StringComparison.Ordinal)).Score.Value).ToList();
        TestContext.Out.WriteLine(string.Join(" > ", scores));

        Assert.That(scores, Is.Ordered.Descending);
        Assert.That(scores.Distinct().Count(), Is.EqualTo(scores.Count), "every further edit costs something");
    }

    [Test]
    public void English_word_edits_lower_the_score_monotonically_and_still_find_the_Chinese()
    {
        const string Original = "Member States should consider maintaining electronic databases that facilitate access to statistical data on incoming and outgoing requests for mutual legal assistance involving electronic evidence, in order to ensure that their efficiency and effectiveness can be reviewed.";
        string[] edits =
        [
            Original,
            Original.Replace("incoming and outgoing ", string.Empty, StringComparison.Ordinal),
            Original.Replace("incoming and outgoing ", string.Empty, StringComparison.Ordinal).Replace("statistical data", "figures", StringComparison.Ordinal),
            "Member States should consider maintaining databases of requests for mutual legal assistance.",
        ];

        var matches = edits.Select(e => Memory.Lookup(e, Language.English, Language.Chinese, Everything).FirstOrDefault(m => m.Target.Text.StartsWith("会员国应考虑维护电子数据库", StringComparison.Ordinal))).ToList();
        var scores = matches.Select(m => m?.Score.Value ?? 0).ToList();
        TestContext.Out.WriteLine(string.Join(" > ", scores));

        Assert.That(scores[0], Is.EqualTo(99), "the stored unit carries its label 36.; a query without it is one point short");
        Assert.That(scores, Is.Ordered.Descending);
        Assert.That(scores.Distinct().Count(), Is.EqualTo(scores.Count));
    }
}
