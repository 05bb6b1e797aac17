using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Segmentation;

namespace Alignment.Tests.Interchange;

/// <summary>Hand-made documents, bitexts and units for the interchange tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2021, 4, 6, 9, 30, 15, TimeSpan.Zero);

    public static TimeProvider Clock => new FixedClock(Now.AddTicks(1234567));

    /// <summary>A bitext of sentences from FromSentences, aligned by the given beads ("1-1:0.9" …).</summary>
    public static Bitext Bitext(string[] chinese, string[] english, params string[] beads)
    {
        var source = SegmentedDocument.FromSentences("report.zh.txt", Language.Chinese, chinese);
        var target = SegmentedDocument.FromSentences("report.en.txt", Language.English, english);
        return new Bitext(source, target, Beads(beads));
    }

    public static IReadOnlyList<Bead> Beads(params string[] beads)
    {
        var list = new List<Bead>();
        int s = 0, t = 0;
        foreach (var bead in beads)
        {
            var parts = bead.Split(':');
            var type = BeadType.Parse(parts[0]);
            var confidence = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            list.Add(new Bead(new SentenceSpan(s, type.SourceCount), new SentenceSpan(t, type.TargetCount), confidence));
            s += type.SourceCount;
            t += type.TargetCount;
        }

        return list;
    }

    /// <summary>
    /// A document of numbered paragraphs written as "label + separator + sentences", one block per paragraph, each
    /// sentence of a paragraph ending its own piece of the block.
    /// </summary>
    public static SegmentedDocument Numbered(string name, Language language, string separator, params (string Label, string[] Sentences)[] paragraphs)
    {
        var text = new System.Text.StringBuilder();
        var blocks = new List<Block>();
        var sentences = new List<Sentence>();
        var joiner = language.IsChinese ? string.Empty : " ";
        foreach (var (label, parts) in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var blockStart = text.Length;
            text.Append(label).Append(separator);
            var bodyStart = text.Length;
            var body = string.Join(joiner, parts);
            text.Append(body);
            var index = blocks.Count;
            var written = new BlockLabel(label, label.TrimEnd('.'), LabelStyle.Arabic);
            blocks.Add(new Block(index, BlockKind.NumberedParagraph, written, BlockPath.Of("body", label.TrimEnd('.')), body,
                TextSpan.FromBounds(blockStart, text.Length), bodyStart));
            var inBlock = 0;
            foreach (var part in parts)
            {
                var span = new TextSpan(inBlock, part.Length);
                sentences.Add(new Sentence(sentences.Count, index, part, span, new TextSpan(bodyStart + inBlock, part.Length)));
                inBlock += part.Length + joiner.Length;
            }
        }

        return new SegmentedDocument(new Document(name, language, text.ToString(), blocks, []), sentences);
    }

    /// <summary>A unit with every field set, to check that formats carry them all.</summary>
    public static TranslationUnit Full(string id, string source, string target) =>
        new(id, new Segment(Language.Chinese, source), new Segment(Language.English, target))
        {
            Created = Now,
            Origin = UnitOrigin.Aligned,
            Provenance = new Provenance("report.zh.txt", "body › II › 12", new BeadType(1, 2), 0.875),
            PreviousSource = "上一句。",
            NextSource = "下一句。",
            Properties = [new("x-client", "UNODC"), new("x-project", "EG4")],
            Notes = ["Checked by a reviewer.", "第二条注释"],
        };

    /// <summary>Units whose texts are hard on XML and tables: markup characters, quotes, CJK, emoji, spaces at the ends.</summary>
    public static IReadOnlyList<TranslationUnit> Tricky() =>
    [
        Full("t1", "《公约》第 3 条 <b> & “引号”", "Article 3 <b> & \"quotes\" 'single'"),
        Full("t2", "  前后有空格  ", " leading and trailing spaces "),
        Full("t3", "表情 😀 与 𠀀 字", "emoji 😀 and a supplementary 𠀀 ideograph"),
        Full("t4", "制表符\t与换行\n第二行", "tab\tand line breaks\nsecond line\r\nthird line") with { Notes = [] },
        Full("t5", "]]> 与 &amp; 字面", "]]> and a literal &amp;") with { Properties = [] },
    ];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
