using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>Where OmegaT's default rules cut one of our sentences, as <see cref="SentenceCuts"/> models them.</summary>
public sealed class SentenceCutsTests
{
    [Test]
    public void An_abbreviation_the_rules_do_not_know_ends_a_segment_before_a_digit() =>
        Assert.That(SentenceCuts.Pieces("Definition of the child (art. 1)", Language.English, startsLine: true), Is.EqualTo(new[] { "Definition of the child (art.", "1)" }));

    [Test]
    public void Each_cut_after_an_abbreviation_makes_a_piece() =>
        Assert.That(SentenceCuts.Pieces("It was adopted (see paras. 8 and 9, and fig. 2).", Language.English, startsLine: true), Is.EqualTo(new[] { "It was adopted (see paras.", "8 and 9, and fig. 2)." }));

    [Test]
    public void A_known_abbreviation_keeps_the_sentence_whole() =>
        Assert.That(SentenceCuts.Pieces("Mr. Li spoke, e.g. on resolution No. 5, at 10 a.m. today.", Language.English, startsLine: true), Has.Count.EqualTo(1));

    [Test]
    public void An_initial_inside_a_line_keeps_the_sentence_whole() =>
        Assert.That(SentenceCuts.Pieces("Statement by J. Smith", Language.English, startsLine: false), Has.Count.EqualTo(1));

    [Test]
    public void A_letter_at_the_start_of_a_line_is_cut_off_as_the_rules_see_no_space_before_it() =>
        Assert.That(SentenceCuts.Pieces("A. General principles", Language.English, startsLine: true), Is.EqualTo(new[] { "A.", "General principles" }));

    [Test]
    public void A_full_stop_without_white_space_after_it_cuts_nothing() =>
        Assert.That(SentenceCuts.Pieces("See A/C.2/81/L.19/Rev.1 and www.un.org.", Language.English, startsLine: true), Has.Count.EqualTo(1));

    [Test]
    public void A_chinese_full_stop_before_a_bracket_the_rules_do_not_list_ends_a_segment() =>
        Assert.That(SentenceCuts.Pieces("[未经表决获得通过。]", Language.Chinese, startsLine: true), Is.EqualTo(new[] { "[未经表决获得通过。", "]" }));

    [Test]
    public void A_chinese_full_stop_before_a_closing_quote_the_rules_list_cuts_nothing() =>
        Assert.That(SentenceCuts.Pieces("他说：“好。”（见第8段。）", Language.Chinese, startsLine: true), Has.Count.EqualTo(1));

    [Test]
    public void A_full_stop_inside_chinese_text_cuts_nothing() =>
        Assert.That(SentenceCuts.Pieces("见A/RES/75/1. 和e.g. 等文件。", Language.Chinese, startsLine: true), Has.Count.EqualTo(1));

    [Test]
    public void What_the_tool_leaves_as_written_after_the_first_piece_is_left_out_of_its_translation()
    {
        var units = UnitsOf(Chinese("[未经表决获得通过。]\n"), English("[Adopted without a vote.]\n"));

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Is.SupersetOf(new[]
        {
            ("[未经表决获得通过。]", "[Adopted without a vote.]"),
            ("[未经表决获得通过。", "[Adopted without a vote."),
        }));
    }

    [Test]
    public void From_english_the_first_piece_carries_the_whole_translation_and_a_later_piece_with_words_none()
    {
        var units = UnitsOf(English("The Committee recalls its decision (CRC/C/5, paras. 8 and 9).\n"), Chinese("委员会回顾其决定（CRC/C/5，第8和第9段）。\n"));

        Assert.That(units.Select(u => (u.Source.Text, u.Target.Text)), Is.SupersetOf(new[]
        {
            ("The Committee recalls its decision (CRC/C/5, paras. 8 and 9).", "委员会回顾其决定（CRC/C/5，第8和第9段）。"),
            ("The Committee recalls its decision (CRC/C/5, paras.", "委员会回顾其决定（CRC/C/5，第8和第9段）。"),
            ("8 and 9).", string.Empty),
        }));
    }

    [Test]
    public void A_later_piece_without_a_word_gets_no_unit_as_a_label_such_as_1_is_a_segment_too()
    {
        var units = UnitsOf(English("The Committee considered the matter (para. 8).\n"), Chinese("委员会审议了该问题（第8段）。\n"));

        Assert.That(units.Select(u => u.Source.Text), Does.Not.Contain("8)."));
    }

    [Test]
    public void Translating_the_other_way_the_piece_comes_before_the_sentence_so_the_last_exact_match_is_the_sentence()
    {
        var units = UnitsOf(Chinese("委员会审议了该问题（第8段）。\n"), English("The Committee considered the matter (para. 8).\n"));
        var chinese = "委员会审议了该问题（第8段）。";

        Assert.That(units.Where(u => u.Source.Text == chinese).Select(u => u.Target.Text), Is.EqualTo(new[]
        {
            "The Committee considered the matter (para.",
            "The Committee considered the matter (para. 8).",
        }));
    }

    [Test]
    public void The_pieces_are_not_read_back_as_pairs_nor_counted_as_faults_of_the_file()
    {
        var units = UnitsOf(English("The Committee recalls its decision (CRC/C/5, paras. 8 and 9).\n"), Chinese("委员会回顾其决定（CRC/C/5，第8和第9段）。\n"));
        using var directory = new TempDirectory();
        var path = directory.File("x.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.English));

        using var reader = TmxReader.Open(path, new TmxReadOptions(Language.English, Language.Chinese));
        var read = reader.ReadUnits().ToList();

        Assert.That((read.Select(u => u.Source.Text), reader.UnitsSkipped), Is.EqualTo((units.Where(u => u.Properties.All(p => p.Key is not (TmxConventions.Cut or TmxConventions.Label or TmxConventions.Tags))).Select(u => u.Source.Text), 0)));
    }

    private static IReadOnlyList<TranslationUnit> UnitsOf(Document source, Document target) =>
        AlignedUnits.From(AlignmentPipeline.Default.Align(source, target), new AlignedUnitOptions { Segments = UnitSegments.SentencesAndCatSegments });

    private static Document English(string text) => DocumentReader.Default.Read(text, Language.English, "en.txt");

    private static Document Chinese(string text) => DocumentReader.Default.Read(text, Language.Chinese, "zh.txt");
}
