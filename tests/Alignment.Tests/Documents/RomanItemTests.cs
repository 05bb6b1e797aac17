using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// Items numbered in lower-case Roman numerals, as UN texts nest them under lettered items (<c>(a)</c>, <c>(i)</c>,
/// <c>(ii)</c>, <c>(b)</c>), written <c>㈠</c> or <c>（一）</c> in Chinese: labels that read the same in both languages.
/// </summary>
public sealed class RomanItemTests
{
    private static readonly string[] English =
    [
        "1. The Group recommends the following measures:", string.Empty,
        "(a) Improve the collection of data, in particular:", string.Empty,
        "(i) Data on surface water;", string.Empty,
        "(ii) Data on groundwater;", string.Empty,
        "(b) Strengthen national capacity.",
    ];

    [Test]
    public void Roman_items_are_labelled_under_the_lettered_item_before_them() =>
        Assert.That(
            Read.English(English).Paths(),
            Is.EqualTo(new[] { "body › 1", "body › 1 › (a)", "body › 1 › (a) › (i)", "body › 1 › (a) › (ii)", "body › 1 › (b)" }));

    [Test]
    public void A_Roman_item_is_a_list_item_whose_text_leaves_out_its_label() =>
        Assert.That(
            Read.English(English).At("body › 1 › (a) › (ii)") is { Kind: BlockKind.ListItem, Text: "Data on groundwater;", Label.Style: LabelStyle.LowerRoman });

    [Test]
    public void Parenthesized_ideographs_anchor_as_the_English_Roman_items() =>
        Assert.That(
            Read.Chinese("1. 工作组建议采取以下措施：", string.Empty, "(a) 改进数据收集，特别是：", string.Empty, "㈠ 地表水数据；", string.Empty, "㈡ 地下水数据；", string.Empty, "(b) 加强国家能力。").Paths(),
            Is.EqualTo(Read.English(English).Paths()));

    [Test]
    public void A_Chinese_numeral_in_parentheses_under_a_lettered_item_anchors_as_a_Roman_item() =>
        Assert.That(
            Read.Chinese("第四条　用水单位应当：", string.Empty, "(a) 记录用水情况，包括：", string.Empty, "（一）取水量；", string.Empty, "（二）用水用途；").Blocks.Select(b => b.Label.Anchor),
            Is.EqualTo(new[] { "article 4", "(a)", "(i)", "(ii)" }));

    [Test]
    public void A_Chinese_numeral_in_parentheses_elsewhere_stays_a_numbered_item() =>
        Assert.That(
            Read.Chinese("第二条　本条例适用于下列活动：", string.Empty, "（一）开发、利用水资源；", string.Empty, "（二）保护水资源。").Blocks.Select(b => b.Label.Anchor),
            Is.EqualTo(new[] { "article 2", "(1)", "(2)" }));

    [Test]
    public void The_item_after_h_is_the_letter_i()
    {
        var letters = "abcdefghi".SelectMany(c => new[] { $"({c}) Item {c};", string.Empty });

        Assert.That(
            Read.English(["2. The Group drew attention to these issues:", string.Empty, .. letters]).Blocks[^1] is { Label.Style: LabelStyle.LowerLetter, Path: var path } && path.ToString() == "body › 2 › (i)");
    }

    [Test]
    public void Roman_items_can_open_a_list_under_a_paragraph() =>
        Assert.That(
            Read.English("1. The Group had before it:", string.Empty, "(i) A note by the Secretariat;", string.Empty, "(ii) A report of the Chair.").Paths(),
            Is.EqualTo(new[] { "body › 1", "body › 1 › (i)", "body › 1 › (ii)" }));

    [Test]
    public void The_fifth_Roman_item_goes_on_with_the_Roman_items_even_after_the_letter_u()
    {
        var letters = "abcdefghijklmnopqrstu".SelectMany(c => new[] { $"({c}) Item {c};", string.Empty });
        var romans = new[] { "i", "ii", "iii", "iv", "v" }.SelectMany(r => new[] { $"({r}) Sub-item {r};", string.Empty });

        Assert.That(
            Read.English(["2. These issues:", string.Empty, .. letters, .. romans]).Paths()[^1],
            Is.EqualTo("body › 2 › (u) › (v)"));
    }

    [Test]
    public void Roman_items_in_text_without_blank_lines_do_not_run_into_the_item_before_them() =>
        Assert.That(
            Read.English("1. The Group recommends the following measures:", "(a) Improve the collection of data, in particular:", "(i) Data on surface water;", "(ii) Data on groundwater;", "(b) Strengthen national capacity.").Texts(),
            Is.EqualTo(new[] { "The Group recommends the following measures:", "Improve the collection of data, in particular:", "Data on surface water;", "Data on groundwater;", "Strengthen national capacity." }));

    [TestCase("(h) Outreach, in particular:", "(i) Data on surface water;", "(ii) Data on groundwater.")]
    [TestCase("（h）外联，特别是：", "（i）地表水数据；", "（ii）地下水数据。")]
    public void The_item_after_h_is_Roman_one_when_the_next_item_is_ii(string h, string i, string ii)
    {
        var letters = "abcdefg".SelectMany(c => new[] { $"({c}) Item {c};", string.Empty });
        string[] lines = ["2. The Group drew attention to these issues:", string.Empty, .. letters, h, string.Empty, i, string.Empty, ii];

        Assert.That(
            (h.StartsWith('（') ? Read.Chinese(lines) : Read.English(lines)).Paths()[^3..],
            Is.EqualTo(new[] { "body › 2 › (h)", "body › 2 › (h) › (i)", "body › 2 › (h) › (ii)" }));
    }

    [Test]
    public void The_item_after_h_is_the_letter_i_when_the_next_item_is_j()
    {
        var letters = "abcdefghij".SelectMany(c => new[] { $"({c}) Item {c};", string.Empty });

        Assert.That(
            Read.English(["2. The Group drew attention to these issues:", string.Empty, .. letters]).Paths()[^3..],
            Is.EqualTo(new[] { "body › 2 › (h)", "body › 2 › (i)", "body › 2 › (j)" }));
    }

    [Test]
    public void The_letter_i_after_Roman_items_under_h_is_the_next_letter()
    {
        var letters = "abcdefgh".SelectMany(c => new[] { $"({c}) Item {c};", string.Empty });
        var rest = new[] { "(i) Sub-item one;", string.Empty, "(ii) Sub-item two;", string.Empty, "(i) Item i;", string.Empty, "(j) Item j." };

        Assert.That(
            Read.English(["2. These issues:", string.Empty, .. letters, .. rest]).Paths()[^4..],
            Is.EqualTo(new[] { "body › 2 › (h) › (i)", "body › 2 › (h) › (ii)", "body › 2 › (i)", "body › 2 › (j)" }));
    }

    [Test]
    public void A_Chinese_numeral_in_parentheses_under_a_numbered_paragraph_anchors_as_a_Roman_item() =>
        Assert.That(
            Read.Chinese("1. 工作组收到了以下文件：", string.Empty, "（一）秘书处的说明；", string.Empty, "（二）主席的报告。").Paths(),
            Is.EqualTo(Read.English("1. The Group had before it:", string.Empty, "(i) A note by the Secretariat;", string.Empty, "(ii) A report of the Chair.").Paths()));
}
