using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// A sentence of a Word file whose segment holds inline tags in a CAT tool (OmegaT makes one of the markup wherever
/// runs meet or a note is referred to) gets a unit in that form, with the tags as OmegaT writes them, just before its
/// sentence unit; so does the segment a tool shows without tags where the plain unit differs from it (note markers, a
/// label a tab sets off). A memory does not read these units back.
/// </summary>
public sealed class WordTagUnitsTests
{
    [Test]
    public void A_speaker_label_in_a_run_of_its_own_is_followed_by_a_tag_in_the_unit_before_the_sentence_unit()
    {
        var units = Units(["韩立秋：|我们是在替将来保管东西。"], ["Han Liqiu: |We keep things for the future."]);

        var tagged = units.FindIndex(u => u.Id.EndsWith(".tags", StringComparison.Ordinal));
        Assert.That(units[tagged].Source.Text, Is.EqualTo("韩立秋：<t0/>我们是在替将来保管东西。"));
        Assert.That(units[tagged].Target.Text, Is.EqualTo("Han Liqiu: <t0/>We keep things for the future."));
        Assert.That(units[tagged + 1].Source.Text, Is.EqualTo("韩立秋：我们是在替将来保管东西。"));
    }

    [Test]
    public void Tags_are_numbered_through_the_paragraph_and_one_after_a_sentence_end_opens_the_next_sentence()
    {
        var units = Units(["韩立秋：|有。|2016|年，我们找到了五株杜鹃。"], ["Han: |Yes. In |2016| we found five rhododendrons."]);

        Assert.That(units.Single(u => u.Id.EndsWith("#2.tags", StringComparison.Ordinal)).Source.Text, Is.EqualTo("<t1/>2016<t2/>年，我们找到了五株杜鹃。"));
    }

    [Test]
    public void A_note_reference_inside_a_sentence_is_a_tag_in_place_of_its_marker()
    {
        var units = Units(["电子证据|^见附件。|和刑事司法"], ["Electronic evidence|^See the annex.| and criminal justice"]);

        var tagged = units.Single(u => u.Id.EndsWith(".tags", StringComparison.Ordinal));
        Assert.That((tagged.Source.Text, tagged.Target.Text), Is.EqualTo(("电子证据<t0/>和刑事司法", "Electronic evidence<t0/> and criminal justice")));
    }

    [Test]
    public void A_note_reference_at_a_paragraphs_end_is_left_out_with_its_marker()
    {
        var units = Units(["会上表达了不同意见。|^见网站。"], ["Divergent views were expressed.|^See the website."]);

        var plain = units.Single(u => u.Id.EndsWith(".notags", StringComparison.Ordinal));
        Assert.That((plain.Source.Text, plain.Target.Text), Is.EqualTo(("会上表达了不同意见。", "Divergent views were expressed.")));
    }

    [Test]
    public void A_label_a_tab_sets_off_is_left_out_of_the_segment_the_tool_matches()
    {
        var units = Units(["(a)|\t|会议开幕；"], ["(a)|\t|Opening of the meeting;"]);

        var plain = units.Single(u => u.Id.EndsWith(".notags", StringComparison.Ordinal));
        Assert.That((plain.Source.Text, plain.Target.Text), Is.EqualTo(("会议开幕；", "Opening of the meeting;")));
    }

    [Test]
    public void A_sentence_in_one_run_gets_no_other_unit()
    {
        var units = Units(["我们是在替将来保管东西。"], ["We keep things for the future."]);

        Assert.That(units.Select(u => u.Id), Is.EqualTo(new[] { "zh.docx#1" }));
    }

    [Test]
    public void A_memory_reading_the_tmx_does_not_read_the_units_in_the_tools_form()
    {
        var units = Units(["韩立秋：|有。|2016|年，我们找到了五株杜鹃。|^见附件。"], ["Han: |Yes. In |2016| we found five rhododendrons.|^See the annex."]);
        using var directory = new TempDirectory();
        var path = directory.File("x.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));

        var read = TmxReader.ReadAll(path, new TmxReadOptions(Language.Chinese, Language.English));
        Assert.That(read.Select(u => u.Id), Is.EqualTo(units.Where(u => !u.Properties.Any(p => p.Key is "x-tags" or "x-cut")).Select(u => u.Id)));
    }

    private static List<TranslationUnit> Units(string[] chinese, string[] english)
    {
        using var directory = new TempDirectory();
        var (zh, en) = (directory.File("zh.docx"), directory.File("en.docx"));
        RunDocument.Write(zh, chinese);
        RunDocument.Write(en, english);
        var bitext = AlignmentPipeline.Default.AlignFiles(zh, en);
        return [.. AlignedUnits.From(bitext, new AlignedUnitOptions { Segments = UnitSegments.SentencesAndCatSegments })];
    }
}
