using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Cli.Commands;

internal sealed class SegmentCommand : Command
{
    public override string Name => "segment";

    public override string Summary => "Read a document (clean or PDF-extracted) and print its sentences.";

    public override string Usage => "segment [--lang zh|en] FILE [--json] [--rules FILE.srx]";

    public override string Description => """
        Reads a Chinese or English document, repairs what PDF extraction does to it (hard line wraps, page headers
        and footers, job and page numbers, paragraphs split by page breaks, footnotes), and prints one sentence per
        line. Paragraph and list labels are never sentences of their own. With --json, prints the blocks (kind,
        label, structural path) with their sentences and offsets into the original text.
        """;

    public override IReadOnlyList<Option> Options =>
    [
        new("lang", "The document's language (zh or en); detected from the text when left out.", "LANG"),
        new("json", "Print blocks with kind, label, path and sentences as JSON."),
        new("rules", "An SRX 2.0 file whose rules take precedence over the built-in ones.", "FILE"),
        new("semicolon", "End Chinese sentences at ；as well."),
        .. ReadingOptions.All.Where(o => o.Name != "allow-length-mismatch"),
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "segment --lang zh corpora/unodc-cybercrime-eg4-2021/zh.txt",
        "segment corpora/unodc-cybercrime-eg4-2021/en.txt --json",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var path = args.Positional(0, "FILE");
        var reader = ReadingOptions.Reader(args);
        var document = args.Value("lang") is { } lang ? reader.ReadFile(path, Language.Parse(lang)) : reader.ReadFile(path);
        var rules = SegmentationRules.Default;
        if (args.Value("rules") is { } srx)
        {
            rules = rules.OverriddenBy(SegmentationRules.Load(srx));
        }

        var segmented = new SentenceSegmenter(rules.WithChineseSemicolonBreaks(args.Flag("semicolon"))).Segment(document);
        if (args.Flag("json"))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                document = document.Name,
                language = document.Language.Tag,
                blocks = document.Blocks.Select(block => new
                {
                    index = block.Index,
                    kind = block.Kind.ToString(),
                    label = block.Label.Written,
                    anchor = block.Label.Anchor,
                    path = block.Path.ToString(),
                    footnotes = block.FootnoteReferences,
                    sentences = segmented.SentencesOf(block.Index).Indices.Select(i => segmented.Sentences[i]).Select(s => new
                    {
                        index = s.Index,
                        text = s.Text,
                        start = s.Source.Start,
                        end = s.Source.End,
                    }),
                }),
                removed = document.RemovedLines.Select(r => new { text = r.Text, reason = r.Reason.ToString(), start = r.Source.Start }),
            }));
        }
        else
        {
            foreach (var sentence in segmented.Sentences)
            {
                console.Out.WriteLine(sentence.Text);
            }
        }

        return CliApplication.Success;
    }
}
