using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A unit is a sentence or a paragraph, not a document: adding one with an overlong side skips it and says so, and
/// the searches bound their work per unit even for overlong units stored before the limit existed.
/// </summary>
public class UnitSizeTests
{
    [Test]
    public void A_unit_with_a_side_over_the_limit_is_skipped_and_counted()
    {
        using var memory = TranslationMemory.OpenInMemory();
        var limit = AddOptions.Default.MaxSegmentLength;

        var report = memory.Add(
        [
            Units.Pair(new string('证', limit), "evidence"),
            Units.Pair(new string('证', limit + 1), "evidence"),
            Units.Pair("证据", new string('e', limit + 1)),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(new AddReport(Added: 1, Skipped: 0, Overwritten: 0, TooLong: 2)));
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void The_limit_is_an_option()
    {
        using var memory = TranslationMemory.OpenInMemory();

        var report = memory.Add([Units.Pair("电子证据的可采性", "admissibility of electronic evidence")], new AddOptions { MaxSegmentLength = 5 });

        Assert.That(report.TooLong, Is.EqualTo(1));
    }

    [Test]
    public void The_limit_is_at_least_one_character() =>
        Assert.That(() => new AddOptions { MaxSegmentLength = 0 }, Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void A_concordance_highlights_within_the_first_ten_thousand_characters_of_an_overlong_unit()
    {
        using var memory = TranslationMemory.OpenInMemory();
        var text = "关于证据" + new string('的', 20_000) + "证据。";
        memory.Add([Units.Pair(text, "A document in one segment.")], new AddOptions { MaxSegmentLength = int.MaxValue });

        var hit = memory.Concordance("证据", Language.Chinese).Hits.Single();

        Assert.That(hit.Source.Highlights, Is.EqualTo(new[] { new TextSpan(2, 2) }));
    }

    [Test]
    public void Term_lookup_leaves_overlong_units_stored_before_the_limit_out_of_its_candidates()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("会员国应确保电子证据的可采性。", "Member States should ensure the admissibility of electronic evidence."),
            Units.Pair("电子证据的保存十分重要。", "The preservation of electronic evidence is important."),
        ]);
        var document = string.Concat(Enumerable.Repeat("电子证据是一个问题。", 2_000));
        memory.Add([Units.Pair(document, string.Concat(Enumerable.Repeat("Bogus filler words. ", 2_000)))], new AddOptions { MaxSegmentLength = int.MaxValue });

        var equivalents = memory.LookupTerm("电子证据", Language.Chinese, Language.English);

        Assert.Multiple(() =>
        {
            Assert.That(equivalents.Occurrences, Is.EqualTo(3), "the overlong unit still counts as holding the term");
            Assert.That(equivalents.Candidates.Select(c => c.Text), Has.None.Contains("ogus").And.None.Contains("filler"));
            Assert.That(equivalents.Best, Is.EqualTo("electronic evidence"));
        });
    }
}
