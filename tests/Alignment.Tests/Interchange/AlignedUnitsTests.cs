using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class AlignedUnitsTests
{
    private static readonly AlignedUnitOptions Options = new() { Clock = Samples.Clock };

    [Test]
    public void Beads_with_both_sides_become_units_and_insertions_or_deletions_do_not()
    {
        var bitext = Samples.Bitext(["甲。", "乙。", "丙。"], ["A.", "B1.", "B2.", "extra."], "1-1:0.9", "1-0:0.3", "1-2:0.8", "0-1:0.2");

        var units = AlignedUnits.From(bitext, Options);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Is.EqualTo(new[] { ("甲。", "A."), ("丙。", "B1. B2.") }));
    }

    [Test]
    public void Units_carry_languages_origin_and_provenance_of_their_bead()
    {
        var bitext = Samples.Bitext(["甲。", "乙。"], ["A.", "B1.", "B2."], "1-1:0.9", "1-2:0.75");

        var unit = AlignedUnits.From(bitext, Options)[1];

        Assert.Multiple(() =>
        {
            Assert.That(unit.Source.Language, Is.EqualTo(Language.Chinese));
            Assert.That(unit.Target.Language, Is.EqualTo(Language.English));
            Assert.That(unit.Origin, Is.EqualTo(UnitOrigin.Aligned));
            Assert.That(unit.Provenance, Is.EqualTo(new Provenance("report.zh.txt", "body", new BeadType(1, 2), 0.75) { Location = "line 2" }));
        });
    }

    [Test]
    public void Ids_number_the_units_of_the_source_document()
    {
        var bitext = Samples.Bitext(["甲。", "乙。", "丙。"], ["A.", "C."], "1-1:0.9", "1-0:0.3", "1-1:0.8");

        var ids = AlignedUnits.From(bitext, Options).Select(u => u.Id);

        Assert.That(ids, Is.EqualTo(new[] { "report.zh.txt#1", "report.zh.txt#2" }));
    }

    [Test]
    public void Units_are_dated_by_the_clock_to_the_second_in_utc()
    {
        var bitext = Samples.Bitext(["甲。"], ["A."], "1-1:0.9");

        var unit = AlignedUnits.From(bitext, Options)[0];

        Assert.That(unit.Created, Is.EqualTo(Samples.Now));
        Assert.That(unit.Created.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Context_is_the_source_text_around_the_unit_in_its_document()
    {
        var bitext = Samples.Bitext(["甲。", "乙。", "丙。", "丁。"], ["A.", "C.", "D."], "1-1:0.9", "1-0:0.3", "1-1:0.8", "1-1:0.8");

        var units = AlignedUnits.From(bitext, Options);

        Assert.Multiple(() =>
        {
            Assert.That((units[0].PreviousSource, units[0].NextSource), Is.EqualTo((string.Empty, "乙。")));
            Assert.That((units[1].PreviousSource, units[1].NextSource), Is.EqualTo(("乙。", "丁。")));
            Assert.That((units[2].PreviousSource, units[2].NextSource), Is.EqualTo(("丙。", string.Empty)));
        });
    }

    [Test]
    public void The_first_sentence_of_a_numbered_paragraph_keeps_its_label_inline_by_default()
    {
        var bitext = NumberedBitext();

        var units = AlignedUnits.From(bitext, Options);

        Assert.That(units.Select(u => u.Source.Text), Is.EqualTo(new[] { "2. 专家组第一次会议于2011年举行。", "会议通过了议程。", "3. 专家组第二次会议举行。" }));
        Assert.That(units.Select(u => u.Target.Text), Is.EqualTo(new[] { "2. The first meeting was held in 2011.", "It adopted the agenda.", "3. The second meeting was held." }));
    }

    [Test]
    public void An_English_source_leaves_a_numbered_label_out_of_both_sides_by_default_as_CAT_tools_cut_it_off()
    {
        var forward = NumberedBitext();
        var bitext = new Bitext(forward.Target, forward.Source, Samples.Beads("1-1:0.9", "1-1:0.9", "1-1:0.9"));

        var units = AlignedUnits.From(bitext, Options);

        Assert.That(units.Select(u => u.Source.Text), Is.EqualTo(new[] { "The first meeting was held in 2011.", "It adopted the agenda.", "The second meeting was held." }));
        Assert.That(units.Select(u => u.Target.Text), Is.EqualTo(new[] { "专家组第一次会议于2011年举行。", "会议通过了议程。", "专家组第二次会议举行。" }));
    }

    [Test]
    public void The_label_policy_strip_leaves_labels_out()
    {
        var bitext = NumberedBitext();

        var units = AlignedUnits.From(bitext, Options with { Labels = LabelPolicy.Strip });

        Assert.That(units.Select(u => u.Source.Text), Is.EqualTo(new[] { "专家组第一次会议于2011年举行。", "会议通过了议程。", "专家组第二次会议举行。" }));
    }

    [Test]
    public void A_label_written_without_a_space_is_kept_without_one()
    {
        var source = Samples.Numbered("zh", Language.Chinese, string.Empty, ("（一）", ["导言。"]));
        var target = Samples.Numbered("en", Language.English, " ", ("(a)", ["Introduction."]));
        var bitext = new Bitext(source, target, Samples.Beads("1-1:0.9"));

        var unit = AlignedUnits.From(bitext, Options)[0];

        Assert.That((unit.Source.Text, unit.Target.Text), Is.EqualTo(("（一）导言。", "(a) Introduction.")));
    }

    [Test]
    public void Context_shows_neighbours_as_the_units_write_them()
    {
        var bitext = NumberedBitext();

        var units = AlignedUnits.From(bitext, Options);

        Assert.That(units[1].NextSource, Is.EqualTo("3. 专家组第二次会议举行。"));
    }

    [Test]
    public void Provenance_path_is_the_block_path_of_the_source_side()
    {
        var units = AlignedUnits.From(NumberedBitext(), Options);

        Assert.That(units[2].Provenance.Path, Is.EqualTo("body › 3"));
    }

    private static Bitext NumberedBitext()
    {
        var source = Samples.Numbered(
            "zh", Language.Chinese, " ", ("2.", ["专家组第一次会议于2011年举行。", "会议通过了议程。"]), ("3.", ["专家组第二次会议举行。"]));
        var target = Samples.Numbered(
            "en", Language.English, " ", ("2.", ["The first meeting was held in 2011.", "It adopted the agenda."]), ("3.", ["The second meeting was held."]));
        return new Bitext(source, target, Samples.Beads("1-1:0.9", "1-1:0.9", "1-1:0.9"));
    }
}
