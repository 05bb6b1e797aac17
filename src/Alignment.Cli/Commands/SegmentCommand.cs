using System.CommandLine;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Cli.Commands;

internal sealed class SegmentCommand : CliCommand
{
    private readonly Argument<string> file = new("FILE") { Description = "The document: a PDF, a Word file (.docx) or plain text, clean or extracted from a PDF." };
    private readonly Option<Language?> language = CliOptions.Language("--lang", "The document's language (zh or en); detected from the text when left out.");
    private readonly Option<bool> json = CliOptions.Flag("--json", "Print blocks with kind, label, path and sentences as JSON.");
    private readonly Option<string?> rules = CliOptions.Text("--rules", "FILE", "An SRX 2.0 file whose rules take precedence over the built-in ones.");
    private readonly Option<bool> semicolon = CliOptions.Flag("--semicolon", "End Chinese sentences at ；as well.");
    private readonly ReadingOptions reading;

    public SegmentCommand()
        : base("segment", "Read a document (PDF, Word or text) and print its sentences.")
    {
        Arguments.Add(file);
        Options.Add(language);
        Options.Add(json);
        Options.Add(rules);
        Options.Add(semicolon);
        reading = new ReadingOptions(this, aligns: false);
        Reads(args => [args.GetValue(file), args.GetValue(rules)]);
    }

    public override string Usage => "segment [--lang zh|en] FILE [--json] [--rules FILE.srx]";

    public override string Details => """
        Reads a Chinese or English document (PDF, .docx or text, told apart by content), repairs what PDF
        extraction does to text (hard line wraps, page headers and footers, job and page numbers, paragraphs split
        by page breaks, footnotes), and prints one sentence per line. Paragraph and list labels are never sentences of their own. With --json, prints the blocks (kind,
        label, structural path) with their sentences and offsets into the original text. A --lang that the text
        contradicts (--lang zh on an English document) is refused, exit code 1, as 'align' refuses it. Control
        characters in the text are printed escaped (\u001B, \n); --json carries them as they are.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "segment --lang zh corpora/unodc-cybercrime-eg4-2021/zh.txt",
        "segment corpora/unodc-cybercrime-eg4-2021/en.txt --json",
    ];

    public override long MaxInputSize(ParseResult args) => reading.MaxSize(args);

    public override int Run(ParseResult args, CliConsole console)
    {
        var path = args.GetRequiredValue(file);
        var segmentation = SegmentationRules.Default;
        if (args.GetValue(rules) is { } srx)
        {
            segmentation = segmentation.OverriddenBy(SegmentationRules.Load(srx));
        }

        var reader = reading.Reader(args);
        var document = args.GetValue(language) is { } lang ? AsDeclared(reader.ReadFile(path, lang), path) : reader.ReadFile(path);
        var segmented = new SentenceSegmenter(segmentation.WithChineseSemicolonBreaks(args.GetValue(semicolon))).Segment(document);
        if (args.GetValue(json))
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
                console.Out.WriteLine(Printable.Of(sentence.Text));
            }
        }

        return CliApplication.Success;
    }

    /// <summary>
    /// A declared language the text contradicts is refused, as 'align' refuses it: segmenting English with the
    /// Chinese rules (or the reverse) gives sentences that look plausible and are wrong.
    /// </summary>
    private static Document AsDeclared(Document document, string path)
    {
        var detected = Language.Detect(document.Text);
        return detected.IsChinese == document.Language.IsChinese ? document
            : throw new InputException(path, $"is declared {document.Language} but its text reads as {(detected.IsChinese ? "Chinese" : "English")}; leave out --lang to segment it as detected");
    }
}
