using System.Text.RegularExpressions;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

public class ConcordanceTests
{
    private static readonly ConcordanceOptions AllOnOnePage = new() { PageSize = 1000 };

    private static TranslationMemory Memory => CorpusUnits.Memory;
    private static IReadOnlyList<TranslationUnit> Stored => CorpusUnits.Stored;

    [TestCase("证据")]
    [TestCase("电子证据")]
    [TestCase("司法协助")]
    [TestCase("网络犯罪")]
    public void Chinese_phrase_is_found_in_every_unit_that_contains_it(string phrase)
    {
        var expected = Stored.Count(u => u.Source.Text.Contains(phrase, StringComparison.Ordinal));

        var page = Memory.Concordance(phrase, Language.Chinese, AllOnOnePage);

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.GreaterThan(3), "the corpus should hold the phrase several times");
            Assert.That(page.TotalUnits, Is.EqualTo(expected));
            Assert.That(page.Hits.Sum(h => h.Count), Is.EqualTo(expected));
        });
    }

    [TestCase("证据")]
    [TestCase("电子证据")]
    public void Every_occurrence_of_a_Chinese_phrase_is_highlighted(string phrase)
    {
        var page = Memory.Concordance(phrase, Language.Chinese, AllOnOnePage);

        Assert.Multiple(() =>
        {
            foreach (var hit in page.Hits)
            {
                Assert.That(hit.Source.Highlights, Has.Count.EqualTo(Occurrences(hit.Source.Text, phrase, RegexOptions.None)), hit.Source.Text);
                Assert.That(hit.Source.Highlights.Select(s => hit.Source.Text.Substring(s.Start, s.Length)), Is.All.EqualTo(phrase));
            }
        });
    }

    [TestCase("electronic evidence")]
    [TestCase("mutual legal assistance")]
    public void English_phrase_is_found_in_every_unit_that_contains_it_whatever_the_case(string phrase)
    {
        var expected = Stored.Count(u => Occurrences(u.Target.Text, phrase, RegexOptions.IgnoreCase) > 0);

        var page = Memory.Concordance(phrase, Language.English, AllOnOnePage);

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.GreaterThan(3), "the corpus should hold the phrase several times");
            Assert.That(page.TotalUnits, Is.EqualTo(expected));
        });
    }

    [TestCase("electronic evidence")]
    [TestCase("mutual legal assistance")]
    public void Every_occurrence_of_an_English_phrase_is_highlighted(string phrase)
    {
        var page = Memory.Concordance(phrase, Language.English, AllOnOnePage);

        Assert.Multiple(() =>
        {
            foreach (var hit in page.Hits)
            {
                Assert.That(hit.Source.Highlights, Has.Count.EqualTo(Occurrences(hit.Source.Text, phrase, RegexOptions.IgnoreCase)), hit.Source.Text);
                Assert.That(hit.Source.Highlights.Select(s => hit.Source.Text.Substring(s.Start, s.Length).ToLowerInvariant()), Is.All.EqualTo(phrase));
            }
        });
    }

    [Test]
    public void English_phrase_search_ignores_case_and_plural_endings()
    {
        var plain = Memory.Concordance("electronic evidence", Language.English, AllOnOnePage).TotalUnits;

        Assert.That(Memory.Concordance("ELECTRONIC Evidences", Language.English, AllOnOnePage).TotalUnits, Is.EqualTo(plain));
    }

    [Test]
    public void English_words_out_of_order_are_not_the_phrase()
    {
        var page = Memory.Concordance("assistance legal mutual", Language.English, AllOnOnePage);

        Assert.That(page.TotalUnits, Is.Zero);
    }

    [Test]
    public void A_hit_shows_the_other_language_too()
    {
        var hit = Memory.Concordance("互惠原则", Language.Chinese).Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.Source.Language, Is.EqualTo(Language.Chinese));
            Assert.That(hit.Target.Language, Is.EqualTo(Language.English));
            Assert.That(hit.Target.Text, Does.Contain("reciprocity"));
        });
    }

    [Test]
    public void Marked_text_wraps_each_occurrence()
    {
        using var small = Units.Memory(Units.Pair("证据规则确保电子证据得以收集。", "Rules of evidence ensure that electronic evidence can be collected."));

        var hit = small.Concordance("证据", Language.Chinese).Hits.Single();

        Assert.That(hit.Source.Marked, Is.EqualTo("<mark>证据</mark>规则确保电子<mark>证据</mark>得以收集。"));
    }

    [Test]
    public void A_phrase_broken_by_a_line_join_space_is_still_found_and_highlighted_whole()
    {
        using var small = Units.Memory(Units.Pair("会员国应努力加强电子证\n据收集方面的合作。", "Member States should cooperate."));

        var hit = small.Concordance("电子证据", Language.Chinese).Hits.Single();

        Assert.That(hit.Source.Mark("[", "]"), Is.EqualTo("会员国应努力加强[电子证\n据]收集方面的合作。"));
    }

    [Test]
    public void A_highlight_does_not_reach_over_the_line_join_after_it()
    {
        using var small = Units.Memory(Units.Pair("会员国应努力加强电子证\n据收集方面的合作。", "Member States should cooperate."));

        var hit = small.Concordance("电子证", Language.Chinese).Hits.Single();

        Assert.That(hit.Source.Mark("[", "]"), Is.EqualTo("会员国应努力加强[电子证]\n据收集方面的合作。"));
    }

    [Test]
    public void Whole_word_search_skips_characters_that_only_straddle_two_words()
    {
        using var small = Units.Memory(
            Units.Pair("他保证据实报告。", "He undertook to report truthfully."),
            Units.Pair("确保电子证据可采性。", "Ensure the admissibility of electronic evidence."));

        var anywhere = small.Concordance("证据", Language.Chinese);
        var words = small.Concordance("证据", Language.Chinese, new ConcordanceOptions { WholeWords = true });

        Assert.Multiple(() =>
        {
            Assert.That(anywhere.TotalUnits, Is.EqualTo(2));
            Assert.That(words.Hits.Select(h => h.Target.Text), Is.EqualTo(new[] { "Ensure the admissibility of electronic evidence." }));
        });
    }

    [Test]
    public void Units_that_read_the_same_are_one_hit_with_their_count()
    {
        const string zh = "应优化国际合作程序。";
        const string en = "International cooperation procedures should be streamlined.";
        using var small = Units.Memory(
            Units.Pair(zh, en),
            Units.Pair(zh, en.ToUpperInvariant()),
            new TranslationUnit("reverse", new Segment(Language.English, en), new Segment(Language.Chinese, zh)));

        var page = small.Concordance("国际合作", Language.Chinese);

        Assert.Multiple(() =>
        {
            Assert.That(page.TotalHits, Is.EqualTo(1));
            Assert.That(page.TotalUnits, Is.EqualTo(3));
            Assert.That(page.Hits.Single().Count, Is.EqualTo(3));
        });
    }

    [Test]
    public void Deleting_the_first_of_units_that_read_the_same_leaves_the_others_as_one_hit()
    {
        const string zh = "应优化国际合作程序。";
        const string en = "International cooperation procedures should be streamlined.";
        using var small = TranslationMemory.OpenInMemory();

        // One call each: units of one call are written on several threads, in no fixed order among themselves.
        small.Add([Units.Pair(zh, en, document: "first.pdf")]);
        small.Add([Units.Pair(zh, en.ToUpperInvariant(), document: "second.pdf")]);
        small.Add([Units.Pair(zh, en.ToLowerInvariant(), document: "third.pdf")]);
        small.DeleteDocument("first.pdf");
        var page = small.Concordance("国际合作", Language.Chinese);

        Assert.Multiple(() =>
        {
            Assert.That((page.TotalHits, page.TotalUnits), Is.EqualTo((1, 2)));
            Assert.That(page.Hits.Single().Count, Is.EqualTo(2));
            Assert.That(page.Hits.Single().Unit.Provenance.Document, Is.EqualTo("second.pdf"));
        });
    }

    [Test]
    public void Overwriting_the_first_of_units_that_read_the_same_keeps_them_one_hit()
    {
        const string zh = "应优化国际合作程序。";
        const string en = "International cooperation procedures should be streamlined.";
        using var small = Units.Memory(Units.Pair(zh, en, document: "first.pdf"), Units.Pair(zh, en.ToUpperInvariant(), document: "second.pdf"));

        small.Add([Units.Pair(zh, en, document: "revised.pdf")], DuplicatePolicy.Overwrite);
        var page = small.Concordance("国际合作", Language.Chinese);

        Assert.That((page.TotalHits, page.TotalUnits, page.Hits.Single().Count), Is.EqualTo((1, 2, 2)));
    }

    [Test]
    public void Pages_together_hold_every_hit_once_in_order()
    {
        var all = Memory.Concordance("证据", Language.Chinese, AllOnOnePage);
        var paged = new List<ConcordanceHit>();
        var pageCount = all.TotalHits / 4 + 1;
        for (var index = 0; index < pageCount; index++)
        {
            var page = Memory.Concordance("证据", Language.Chinese, new ConcordanceOptions { PageIndex = index, PageSize = 4 });
            Assert.That((page.PageCount, page.TotalHits, page.Hits.Count <= 4), Is.EqualTo((pageCount, all.TotalHits, true)));
            paged.AddRange(page.Hits);
        }

        Assert.That(paged.Select(h => h.Unit.Id), Is.EqualTo(all.Hits.Select(h => h.Unit.Id)));
    }

    [Test]
    public void A_page_past_the_end_is_empty_but_still_counts_the_hits()
    {
        var page = Memory.Concordance("证据", Language.Chinese, new ConcordanceOptions { PageIndex = 1000, PageSize = 10 });

        Assert.Multiple(() =>
        {
            Assert.That(page.Hits, Is.Empty);
            Assert.That(page.TotalHits, Is.GreaterThan(0));
            Assert.That(page.HasNextPage, Is.False);
        });
    }

    [Test]
    public void Below_the_count_limit_the_totals_are_exact()
    {
        var page = Memory.Concordance("证据", Language.Chinese);

        Assert.That((page.TotalsAreExact, page.TotalHits), Is.EqualTo((true, Memory.Concordance("证据", Language.Chinese, AllOnOnePage).Hits.Count)));
    }

    [Test]
    public void Counting_stops_at_the_limit_and_the_page_says_its_totals_are_lower_bounds()
    {
        var page = Memory.Concordance("证据", Language.Chinese, new ConcordanceOptions { PageSize = 2, CountLimit = 5 });

        Assert.Multiple(() =>
        {
            Assert.That((page.TotalHits, page.TotalsAreExact, page.HasNextPage), Is.EqualTo((5, false, true)));
            Assert.That(page.TotalUnits, Is.GreaterThanOrEqualTo(5));
            Assert.That(page.Hits, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void A_page_past_the_count_limit_is_still_filled_with_the_right_hits()
    {
        var all = Memory.Concordance("证据", Language.Chinese, AllOnOnePage);

        var page = Memory.Concordance("证据", Language.Chinese, new ConcordanceOptions { PageIndex = 3, PageSize = 2, CountLimit = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(page.Hits.Select(h => h.Unit.Id), Is.EqualTo(all.Hits.Skip(6).Take(2).Select(h => h.Unit.Id)));
            Assert.That((page.TotalHits, page.TotalsAreExact), Is.EqualTo((8, false)));
        });
    }

    [Test]
    public void The_count_limit_holds_across_index_segments()
    {
        using var segmented = TranslationMemory.OpenInMemory();
        foreach (var chunk in CorpusUnits.Units.Chunk(20))
        {
            segmented.Add(chunk);
        }

        var page = segmented.Concordance("证据", Language.Chinese, new ConcordanceOptions { PageSize = 1, CountLimit = 2 });

        Assert.That((page.TotalHits, page.TotalsAreExact), Is.EqualTo((2, false)));
    }

    [Test]
    public void A_phrase_with_nothing_searchable_finds_nothing()
    {
        Assert.That(Memory.Concordance("，。", Language.Chinese).TotalHits, Is.Zero);
    }

    private static int Occurrences(string text, string phrase, RegexOptions options) =>
        Regex.Count(text, $@"(?<![A-Za-z]){Regex.Escape(phrase)}(?![A-Za-z])", options);
}
