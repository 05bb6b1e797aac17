using System.Text.RegularExpressions;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Searching;

namespace Alignment.Memory.Tests;

/// <summary>A word ending in <c>*</c> in a concordance search stands for every word of the memory it begins.</summary>
public class ConcordancePrefixTests
{
    private static readonly ConcordanceOptions AllOnOnePage = new() { PageSize = 1000 };

    [TestCase("investigat*", @"\binvestigat\w*")]
    [TestCase("electronic evid*", @"\belectronic\s+evid\w*")]
    [TestCase("cyber* investigations", @"\bcyber\w*\s+investigations?\b")]
    public void A_word_ending_in_a_star_finds_every_unit_holding_a_word_it_begins(string phrase, string pattern)
    {
        var expected = CorpusUnits.Stored.Count(u => Regex.IsMatch(u.Target.Text, pattern, RegexOptions.IgnoreCase));

        var page = CorpusUnits.Memory.Concordance(phrase, Language.English, AllOnOnePage);

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.GreaterThan(2), "the corpus should hold such words several times");
            Assert.That(page.TotalUnits, Is.EqualTo(expected));
        });
    }

    [Test]
    public void The_whole_word_a_star_matched_is_highlighted()
    {
        var page = CorpusUnits.Memory.Concordance("investigat*", Language.English, AllOnOnePage);

        var highlighted = page.Hits.SelectMany(h => h.Source.Highlights.Select(s => h.Source.Text.Substring(s.Start, s.Length))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(highlighted, Is.Not.Empty);
            Assert.That(highlighted, Is.All.Match(@"^(?i:investigat)\w*$"));
            Assert.That(highlighted.Select(h => h.ToLowerInvariant()).Distinct().Count(), Is.GreaterThan(1), "more than one word begins so");
        });
    }

    [Test]
    public void A_star_after_a_word_no_indexed_word_begins_finds_nothing()
    {
        var page = CorpusUnits.Memory.Concordance("electronic zzyzx*", Language.English, AllOnOnePage);

        Assert.That(page.TotalUnits, Is.Zero);
    }

    [Test]
    public void A_lone_star_after_letters_no_indexed_word_begins_finds_nothing()
    {
        var page = CorpusUnits.Memory.Concordance("zzyzx*", Language.English, AllOnOnePage);

        Assert.That(page.TotalUnits, Is.Zero);
    }

    [Test]
    public void A_lone_star_that_begins_as_many_words_as_allowed_finds_every_unit_holding_one()
    {
        using var folder = new TempFolder();
        using var memory = TranslationMemory.Open(folder.Path);
        memory.Add([.. Enumerable.Range(0, PhrasePattern.MaxPrefixExpansions).Select(i =>
            new TranslationUnit($"{i}", new Segment(Language.Chinese, $"第{i}句。"), new Segment(Language.English, $"Item w{i:D4} here.")))]);

        var page = memory.Concordance("w*", Language.English, new ConcordanceOptions { PageSize = 10 });

        Assert.That(page.TotalUnits, Is.EqualTo(PhrasePattern.MaxPrefixExpansions));
    }

    [Test]
    public void A_star_after_Han_characters_finds_what_the_characters_alone_find()
    {
        var plain = CorpusUnits.Memory.Concordance("电子证据", Language.Chinese, AllOnOnePage);

        var starred = CorpusUnits.Memory.Concordance("电子证据*", Language.Chinese, AllOnOnePage);

        Assert.That(starred.TotalUnits, Is.EqualTo(plain.TotalUnits).And.GreaterThan(0));
    }

    [Test]
    public void A_star_that_begins_too_many_words_is_refused_naming_the_prefix()
    {
        using var folder = new TempFolder();
        using var memory = TranslationMemory.Open(folder.Path);
        var words = string.Join(' ', Enumerable.Range(0, 1100).Select(i => $"w{i:D4}"));
        memory.Add([new TranslationUnit("1", new Segment(Language.Chinese, "很多词。"), new Segment(Language.English, words))]);

        var refused = Assert.Throws<ArgumentException>(() => memory.Concordance("w*", Language.English));

        Assert.That(refused!.Message, Does.Contain("'w'"));
    }
}
