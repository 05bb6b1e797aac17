using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// Units for the segments a CAT tool cuts a plain-text source into, where they differ from our sentences: what OmegaT's
/// exact matches need to fill a wrapped, tabulated document.
/// </summary>
public sealed class CatSegmentUnitsTests
{
    private const string Chinese = """
        区域组织联合会
        第四十一届会议

        1. 养恤基金的年度财务报表须经审计委员会审计，并提交养恤
        金委员会。财务报表按照会计准则编制。

        表1
          股票                  6 218
          固定收益              3 305

        """;

    private const string English = """
        Regional Organizations Union
        Forty-first session

        1. The annual financial statements of the Fund are audited by the Board
        of Auditors and submitted to the Pension Board. The financial statements are prepared in accordance with the accounting standards.

        Table 1
          Equities                  6,218
          Fixed income              3,305

        """;

    [Test]
    public void A_sentence_the_file_wraps_gets_a_unit_that_keeps_the_line_break()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);

        Assert.That(
            units.Select(u => (u.Source.Text, u.Target.Text)),
            Does.Contain(("1. 养恤基金的年度财务报表须经审计委员会审计，并提交养恤\n金委员会。", "1. The annual financial statements of the Fund are audited by the Board of Auditors and submitted to the Pension Board.")));
    }

    [Test]
    public void Lines_a_tool_keeps_in_one_paragraph_segment_get_one_unit_line_by_line()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);

        Assert.That(
            units.Select(u => (u.Source.Text, u.Target.Text)),
            Does.Contain(("区域组织联合会\n第四十一届会议", "Regional Organizations Union\nForty-first session")));
    }

    [Test]
    public void Indented_lines_start_segments_of_their_own_so_table_rows_stay_units_of_their_own()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);

        Assert.That(units.Select(u => u.Source.Text), Has.None.Contains("股票").And.Contains("固定收益"));
        Assert.That(units.Select(u => u.Source.Text), Has.None.StartsWith("表1\n"));
    }

    [Test]
    public void A_segment_that_is_already_a_unit_is_not_repeated()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);

        Assert.That(units.Select(u => u.Source.Text), Is.Unique);
        Assert.That(units.Count(u => u.Source.Text == "财务报表按照会计准则编制。"), Is.EqualTo(1));
    }

    [Test]
    public void Segment_units_say_which_units_they_join_and_take_the_least_confidence()
    {
        var all = UnitsOf(UnitSegments.SentencesAndCatSegments);
        var masthead = all.Single(u => u.Source.Text.StartsWith("区域组织联合会\n", StringComparison.Ordinal));

        Assert.That(masthead.Id, Is.EqualTo("zh.txt#1~2"));
        Assert.That(masthead.Provenance.Confidence, Is.EqualTo(Math.Min(all[0].Provenance.Confidence, all[1].Provenance.Confidence)));
    }

    [Test]
    public void Sentence_units_alone_by_default()
    {
        var units = UnitsOf(AlignedUnitOptions.Default.Segments);

        Assert.That(units.Select(u => u.Source.Text), Has.None.Contains("\n"));
    }

    [Test]
    public void Segment_units_are_not_read_back_so_a_memory_holds_the_sentences_as_one_line_each()
    {
        var units = UnitsOf(UnitSegments.SentencesAndCatSegments);
        using var directory = new TempDirectory();
        var path = directory.File("x.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));

        using var reader = TmxReader.Open(path, new TmxReadOptions(Language.Chinese, Language.English));
        var read = reader.ReadUnits().ToList();

        Assert.That((read.Where(u => u.Source.Text.Contains('\n') || u.Target.Text.Contains('\n')).Select(u => u.Id), reader.UnitsSkipped), Is.EqualTo((Enumerable.Empty<string>(), 0)));
    }

    private static IReadOnlyList<TranslationUnit> UnitsOf(UnitSegments segments)
    {
        using var directory = new TempDirectory();
        var bitext = (AlignmentPipeline.Default with { AcceptUnrelated = true }).AlignFiles(directory.Write("zh.txt", Chinese), directory.Write("en.txt", English));
        return AlignedUnits.From(bitext, new AlignedUnitOptions { Segments = segments });
    }
}
