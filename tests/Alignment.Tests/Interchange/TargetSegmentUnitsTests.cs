using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// A memory aligned from Chinese, used by a CAT tool that translates the English document: the tool cuts an English
/// paragraph's number into a segment of its own and keeps a sentence the file wraps with its line breaks, so the TMX
/// holds units in those forms too, without changing what fills the Chinese document.
/// </summary>
public sealed class TargetSegmentUnitsTests
{
    private const string Chinese = """
        一. 导言

        11. 会议由专家组副主席宣布开幕。

        12. 专家组通过了临时议程。报告载有议程。

        """;

    private const string English = """
        I. Introduction

        11. The meeting was opened by the Vice-Chair of the Expert Group.

        12. The Expert Group adopted the provisional agenda. The report
        contains the agenda.

        """;

    [Test]
    public void A_label_the_tool_cuts_off_the_target_gets_a_unit_without_the_labels()
    {
        var units = UnitsOf(Chinese, English);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Does.Contain(("会议由专家组副主席宣布开幕。", "The meeting was opened by the Vice-Chair of the Expert Group.")));
    }

    [Test]
    public void The_sentence_unit_keeps_the_labels_as_the_Chinese_is_segmented()
    {
        var units = UnitsOf(Chinese, English);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Does.Contain(("11. 会议由专家组副主席宣布开幕。", "11. The meeting was opened by the Vice-Chair of the Expert Group.")));
    }

    [Test]
    public void Labels_written_differently_get_a_unit_of_their_own()
    {
        var units = UnitsOf(Chinese, English);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Does.Contain(("一.", "I.")));
    }

    [Test]
    public void No_label_units_when_the_labels_are_chosen_by_the_caller()
    {
        var units = UnitsOf(Chinese, English, LabelPolicy.Inline);

        Assert.That(units.SelectMany(u => u.Properties).Select(p => p.Key), Has.None.EqualTo(TmxConventions.Label));
    }

    [Test]
    public void A_sentence_the_target_file_wraps_gets_a_unit_with_its_line_breaks()
    {
        var units = UnitsOf(Chinese, English);

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Does.Contain(("报告载有议程。", "The report\ncontains the agenda.")));
    }

    [Test]
    public void A_wrapped_target_unit_comes_before_the_unit_whose_source_it_shares()
    {
        var units = UnitsOf(Chinese, English).ToList();
        var wrapped = units.FindIndex(u => u.Target.Text == "The report\ncontains the agenda.");
        var sentence = units.FindIndex(u => u.Target.Text == "The report contains the agenda.");

        Assert.That(wrapped, Is.GreaterThanOrEqualTo(0).And.LessThan(sentence));
    }

    [Test]
    public void Units_in_a_label_form_or_a_segment_form_are_not_read_back_from_the_tmx()
    {
        var units = UnitsOf(Chinese, English);
        using var directory = new TempDirectory();
        var path = directory.File("x.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));

        var read = TmxReader.ReadAll(path, new TmxReadOptions(Language.Chinese, Language.English));

        Assert.That(read.Select(u => u.Id), Is.EqualTo(units.Where(u => u.Properties.All(p => p.Key is not (TmxConventions.Label or TmxConventions.Segment))).Select(u => u.Id)));
    }

    [Test]
    public void A_sentence_the_target_file_wraps_is_read_back_as_one_line()
    {
        var units = UnitsOf(Chinese, English);
        using var directory = new TempDirectory();
        var path = directory.File("x.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));

        var read = TmxReader.ReadAll(path, new TmxReadOptions(Language.Chinese, Language.English));

        Assert.That(read.Where(u => u.Source.Text == "报告载有议程。").Select(u => u.Target.Text), Is.EqualTo(new[] { "The report contains the agenda." }));
    }

    [TestCase("en", "11.", " ", "The meeting", true)]
    [TestCase("en", "I.", "\t", "Introduction", true)]
    [TestCase("en", "2.", " ", "the rest", true)]
    [TestCase("en", "3)", " ", "Member States", true)]
    [TestCase("en", "(a)", " ", "Illegal access", false)]
    [TestCase("en", "M.", " ", "Dupont", false)]
    [TestCase("zh-CN", "11.", " ", "会议由", false)]
    [TestCase("zh-CN", "一.", " ", "导言", false)]
    [TestCase("zh-CN", "3)", " ", "UNODC", true)]
    public void The_tool_cuts_after_a_label_as_its_default_rules_say(string language, string label, string gap, string text, bool cuts)
    {
        Assert.That(CatLabels.CutsAfter(Language.Parse(language), label, gap, text), Is.EqualTo(cuts));
    }

    private static IReadOnlyList<TranslationUnit> UnitsOf(string chinese, string english, LabelPolicy labels = LabelPolicy.Auto)
    {
        using var directory = new TempDirectory();
        var bitext = (AlignmentPipeline.Default with { AcceptUnrelated = true }).AlignFiles(directory.Write("zh.txt", chinese), directory.Write("en.txt", english));
        return AlignedUnits.From(bitext, new AlignedUnitOptions { Segments = UnitSegments.SentencesAndCatSegments, Labels = labels });
    }
}
