using System.Text;
using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// Text that arrives hard-wrapped without pages (mail at 72 characters, an e-book at 76, Chinese cut at a count of
/// characters) shows the width it was wrapped at in its own lines: a wrapper moves a word to the next line only when it
/// does not fit. So a line that left room for the next line's first word ended there, and a line the width cut with no
/// space in it was cut inside a word.
/// </summary>
public sealed class HardWrappedTextTests
{
    private static readonly string[] Paragraphs =
    [
        "The commission met in the spring to review the state of the northern rivers, whose flow has fallen in each of the last five dry seasons. Its members heard from farmers, from the managers of two reservoirs and from the scientists who keep the gauging stations along the upper valleys.",
        "Most of the speakers asked for the same thing: measurements that are taken the same way on both sides of the border, published in time to be of use, and kept for long enough to show a trend rather than a single bad year.",
        "The commission agreed to draw up common rules for the stations by the end of the year and to report on their use at its next meeting, which will be held in the autumn in the lower valley.",
    ];

    [Test]
    public void A_letterhead_line_that_left_room_for_the_next_word_ends_in_text_wrapped_without_pages() =>
        Assert.That(
            Read.English([
                "Permanent Secretariat of the Northern Rivers Basin Commission", "Geneva", string.Empty,
                .. Paragraphs.SelectMany(p => Greedy(p, 72).Append(string.Empty))]).Texts(),
            Does.Contain("Permanent Secretariat of the Northern Rivers Basin Commission"));

    [Test]
    public void A_title_over_its_byline_stays_apart_from_it_when_the_title_left_room() =>
        Assert.That(
            Read.English([
                "Measuring the northern rivers after five dry seasons", "By Anna Berg", string.Empty,
                .. Paragraphs.SelectMany(p => Greedy(p, 60).Append(string.Empty))]).Texts(),
            Does.Contain("By Anna Berg"));

    [Test]
    public void A_wrapped_paragraph_still_reads_as_one() =>
        Assert.That(
            Read.English([
                "Permanent Secretariat of the Northern Rivers Basin Commission", "Geneva", string.Empty,
                .. Paragraphs.SelectMany(p => Greedy(p, 72).Append(string.Empty))]).Texts(),
            Is.SupersetOf(Paragraphs));

    [Test]
    public void An_address_longer_than_the_line_that_fold_cut_in_three_joins_with_nothing_between() =>
        Assert.That(
            Read.English([
                .. Paragraphs.Take(2).SelectMany(p => FoldSpaces(p, 60).Append(string.Empty)),
                .. FoldSpaces("The rules will be published at https://www.rivers.example.org/commission/stations/common-rules-for-the-gauging-stations-of-the-northern-rivers-basin-commission-adopted-in-spring-2027.html when they are agreed.", 60),
                string.Empty, .. FoldSpaces(Paragraphs[2], 60)]).Texts(),
            Does.Contain("The rules will be published at https://www.rivers.example.org/commission/stations/common-rules-for-the-gauging-stations-of-the-northern-rivers-basin-commission-adopted-in-spring-2027.html when they are agreed."));

    [Test]
    public void A_figure_that_wrapping_set_at_the_start_of_a_line_is_no_paragraph_number() =>
        AssertReadWhole(
            "The ferry stopped running in early March, eleven weeks after a winter storm tore away most of the pier at the old quay beside berth 12. Since then the islanders have crossed in fishing boats, and the school has moved its lessons to the chapel hall.",
            width: 68,
            lineStart: "12. Since");

    [Test]
    public void A_cross_reference_that_wrapping_set_at_the_start_of_a_line_opens_no_list() =>
        AssertReadWhole(
            "Finally, I should be grateful if the present letter could be circulated as a document of the General Assembly under item 18 (a) of the provisional agenda of its next session. The texts of the declaration in both languages are equally authentic.",
            width: 64,
            lineStart: "(a) of");

    [Test]
    public void In_Chinese_cut_at_a_count_of_characters_a_line_that_stopped_short_ends_its_unit() =>
        Assert.That(
            Read.Chinese(["北方河流流域委员会常设秘书处日内瓦总部办公室", "瑞士日内瓦万国宫路十二号", string.Empty, .. CutEvery(ChineseParagraph, 30)]).Texts(),
            Does.Contain("北方河流流域委员会常设秘书处日内瓦总部办公室"));

    [Test]
    public void In_Chinese_cut_at_a_count_of_characters_a_Latin_word_cut_in_two_joins_with_nothing_between() =>
        Assert.That(
            string.Concat(Read.Chinese([.. CutEvery(ChineseParagraph, 30)]).Texts()),
            Does.Contain("Tropical Forest Watch"));

    [Test]
    public void Paragraphs_marked_by_an_indented_first_line_stay_apart_without_blank_lines()
    {
        // The first paragraph's last line is full: only the indent of the next line shows where it ends.
        string[] paragraphs =
        [
            "She kept the lamp lit until the last boat came in, though the wind had turned and the rain came in sideways across the jetty against the shutters of the harbour office until morning.",
            .. Paragraphs,
        ];

        var lines = paragraphs.SelectMany(p => Greedy(p, 64, indent: "    ")).ToArray();
        Assert.That(lines[2].Length + 1 + "The".Length, Is.GreaterThan(64), "the first paragraph's last line must be full");
        Assert.That(Read.English(lines).Texts(), Is.SupersetOf(paragraphs));
    }

    [Test]
    public void A_link_residue_wrapped_over_two_lines_is_cleaned() =>
        Assert.That(
            Read.English("The commission adopted the [Geneva", "Declaration](#) on the northern rivers.").Texts(),
            Is.EqualTo(new[] { "The commission adopted the Geneva Declaration on the northern rivers." }));

    [Test]
    public void Text_with_one_paragraph_a_line_is_not_taken_for_wrapped_text() =>
        Assert.That(Read.English(["Measuring the northern rivers", .. Paragraphs]).Texts(), Is.EqualTo(new[] { "Measuring the northern rivers" }.Concat(Paragraphs)));

    [Test]
    public void Words_that_plain_fold_cut_at_the_width_join_with_nothing_between()
    {
        // Twice over: a wrapper that cuts at a count shows itself in a page of lines, not in a paragraph or two.
        string[] text = [.. Paragraphs, .. Paragraphs];
        Assert.That(Read.English([.. text.SelectMany(p => CutEvery(p, 60).Append(string.Empty))]).Texts(), Is.EqualTo(text));
    }

    [Test]
    public void A_note_set_in_as_a_paragraph_right_under_the_body_is_a_footnote()
    {
        string[] body = [Paragraphs[0].Replace("dry seasons.", "dry seasons.¹", StringComparison.Ordinal), .. Paragraphs.Skip(1)];
        var lines = body.Append("¹ See the report of the commission on its spring meeting.").SelectMany(p => Greedy(p, 64, indent: "    ")).ToArray();
        Assert.That(
            Read.English(lines).Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(b => b.Text),
            Is.EqualTo(new[] { "See the report of the commission on its spring meeting." }));
    }

    [Test]
    public void An_address_in_a_note_that_fold_cut_joins_with_nothing_between()
    {
        const string note = "https://www.rivers.example.org/commission/meetings/spring-2027/documents/report-of-the-commission-on-the-state-of-the-northern-rivers-after-five-dry-seasons.html.";
        string[] lines =
        [
            .. FoldSpaces(Paragraphs[0].Replace("dry seasons.", "dry seasons.¹", StringComparison.Ordinal), 60), string.Empty,
            .. Paragraphs.Skip(1).SelectMany(p => FoldSpaces(p, 60).Prepend(string.Empty)), string.Empty,
            .. FoldSpaces("¹ See " + note, 60),
        ];
        Assert.That(Read.English(lines).Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(b => b.Text), Is.EqualTo(new[] { "See " + note }));
    }

    [Test]
    public void A_line_in_lower_case_that_left_room_for_the_next_capitalised_line_ends_there() =>
        Assert.That(
            Read.English([
                "Northern Rivers Basin Commission", "secretariat@rivers.example.org | https://www.rivers.example.org", "Ref.: NRBC/2027/14",
                string.Empty, .. Paragraphs.SelectMany(p => Greedy(p, 72).Append(string.Empty))]).Texts(),
            Does.Contain("Ref.: NRBC/2027/14"));

    /// <summary>A paragraph of Chinese whose cuts every 30 characters fall before two commas and inside a Latin word.</summary>
    private const string ChineseParagraph =
        "会议于二〇二七年三月在昆明举行，来自十二个国家的政府代表和科，以及流域管理机构和社区组织的代表共四百人参加了会议。与会者讨论了流域管理、冰川监测和社区参与等议题，并就合作达成了共识。"
        + "会议认为，山区社区是水资源的守护者，理应得到更多支持。会议还介绍了三个研究机构实施的监测项目名为Tropical Forest Watch，目的是利用卫星图像和地面观测记录森林的变化，并向地方政府和社区通报结果。"
        + "各国代表一致认为，应当加强数据共享，建立统一的监测标准，并为地方社区提供培训和资金支持，以便长期开展工作。会议决定，下一届会议将于明年秋季在东南亚举行，届时将审议监测网络的第一份年度报告。";

    /// <summary>Reads <paramref name="paragraph"/> wrapped at <paramref name="width"/> after a wrapped paragraph and checks it stays whole.</summary>
    private static void AssertReadWhole(string paragraph, int width, string lineStart)
    {
        var lines = Greedy(paragraph, width).ToArray();
        Assert.That(lines, Has.Some.StartsWith(lineStart), "the wrap must set the label-like words at a line's start");
        Assert.That(Read.English([.. Greedy(Paragraphs[0], width).Append(string.Empty), .. lines]).Texts(), Does.Contain(paragraph));
    }

    /// <summary>A mail client's wrap: words never broken, the space at a break dropped; the first line indented by <paramref name="indent"/>.</summary>
    private static IEnumerable<string> Greedy(string paragraph, int width, string indent = "")
    {
        var line = new StringBuilder(indent);
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 && !(line.Length == indent.Length && line.ToString() == indent) ? " " : string.Empty).Append(word);
        }

        yield return line.ToString();
    }

    /// <summary>As <c>fold -s -w</c> wraps: after the last space that fits, the space kept; a longer word cut at the width.</summary>
    private static IEnumerable<string> FoldSpaces(string paragraph, int width)
    {
        while (paragraph.Length > width)
        {
            var cut = paragraph.LastIndexOf(' ', width - 1);
            var end = cut <= 0 ? width : cut + 1;
            yield return paragraph[..end];
            paragraph = paragraph[end..];
        }

        yield return paragraph;
    }

    /// <summary>As plain <c>fold -w</c> (no -s) or a count of characters cuts: every line <paramref name="count"/> long, inside words too.</summary>
    private static IEnumerable<string> CutEvery(string paragraph, int count)
    {
        for (var i = 0; i < paragraph.Length; i += count)
        {
            yield return paragraph.Substring(i, Math.Min(count, paragraph.Length - i));
        }
    }
}
