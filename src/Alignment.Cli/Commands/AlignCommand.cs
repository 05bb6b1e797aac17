using Alignment.Aligning;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Segmentation;

namespace Alignment.Cli.Commands;

internal sealed class AlignCommand : Command
{
    public override string Name => "align";

    public override string Summary => "Align a Chinese document with its English counterpart (or two presegmented files).";

    public override string Usage => "align ZH EN -o OUT [options] | align --presegmented SRC TGT [--format beads]";

    public override string Description => """
        Aligns the sentences of two versions of a document. Paragraph numbers, list letters, headings and footnote
        markers anchor the alignment; inside and between anchors, sentences are paired from their lengths, shared
        numbers, dates, symbols and names, an optional glossary, and a word model the pair teaches itself.
        Every bead gets a confidence in [0, 1].

        With --presegmented, SRC and TGT hold one sentence per line and no structure is assumed; the beads are
        printed in the format of the Vecalign/Bertalign evaluation scripts: [0]:[0,1]:0.93
        """;

    public override IReadOnlyList<Option> Options =>
    [
        new("output", "Where to write the alignment; the extension picks the format: .tmx .tsv .csv .jsonl .beads", "OUT", "o"),
        new("presegmented", "SRC and TGT hold one sentence per line; align them as they are."),
        new("format", "Output format when printing to stdout: beads (default with --presegmented).", "FORMAT"),
        new("source-lang", "Language of the first file (default: zh; detected from the text when reading documents).", "LANG"),
        new("target-lang", "Language of the second file (default: en).", "LANG"),
        new("glossary", "A glossary or dictionary used as lexical evidence: CC-CEDICT, or two-column CSV/TSV.", "FILE"),
        new("no-structure", "Ignore paragraph numbers and headings; align the sentences as one stretch."),
        new("labels", "Paragraph labels in exported units: inline (as CAT tools segment them, default) or strip.", "MODE"),
        new("report", "Print a QA report: bead shapes, mean confidence and the doubtful beads."),
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "align --presegmented corpora/unodc-cybercrime-eg4-2021/zh.sentences.txt corpora/unodc-cybercrime-eg4-2021/en.sentences.txt",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var aligner = new Aligner(new AlignerOptions
        {
            Lexicon = args.Value("glossary") is { } glossary ? Lexicon.Load(glossary) : Lexicon.Empty,
            UseStructure = !args.Flag("no-structure"),
        });
        var sourceLanguage = Language.Parse(args.Value("source-lang", "zh-CN"));
        var targetLanguage = Language.Parse(args.Value("target-lang", "en"));
        if (!args.Flag("presegmented"))
        {
            throw new UsageException("aligning documents needs the reader; until then use --presegmented SRC TGT.");
        }

        var output = args.Value("output");
        if (output is not null)
        {
            AlignmentOutput.CheckFormat(output);
        }

        var labels = args.Value("labels", "inline") switch
        {
            "inline" => LabelPolicy.Inline,
            "strip" => LabelPolicy.Strip,
            var other => throw new UsageException($"--labels {other} is not known; use inline or strip."),
        };
        var (sourcePath, targetPath) = (args.Positional(0, "SRC"), args.Positional(1, "TGT"));
        var bitext = aligner.Align(
            SegmentedDocument.FromSentences(Path.GetFileName(sourcePath), sourceLanguage, InputFiles.SentenceLines(sourcePath)),
            SegmentedDocument.FromSentences(Path.GetFileName(targetPath), targetLanguage, InputFiles.SentenceLines(targetPath)));
        if (output is not null)
        {
            var written = AlignmentOutput.Write(output, bitext, labels);
            console.Progress($"wrote {written} records to {output}");
        }
        else
        {
            var format = args.Value("format", "beads");
            if (format != "beads")
            {
                throw new UsageException($"--format {format} is not known; use beads, or -o OUT with {AlignmentOutput.Formats}.");
            }

            console.Out.Write(BeadFile.Format(bitext.Beads));
        }

        if (args.Flag("report"))
        {
            ReportPrinter.Print(AlignmentReport.For(bitext), output is null ? console.Error : console.Out);
        }

        return CliApplication.Success;
    }
}
