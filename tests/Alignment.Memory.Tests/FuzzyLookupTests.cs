using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

public class FuzzyLookupTests
{
    private const string CooperationZh = "会员国应努力加强电子证据收集方面的合作。";
    private const string CooperationEn = "Member States should endeavour to strengthen cooperation in the collection of electronic evidence.";
    private const string MeetingZh = "专家组第一次会议于 2011 年 1 月 17 日至 21 日在维也纳举行。";
    private const string MeetingEn = "The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.";
    private const string PrinciplesZh = "在这一过程中应遵守主权和互惠原则。";
    private const string PrinciplesEn = "In that process, the principles of sovereignty and reciprocity should be observed.";

    private static readonly LookupOptions Everything = new() { MinimumScore = 0, MaxResults = 50 };

    [Test]
    public void A_query_looked_up_before_an_add_finds_the_units_the_add_brings()
    {
        // Not an exact match, which is found by its key: this one has to come through the query's terms.
        using var memory = ThreeSentences();
        const string Query = "应进一步加强打击网络犯罪的能力建设。";
        var before = memory.Lookup(Query, Language.Chinese, Language.English).Count;

        memory.Add([Units.Pair("应加强打击网络犯罪的能力建设。", "Capacity-building to combat cybercrime should be strengthened.")]);

        Assert.That((before, memory.Lookup(Query, Language.Chinese, Language.English).Count), Is.EqualTo((0, 1)));
    }

    [Test]
    public void Identical_text_scores_100_with_nothing_different()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English)[0];

        Assert.Multiple(() =>
        {
            Assert.That(best.Score.Value, Is.EqualTo(100));
            Assert.That(best.Band, Is.EqualTo(MatchBand.Exact));
            Assert.That(best.Differences, Is.EqualTo(MatchDifferences.None));
            Assert.That(best.Target.Text, Is.EqualTo(CooperationEn));
        });
    }

    [Test]
    public void Exact_match_whose_neighbours_match_the_context_scores_101()
    {
        using var memory = Units.Memory(Units.Pair(CooperationZh, CooperationEn) with { PreviousSource = MeetingZh, NextSource = PrinciplesZh });

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(MeetingZh, PrinciplesZh) })[0];

        Assert.That((best.Score.Value, best.Band), Is.EqualTo((101, MatchBand.Context)));
    }

    [Test]
    public void At_a_document_edge_the_one_existing_neighbour_decides_the_context_match()
    {
        using var memory = Units.Memory(Units.Pair(CooperationZh, CooperationEn) with { NextSource = PrinciplesZh });

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(string.Empty, PrinciplesZh) })[0];

        Assert.That(best.Score.Value, Is.EqualTo(101));
    }

    [Test]
    public void One_matching_neighbour_is_enough_for_a_context_match_and_the_match_says_which()
    {
        using var memory = Units.Memory(Units.Pair(CooperationZh, CooperationEn) with { PreviousSource = MeetingZh, NextSource = PrinciplesZh });

        var byPrevious = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(MeetingZh, string.Empty) })[0];
        var byNext = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(string.Empty, PrinciplesZh) })[0];

        Assert.That((byPrevious.Score.Value, byPrevious.Context, byNext.Score.Value, byNext.Context), Is.EqualTo((101, MatchedContext.Previous, 101, MatchedContext.Next)));
    }

    [Test]
    public void A_context_match_on_both_neighbours_says_so()
    {
        using var memory = Units.Memory(Units.Pair(CooperationZh, CooperationEn) with { PreviousSource = MeetingZh, NextSource = PrinciplesZh });

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(MeetingZh, PrinciplesZh) })[0];

        Assert.That(best.Context, Is.EqualTo(MatchedContext.Previous | MatchedContext.Next));
    }

    [Test]
    public void A_given_neighbour_that_differs_spoils_the_context_match_even_when_the_other_matches()
    {
        using var memory = Units.Memory(Units.Pair(CooperationZh, CooperationEn) with { PreviousSource = MeetingZh, NextSource = PrinciplesZh });

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(MeetingZh, MeetingZh) })[0];

        Assert.That((best.Score.Value, best.Context), Is.EqualTo((100, MatchedContext.None)));
    }

    [Test]
    public void Exact_match_in_another_context_stays_at_100()
    {
        using var memory = Units.Memory(Units.Pair(CooperationZh, CooperationEn) with { PreviousSource = MeetingZh, NextSource = PrinciplesZh });

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English, new LookupOptions { Context = new LookupContext(PrinciplesZh, MeetingZh) })[0];

        Assert.That(best.Score.Value, Is.EqualTo(100));
    }

    [Test]
    public void A_changed_year_in_a_Chinese_sentence_scores_in_the_95_to_99_band()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(MeetingZh.Replace("2011", "2012", StringComparison.Ordinal), Language.Chinese, Language.English)[0];

        Assert.Multiple(() =>
        {
            Assert.That(best.Target.Text, Is.EqualTo(MeetingEn));
            Assert.That(best.Band, Is.EqualTo(MatchBand.Fuzzy95To99));
            Assert.That(best.Differences, Is.EqualTo(MatchDifferences.Text));
        });
    }

    [Test]
    public void Chinese_scores_fall_with_every_further_deleted_or_inserted_character()
    {
        using var memory = ThreeSentences();
        string[] edited =
        [
            CooperationZh,
            CooperationZh.Remove(4, 2),                               // 努力
            CooperationZh.Remove(4, 2).Insert(2, "各"),               // + an inserted character
            CooperationZh.Remove(4, 2).Insert(2, "各").Remove(15, 2), // + 合作 deleted
            "各国" + CooperationZh.Remove(4, 2).Remove(13, 2),
        ];

        var scores = edited.Select(text => BestScore(memory, text, Language.Chinese, Language.English)).ToList();

        Assert.That(scores, Is.Ordered.Descending.And.Unique, string.Join(", ", scores));
    }

    [Test]
    public void English_scores_fall_with_every_further_word_edit()
    {
        using var memory = ThreeSentences();
        string[] edited =
        [
            CooperationEn,
            CooperationEn.Replace("endeavour", "try", StringComparison.Ordinal),
            CooperationEn.Replace("endeavour", "try", StringComparison.Ordinal).Replace(" electronic", string.Empty, StringComparison.Ordinal),
            "All " + CooperationEn.Replace("endeavour", "try", StringComparison.Ordinal).Replace(" electronic", string.Empty, StringComparison.Ordinal),
        ];

        var scores = edited.Select(text => BestScore(memory, text, Language.English, Language.Chinese)).ToList();

        Assert.That(scores, Is.Ordered.Descending.And.Unique, string.Join(", ", scores));
    }

    [Test]
    public void A_longer_sentence_loses_fewer_points_for_the_same_edit()
    {
        using var memory = ThreeSentences();

        var shortSentence = BestScore(memory, PrinciplesZh.Replace("主权", "主张", StringComparison.Ordinal), Language.Chinese, Language.English);
        var longSentence = BestScore(memory, MeetingZh.Replace("维也纳", "维也那", StringComparison.Ordinal), Language.Chinese, Language.English);

        Assert.That(longSentence, Is.GreaterThan(shortSentence));
    }

    [Test]
    public void English_text_can_be_the_query_side_of_Chinese_to_English_units()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(MeetingEn, Language.English, Language.Chinese)[0];

        Assert.Multiple(() =>
        {
            Assert.That(best.Score.Value, Is.EqualTo(100));
            Assert.That(best.Source.Text, Is.EqualTo(MeetingEn));
            Assert.That(best.Target.Text, Is.EqualTo(MeetingZh));
            Assert.That(best.Unit.Source.Language, Is.EqualTo(Language.Chinese), "the unit itself is returned as stored");
        });
    }

    [Test]
    public void English_fuzzy_query_finds_the_Chinese_translation()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup("The second meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.", Language.English, Language.Chinese)[0];

        Assert.Multiple(() =>
        {
            Assert.That(best.Target.Text, Is.EqualTo(MeetingZh));
            Assert.That(best.Band, Is.EqualTo(MatchBand.Fuzzy85To94));
        });
    }

    [Test]
    public void Whitespace_only_difference_costs_one_point()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(MeetingZh.Replace(" ", string.Empty, StringComparison.Ordinal), Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((99, MatchDifferences.Whitespace)));
    }

    [Test]
    public void Case_only_difference_costs_one_point()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(CooperationEn.ToLowerInvariant(), Language.English, Language.Chinese)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((99, MatchDifferences.Case)));
    }

    [Test]
    public void Full_width_digits_cost_one_point()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(MeetingZh.Replace("2011", "２０１１", StringComparison.Ordinal), Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((99, MatchDifferences.Width)));
    }

    [Test]
    public void Formatting_penalties_add_up()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup(CooperationEn.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal), Language.English, Language.Chinese)[0];

        Assert.That(
            (best.Score.Value, best.Differences),
            Is.EqualTo((98, MatchDifferences.Case | MatchDifferences.Whitespace)));
    }

    [Test]
    public void Aligned_unit_just_below_the_confidence_threshold_loses_five_points()
    {
        using var memory = Units.Memory(Units.Aligned(CooperationZh, CooperationEn, confidence: 0.499));

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((95, MatchDifferences.LowConfidence)));
    }

    [TestCase(0.4, 88)]
    [TestCase(0.25, 77)]
    [TestCase(0.1, 67)]
    [TestCase(0.0, 60)]
    public void Aligned_unit_loses_more_points_the_more_doubtful_it_is(double confidence, int score)
    {
        using var memory = Units.Memory(Units.Aligned(CooperationZh, CooperationEn, confidence));
        var options = LookupOptions.Default with { MinimumScore = 0 };

        var best = memory.Lookup(CooperationZh, Language.Chinese, Language.English, options)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((score, MatchDifferences.LowConfidence)));
    }

    [Test]
    public void Penalties_are_options_of_the_lookup()
    {
        using var memory = Units.Memory(Units.Aligned(CooperationZh, CooperationEn, confidence: 0.6));
        var options = new LookupOptions { Penalties = new MatchPenalties { Case = 3, LowConfidence = 10, NoConfidence = 10, LowConfidenceThreshold = 0.7 } };

        var recased = memory.Lookup(CooperationEn.ToLowerInvariant(), Language.English, Language.Chinese, options)[0];

        Assert.That((recased.Score.Value, recased.Differences), Is.EqualTo((87, MatchDifferences.Case | MatchDifferences.LowConfidence)));
    }

    [Test]
    public void Aligned_unit_at_the_confidence_threshold_is_not_penalised()
    {
        using var memory = Units.Memory(Units.Aligned(CooperationZh, CooperationEn, confidence: 0.5));

        Assert.That(BestScore(memory, CooperationZh, Language.Chinese, Language.English), Is.EqualTo(100));
    }

    [Test]
    public void Confident_translation_ranks_above_a_doubtful_alignment_of_the_same_source()
    {
        using var memory = Units.Memory(
            Units.Aligned(CooperationZh, "Member States should strive for cooperation.", confidence: 0.2),
            Units.Pair(CooperationZh, CooperationEn));

        var matches = memory.Lookup(CooperationZh, Language.Chinese, Language.English);

        Assert.That(matches.Select(m => m.Target.Text), Is.EqualTo(new[] { CooperationEn, "Member States should strive for cooperation." }));
    }

    [TestCase(UnitOrigin.Confirmed)]
    [TestCase(UnitOrigin.Edited)]
    public void A_unit_a_person_reviewed_keeps_its_origin_and_ranks_with_people_s_work_before_the_aligner_s(UnitOrigin origin)
    {
        using var memory = Units.Memory(
            Units.Aligned(CooperationZh, "Member States should strive for cooperation.", confidence: 0.99),
            Units.Aligned(CooperationZh, CooperationEn, confidence: 0.99) with { Origin = origin });

        var matches = memory.Lookup(CooperationZh, Language.Chinese, Language.English);

        Assert.That(matches.Select(m => (m.Target.Text, m.Unit.Origin)), Is.EqualTo(new[]
        {
            (CooperationEn, origin),
            ("Member States should strive for cooperation.", UnitOrigin.Aligned),
        }));
    }

    [Test]
    public void A_paragraph_label_on_the_query_only_scores_99_and_the_suggestion_takes_the_label()
    {
        using var memory = ThreeSentences();

        var best = memory.Lookup("18. " + CooperationZh, Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences, best.Target.Text), Is.EqualTo((99, MatchDifferences.Label, "18. " + CooperationEn)));
    }

    [Test]
    public void A_different_list_label_scores_99()
    {
        using var memory = Units.Memory(Units.Pair("(a) 分享关于网络犯罪威胁的信息；", "(a) Sharing information on cybercrime threats;"));

        var best = memory.Lookup("(b) 分享关于网络犯罪威胁的信息；", Language.Chinese, Language.English)[0];

        Assert.That((best.Score.Value, best.Differences), Is.EqualTo((99, MatchDifferences.Label)));
    }

    [Test]
    public void The_same_label_on_both_sides_is_an_exact_match()
    {
        using var memory = Units.Memory(Units.Pair("18. " + CooperationZh, "18. " + CooperationEn));

        Assert.That(BestScore(memory, "18. " + CooperationZh, Language.Chinese, Language.English), Is.EqualTo(100));
    }

    [Test]
    public void Matches_below_the_minimum_score_are_left_out()
    {
        using var memory = ThreeSentences();

        var matches = memory.Lookup("会员国应加强合作。", Language.Chinese, Language.English, new LookupOptions { MinimumScore = 70 });

        Assert.That(matches, Is.Empty);
    }

    [Test]
    public void No_more_than_the_requested_number_of_matches_are_returned_best_first()
    {
        using var memory = Units.Memory([.. Enumerable.Range(1, 9).Select(i => Units.Pair(MeetingZh.Replace("17", $"{10 + i}", StringComparison.Ordinal), $"Meeting {i}"))]);

        var matches = memory.Lookup(MeetingZh.Replace("17", "11", StringComparison.Ordinal), Language.Chinese, Language.English, new LookupOptions { MaxResults = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(matches, Has.Count.EqualTo(3));
            Assert.That(matches[0].Score.Value, Is.EqualTo(100));
            Assert.That(matches.Select(m => m.Score.Value), Is.Ordered.Descending);
        });
    }

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(3)]
    public void Of_equally_good_matches_the_newest_is_suggested_wherever_it_is_stored(int newest)
    {
        // Four sentences one word away from the query (as many ties as one match may load): the tie is broken by
        // date, not by which the index reads first.
        var words = new[] { "collection", "preservation", "exchange", "analysis" };
        using var memory = Units.Memory([.. words.Select((word, i) =>
            Units.Pair($"证据{i}。", $"Member States should cooperate on the {word} of evidence.") with
            {
                Created = DateTimeOffset.UnixEpoch.AddDays(i == newest ? 10 : i),
            })]);

        var best = memory.Lookup("Member States should cooperate on the sharing of evidence.", Language.English, Language.Chinese, new LookupOptions { MaxResults = 1 });

        Assert.That(best.Single().Target.Text, Is.EqualTo($"证据{newest}。"));
    }

    [Test]
    public void Matches_come_only_from_units_in_the_requested_language_pair()
    {
        var french = new TranslationUnit("fr", new Segment(Language.Chinese, CooperationZh), new Segment(Language.Parse("fr"), "Les États Membres devraient s'efforcer de renforcer la coopération."));
        using var memory = Units.Memory(french, Units.Pair(CooperationZh, CooperationEn));

        var matches = memory.Lookup(CooperationZh, Language.Chinese, Language.English);

        Assert.That(matches.Select(m => m.Target.Language), Is.EqualTo(new[] { Language.English }));
    }

    private static TranslationMemory ThreeSentences() => Units.Memory(
        Units.Pair(CooperationZh, CooperationEn),
        Units.Pair(MeetingZh, MeetingEn),
        Units.Pair(PrinciplesZh, PrinciplesEn));

    private static int BestScore(TranslationMemory memory, string text, Language source, Language target) =>
        memory.Lookup(text, source, target, Everything).Select(m => m.Score.Value).DefaultIfEmpty(0).Max();
}
