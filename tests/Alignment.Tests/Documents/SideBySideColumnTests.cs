using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext -layout prints a page set in two columns with both columns side by side on each line: half a line of
/// the left column, the gutter's spaces, half a line of the right. Such a page is read column by column; lines that run
/// across the gutter (a title, a box over both columns) stay where they are; tables and hanging labels are no columns.
/// Each page here ends with the form feed pdftotext ends every page with.
/// </summary>
public sealed class SideBySideColumnTests
{
    private static readonly string[] UpperLeft =
    [
        "The river rose all through the night, and by",
        "morning the lower fields were under water.",
        "Farmers moved their animals to the hill and",
        "waited on the road for the boats to come.",
        "Nobody in the village could remember a flood",
        "like it, and the oldest of them said that the",
    ];

    private static readonly string[] UpperRight =
    [
        "water had not come so high since his father",
        "was a boy. The boats came at noon and took",
        "the children and the old people to the town.",
        "By evening the rain had stopped at last and",
        "the river began, slowly, to go down again.",
        "The farmers came back to their fields when",
    ];

    private static readonly string[] LowerLeft =
    [
        "The school reopened a month later. Its walls",
        "still showed a line of brown mud a metre up,",
        "and the teachers left it there on purpose so",
        "that the children would remember the water.",
        "Every spring since then the village has met",
        "on the hill to clear the drains before the",
    ];

    private static readonly string[] LowerRight =
    [
        "rains, and the young people who have moved",
        "away to the towns come home to help them.",
        "The county has promised a new embankment.",
        "Work on it is to start in the autumn, after",
        "the harvest is in and the fields are dry.",
        "Until then the drains are all they have.",
    ];

    /// <summary>The lines of two columns side by side, the right one starting at <paramref name="gutter"/>.</summary>
    private static IEnumerable<string> SideBySide(string[] left, string[] right, int gutter = 52) =>
        left.Zip(right, (l, r) => l.PadRight(gutter) + r);

    [Test]
    public void A_page_of_two_columns_side_by_side_is_read_down_the_left_column_then_down_the_right()
    {
        var document = Read.English([.. SideBySide(UpperLeft, UpperRight), "\f"]);

        Assert.That(string.Join(" ", document.Texts()), Does.Contain(
            "Nobody in the village could remember a flood like it, and the oldest of them said that the water had not come so high since his father was a boy."));
    }

    [Test]
    public void A_line_across_both_columns_keeps_its_place_between_the_columns_above_and_below_it()
    {
        var box = "They returned when the water had gone down and the roads were open again, a week after the flood.";
        var document = Read.English(["The Year of the Flood", string.Empty, .. SideBySide(UpperLeft, UpperRight), string.Empty, box, string.Empty, .. SideBySide(LowerLeft, LowerRight), "\f"]);
        var text = string.Join(" ", document.Texts());

        Assert.That(text.IndexOf("The farmers came back to their fields when", StringComparison.Ordinal), Is.GreaterThan(text.IndexOf("was a boy.", StringComparison.Ordinal)));
        Assert.That(text.IndexOf(box, StringComparison.Ordinal), Is.GreaterThan(text.IndexOf("The farmers came back", StringComparison.Ordinal)));
        Assert.That(text.IndexOf("The school reopened", StringComparison.Ordinal), Is.GreaterThan(text.IndexOf(box, StringComparison.Ordinal)));
        Assert.That(text, Does.Contain("to clear the drains before the rains, and the young people"));
    }

    [Test]
    public void A_sentence_running_from_the_left_column_into_the_right_maps_each_part_back_to_its_place_in_the_file()
    {
        var document = Read.English([.. SideBySide(UpperLeft, UpperRight), "\f"]);
        var block = document.Blocks.Single(b => b.Text.Contains("the oldest of them said that the water", StringComparison.Ordinal));

        var left = block.SourceOffsetOf(block.Text.IndexOf("the oldest", StringComparison.Ordinal));
        var right = block.SourceOffsetOf(block.Text.IndexOf("since his father", StringComparison.Ordinal));

        Assert.That(document.LocationOf(left), Is.EqualTo(new LineLocation(6, "like it, and ".Length + 1)));
        Assert.That(document.LocationOf(right), Is.EqualTo(new LineLocation(1, 52 + "water had not come so high ".Length + 1)));
        Assert.That(document.Text.Substring(right, "since his father".Length), Is.EqualTo("since his father"));
    }

    [Test]
    public void Chinese_columns_side_by_side_are_read_down_the_left_column_then_down_the_right()
    {
        string[] left = ["河水涨了一整夜，到早上，低处的田地都淹在", "水里。农民把牲口赶到山上，在路边等船来。", "村里没有人记得有过这样的大水，最老的人说，", "他父亲小的时候，水也没有涨得这么高。船在", "中午来了，把孩子和老人接到了镇上。傍晚雨", "终于停了，河水慢慢地退了下去。一个星期以"];
        string[] right = ["后，农民们回到了自己的田里。学校一个月后", "重新开学，墙上还留着一米高的泥印，老师们", "特意没有擦掉，让孩子们记住那场大水。从那", "以后，每年春天村里人都在雨季前上山清理水", "沟，搬到城里的年轻人也回来帮忙。县里答应", "修一道新的河堤，秋收以后就开工。"];

        var document = Read.Chinese([.. left.Zip(right, (l, r) => l + new string(' ', 8) + r), "\f"]);

        Assert.That(string.Concat(document.Texts()), Does.Contain("傍晚雨终于停了，河水慢慢地退了下去。一个星期以后，农民们回到了自己的田里。"));
    }

    [Test]
    public void A_table_of_figures_with_wide_gaps_between_its_columns_is_read_row_by_row()
    {
        string[] rows =
        [
            "Contributions received from member States        1 234 567        1 100 200",
            "Contributions received from other donors           234 100          210 900",
            "Interest earned on the fund's investments            45 200           38 750",
            "Income from the sale of publications                 12 300           11 800",
            "Refunds of expenditure of earlier periods             3 400            2 950",
            "Other income of the fund for the period                 870              640",
        ];

        var document = Read.English([.. rows, "\f"]);

        Assert.That(string.Join("\n", document.Texts()), Does.Contain("Interest earned on the fund's investments").And.Not.Contain("1 234 567 234 100"));
        Assert.That(document.Texts().Single(t => t.Contains("Interest earned", StringComparison.Ordinal)), Does.Contain("45 200"));
    }

    [Test]
    public void Numbered_paragraphs_with_their_text_indented_after_the_number_are_no_columns()
    {
        string[] lines =
        [
            "1.     The Committee met in Vienna from 12 to 14 April 2021 and held six meetings",
            "       on the matters before it, with the Chair of the Committee presiding.",
            "2.     The Committee adopted its agenda at the opening meeting and agreed to the",
            "       organization of work proposed by the secretariat without amendment.",
            "3.     Statements were made by the representatives of several member States and",
            "       by the observers for two intergovernmental organizations and one other.",
            "4.     The Committee thanked the Government of Austria for hosting the meeting",
            "       and the secretariat for the support it had given throughout the year.",
            "5.     The Committee adopted the present report at its sixth meeting, on 14 April.",
        ];

        var document = Read.English([.. lines, "\f"]);

        Assert.That(document.Blocks.Select(b => b.Label.Written), Is.EqualTo(new[] { "1.", "2.", "3.", "4.", "5." }));
    }
    [Test]
    public void A_title_and_a_by_line_set_over_one_column_each_above_the_columns_are_read_before_the_columns()
    {
        var document = Read.English(["Valley Journal", string.Empty, string.Empty, "The Year of the Flood", new string(' ', 60) + "By Lin Qiubai", string.Empty, .. SideBySide(UpperLeft, UpperRight), "\f"]);
        var texts = document.Texts();

        Assert.That(texts[1..3], Is.EqualTo(new[] { "The Year of the Flood", "By Lin Qiubai" }));
        Assert.That(string.Join(" ", texts), Does.Contain("the oldest of them said that the water had not come so high"));
    }

    [Test]
    public void A_running_head_with_the_page_number_at_its_far_corner_stays_at_the_head_of_the_page()
    {
        var head = "The Year of the Flood" + new string(' ', 70) + "7";
        var document = Read.English([head, string.Empty, .. SideBySide(UpperLeft, UpperRight), "\f"]);

        Assert.That(string.Join(" ", document.Texts()), Does.Contain("the oldest of them said that the water had not come so high"));
    }

    /// <summary>
    /// A magazine's three justified columns: each line's words are spread to the column's width, so its wide spaces
    /// fall in other places on every line, unlike a table's gaps; a side of the page holding two columns is cut again at
    /// the gutter between them.
    /// </summary>
    [Test]
    public void Three_justified_columns_side_by_side_are_read_down_each_column_in_turn()
    {
        var story = string.Join(" ", UpperLeft.Concat(UpperRight).Concat(LowerLeft).Concat(LowerRight));
        var lines = Justified(story, 30);
        var third = (lines.Count + 2) / 3;
        var page = Enumerable.Range(0, third).Select(i =>
            string.Concat(Enumerable.Range(0, 3).Select(c => (c * third + i < lines.Count ? lines[c * third + i] : string.Empty).PadRight(34))).TrimEnd());

        var document = Read.English([.. page, "\f"]);

        Assert.That(string.Join(" ", string.Join(" ", document.Texts()).Split(' ', StringSplitOptions.RemoveEmptyEntries)), Is.EqualTo(story));
    }

    /// <summary>The words of <paramref name="text"/> in lines of <paramref name="width"/>, each but the last spread to the full width.</summary>
    private static List<string> Justified(string text, int width)
    {
        var (lines, line) = (new List<string>(), new List<string>());
        foreach (var word in text.Split(' '))
        {
            if (line.Count > 0 && string.Join(" ", line).Length + 1 + word.Length > width)
            {
                lines.Add(Spread(line, width));
                line.Clear();
            }

            line.Add(word);
        }

        lines.Add(string.Join(" ", line));
        return lines;

        static string Spread(List<string> words, int width)
        {
            if (words.Count == 1)
            {
                return words[0];
            }

            var (spaces, gaps) = (width - words.Sum(w => w.Length), words.Count - 1);
            return string.Concat(words.Select((w, k) => k == gaps ? w : w + new string(' ', (spaces / gaps) + (k < spaces % gaps ? 1 : 0))));
        }
    }
}
