using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// A table aligned row by row (both readers give a row as one sentence, a tab between cells) also gives units of its
/// cells, as a CAT tool segments a Word table cell by cell.
/// </summary>
public sealed class TableCellUnitsTests
{
    private const string Chinese = "1. 下表列示基金的财务状况。\n\n项目\t附注\t2025\t2024\n\n现金和现金等价物\t3\t4,210\t3,876\n\n应收账款\t(a)\t1,052\t998\n\n2. 委员会注意到上述结果。\n";

    private const string English = "1. The table below shows the position of the fund.\n\nItem\tNote\t2025\t2024\n\nCash and cash equivalents\t3\t4,210\t3,876\n\nAccounts receivable\t(a)\t1,052\t998\n\n2. The Board noted the results.\n";

    [Test]
    public void Each_cell_with_words_of_a_row_aligned_with_a_row_of_as_many_cells_is_a_unit()
    {
        var units = UnitsOf(Chinese, English, UnitSegments.SentencesAndCatSegments);

        Assert.That(
            units.Where(u => u.Properties.Any(p => p.Key == "x-cell")).Select(u => (u.Source.Text, u.Target.Text)),
            Is.EqualTo(new[] { ("项目", "Item"), ("附注", "Note"), ("现金和现金等价物", "Cash and cash equivalents"), ("应收账款", "Accounts receivable") }));
    }

    [Test]
    public void The_row_itself_stays_a_unit_and_cells_follow_the_units_of_the_beads()
    {
        var units = UnitsOf(Chinese, English, UnitSegments.SentencesAndCatSegments);

        var row = units.Single(u => u.Source.Text == "现金和现金等价物\t3\t4,210\t3,876");
        var cell = units.Single(u => u.Source.Text == "现金和现金等价物");
        Assert.That(row.Target.Text, Is.EqualTo("Cash and cash equivalents\t3\t4,210\t3,876"));
        Assert.That(cell.Id, Is.EqualTo(row.Id + ".c1"));
        Assert.That(cell.Properties, Does.Contain(KeyValuePair.Create("x-cell", "1/4")));
        Assert.That(cell.NextSource, Is.EqualTo("3"));
    }

    [Test]
    public void Rows_of_different_numbers_of_cells_give_no_cell_units()
    {
        var english = English.Replace("Accounts receivable\t(a)\t", "Accounts receivable (a)\t", StringComparison.Ordinal);

        var units = UnitsOf(Chinese, english, UnitSegments.SentencesAndCatSegments);

        Assert.That(units.Select(u => u.Source.Text), Has.None.EqualTo("应收账款"));
        Assert.That(units.Select(u => u.Source.Text), Does.Contain("现金和现金等价物"));
    }

    [Test]
    public void Sentence_units_alone_leave_the_cells_out()
    {
        var units = UnitsOf(Chinese, English, UnitSegments.Sentences);

        Assert.That(units.Select(u => u.Source.Text), Has.None.EqualTo("现金和现金等价物"));
    }

    private static IReadOnlyList<TranslationUnit> UnitsOf(string chinese, string english, UnitSegments segments)
    {
        using var directory = new TempDirectory();
        var bitext = (AlignmentPipeline.Default with { AcceptUnrelated = true }).AlignFiles(directory.Write("zh.txt", chinese), directory.Write("en.txt", english));
        return AlignedUnits.From(bitext, new AlignedUnitOptions { Segments = segments });
    }
}
