using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// The structure both versions of the bundled report must read into, block by block:
/// <c>Kind Written [Anchor] path</c>. Built from the report's table of contents rather than from the reader.
/// </summary>
internal static class CorpusOutline
{
    public static IReadOnlyList<string> Chinese { get; } = Build(
        ["19 April 2021", "Chinese", "Original: English"],
        ["一.", "二.", "三."],
        ["导言", "会议安排", "会议开幕", "通过议程和其他组织事项", "发言情况", "工作安排", "出席情况", "文件", "通过报告"],
        ["立法和框架", "刑事定罪", "执法和调查", "电子证据和刑事司法", "国际合作", "预防"],
        secondFootnoteAfter: "(c)");

    public static IReadOnlyList<string> English { get; } = Build(
        ["19 April 2021", "Original: English"],
        ["I.", "II.", "III."],
        ["Introduction", "Organization of the meeting", "Opening of the meeting", "Adoption of the agenda and other organizational matters",
            "Statements", "Organization of work", "Attendance", "Documentation", "Adoption of the report"],
        ["Legislation and frameworks", "Criminalization", "Law enforcement and investigations", "Electronic evidence and criminal justice",
            "International cooperation", "Prevention"],
        secondFootnoteAfter: "16");

    /// <summary>One row per block, as <see cref="Row"/> writes it.</summary>
    public static string Row(Block block) => $"{block.Kind} {block.Label.Written} [{block.Label.Anchor}] {block.Path}";

    private static List<string> Build(string[] metadata, string[] chapters, string[] bodyHeadings, string[] annexHeadings, string secondFootnoteAfter)
    {
        var rows = new List<string>();
        void Add(BlockKind kind, string written, string anchor, params string[] path) => rows.Add($"{kind} {written} [{anchor}] {BlockPath.Of(path)}");
        void Paragraph(int n, params string[] under) => Add(BlockKind.NumberedParagraph, $"{n}.", $"{n}", [.. under, $"{n}"]);
        void Letters(string first, string[] parent, string dash = "")
        {
            for (var c = first[0]; c <= first[^1]; c++)
            {
                Add(BlockKind.ListItem, $"{dash}({c})", $"({c})", [.. parent, $"({c})"]);
                if (c == 'c' && secondFootnoteAfter == "(c)" && parent[^1] == "18")
                {
                    Add(BlockKind.Footnote, "²", "2", "annex", annexHeadings[3], "footnote 2");
                }
            }
        }

        foreach (var line in metadata)
        {
            Add(BlockKind.Metadata, string.Empty, string.Empty, "front");
        }

        Add(BlockKind.Title, string.Empty, string.Empty, "front");
        Add(BlockKind.Heading, chapters[0], "I", "body", "I");
        for (var n = 1; n <= 10; n++)
        {
            Paragraph(n, "body", "I");
        }

        Add(BlockKind.Heading, chapters[1], "II", "body", "II");
        var sections = new (string Letter, int From, int To)[] { ("A", 11, 11), ("B", 12, 12), ("C", 13, 14), ("D", 15, 20), ("E", 21, 22), ("F", 23, 23) };
        foreach (var (letter, from, to) in sections)
        {
            Add(BlockKind.Heading, $"{letter}.", letter, "body", "II", letter);
            for (var n = from; n <= to; n++)
            {
                Paragraph(n, "body", "II", letter);
            }

            if (letter == "B")
            {
                string[] agenda = ["body", "II", "B", "12"];
                for (var item = 1; item <= 5; item++)
                {
                    Add(BlockKind.ListItem, $"{item}.", $"{item}", [.. agenda, $"item {item}"]);
                    if (item == 1)
                    {
                        Letters("ab", [.. agenda, "item 1"]);
                    }
                }
            }

            if (letter == "F")
            {
                Letters("ab", ["body", "II", "F", "23"]);
            }
        }

        Add(BlockKind.Heading, chapters[2], "III", "body", "III");
        Paragraph(24, "body", "III");
        Add(BlockKind.Footnote, "¹", "1", "body", "II", "D", "20", "footnote 1");

        Add(BlockKind.Heading, string.Empty, string.Empty, "annex");
        Add(BlockKind.Title, string.Empty, string.Empty, "annex");
        var topics = new (int From, int To)[] { (1, 3), (4, 6), (7, 10), (11, 18), (19, 37), (38, 63) };
        for (var t = 0; t < topics.Length; t++)
        {
            string[] topic = ["annex", annexHeadings[t]];
            Add(BlockKind.Heading, string.Empty, string.Empty, topic);
            for (var n = topics[t].From; n <= topics[t].To; n++)
            {
                Paragraph(n, topic);
                string[] paragraph = [.. topic, $"{n}"];
                switch (n)
                {
                    case 5:
                        Letters("abc", paragraph, "- ");
                        break;
                    case 10 or 17:
                        Letters("ab", paragraph, "- ");
                        break;
                    case 16 when secondFootnoteAfter == "16":
                        Add(BlockKind.Footnote, "²", "2", "annex", annexHeadings[3], "footnote 2");
                        break;
                    case 18:
                        Letters("abc", paragraph, "- ");
                        Letters("dg", paragraph);
                        break;
                }
            }
        }

        return rows;
    }
}
