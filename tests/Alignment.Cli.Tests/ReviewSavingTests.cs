using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Cli.Tests;

public sealed class ReviewSavingTests
{
    private static TranslationUnit Unit(string id) =>
        new(id, new Segment(Language.Chinese, "中" + id), new Segment(Language.English, "en " + id));

    [Test]
    public void Reviewed_units_the_segment_pass_made_keep_its_order()
    {
        var units = new List<TranslationUnit> { Unit("1"), Unit("2^3"), Unit("2") };

        var saved = ReviewSaving.WithEveryReviewedUnit(units, [Unit("1"), Unit("2")]);

        Assert.That(saved.Select(u => u.Id), Is.EqualTo(new[] { "1", "2^3", "2" }));
    }

    [Test]
    public void A_reviewed_unit_the_segment_pass_did_not_make_is_kept_after_the_reviewed_unit_before_it()
    {
        var units = new List<TranslationUnit> { Unit("1"), Unit("3") };

        var saved = ReviewSaving.WithEveryReviewedUnit(units, [Unit("1"), Unit("2"), Unit("3")]);

        Assert.That(saved.Select(u => u.Id), Is.EqualTo(new[] { "1", "2", "3" }));
    }

    [Test]
    public void A_first_reviewed_unit_the_segment_pass_did_not_make_goes_first()
    {
        var units = new List<TranslationUnit> { Unit("2") };

        var saved = ReviewSaving.WithEveryReviewedUnit(units, [Unit("1"), Unit("2")]);

        Assert.That(saved.Select(u => u.Id), Is.EqualTo(new[] { "1", "2" }));
    }
}
