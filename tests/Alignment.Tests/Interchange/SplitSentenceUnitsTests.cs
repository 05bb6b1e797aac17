using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// A sentence the translator split in two, read the other way round: a memory aligned from Chinese to English also
/// fills the English segments of a document translated from English, with a unit for each English sentence and the
/// Chinese sentence cut at the clause boundary the evidence places.
/// </summary>
public sealed class SplitSentenceUnitsTests
{
    private const string Chinese = """
        青石镇新图书馆于3月12日开放。

        图书馆共有藏书4万册，每天开放10个小时。

        开馆第一周，共有2300人次到访。

        """;

    private const string English = """
        The new library in Qingshi opened on 12 March.

        It holds 40,000 books. It is open 10 hours a day.

        In its first week it had 2,300 visits.

        """;

    [Test]
    public void A_sentence_split_in_translation_gets_a_unit_for_each_target_sentence()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Is.SupersetOf(new[]
        {
            ("图书馆共有藏书4万册，", "It holds 40,000 books."),
            ("每天开放10个小时。", "It is open 10 hours a day."),
        }));
    }

    [Test]
    public void The_whole_sentence_keeps_its_unit()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Does.Contain(("图书馆共有藏书4万册，每天开放10个小时。", "It holds 40,000 books. It is open 10 hours a day.")));
    }

    [Test]
    public void The_parts_say_which_part_they_are_and_are_less_sure_than_the_sentence()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);
        var whole = units.Single(u => u.Source.Text == "图书馆共有藏书4万册，每天开放10个小时。");
        var parts = units.Where(u => u.Id.StartsWith(whole.Id + ".", StringComparison.Ordinal)).ToList();

        Assert.That(parts.Select(u => u.Properties.Single(p => p.Key == TmxConventions.Split).Value), Is.EqualTo(new[] { "1/2", "2/2" }));
        Assert.That(parts.Select(u => u.Provenance.Confidence), Has.All.LessThan(whole.Provenance.Confidence));
    }

    [Test]
    public void No_parts_by_default()
    {
        var units = UnitsOf(AlignedUnitOptions.Default.Segments);

        Assert.That(units.Select(u => u.Target.Text), Has.None.EqualTo("It holds 40,000 books."));
    }

    private static IReadOnlyList<TranslationUnit> UnitsOf(UnitSegments segments)
    {
        using var directory = new TempDirectory();
        var bitext = (AlignmentPipeline.Default with { AcceptUnrelated = true }).AlignFiles(directory.Write("zh.txt", Chinese), directory.Write("en.txt", English));
        return AlignedUnits.From(bitext, new AlignedUnitOptions { Segments = segments });
    }
}
