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

    public override string Usage => "align ZH EN [-o OUT] [options]   |   align --presegmented SRC TGT [--format beads]";

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
        new("format", "Format when printing to stdout: tsv (default) or beads (default with --presegmented).", "FORMAT"),
        new("source-lang", "Language of the first file (detected from the text when left out; zh with --presegmented).", "LANG"),
        new("target-lang", "Language of the second file (default: en).", "LANG"),
        new("glossary", "A glossary or dictionary used as lexical evidence: CC-CEDICT, or two-column CSV/TSV.", "FILE"),
        new("no-structure", "Ignore paragraph numbers and headings; align the sentences as one stretch."),
        new("labels", "Paragraph labels in exported units: auto (as CAT tools segment the document, default), inline or strip.", "MODE"),
        new("report", "Print a QA report: bead shapes, mean confidence and the doubtful beads."),
        .. ReadingOptions.All,
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "align corpora/unodc-cybercrime-eg4-2021/zh.txt corpora/unodc-cybercrime-eg4-2021/en.txt -o report.tmx --report",
        "align corpora/unodc-cybercrime-eg4-2021/en.txt corpora/unodc-cybercrime-eg4-2021/zh.txt -o report.en-zh.tsv",
        "align --presegmented corpora/unodc-cybercrime-eg4-2021/zh.sentences.txt corpora/unodc-cybercrime-eg4-2021/en.sentences.txt",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var aligner = new Aligner(new AlignerOptions
        {
            Lexicon = args.Value("glossary") is { } glossary ? Lexicon.Bundled.With(Lexicon.Load(glossary)) : Lexicon.Bundled,
            UseStructure = !args.Flag("no-structure"),
        });

        var output = args.Value("output");
        if (output is not null)
        {
            AlignmentOutput.CheckFormat(output);
        }

        var labels = args.Value("labels", "auto") switch
        {
            "auto" => LabelPolicy.Auto,
            "inline" => LabelPolicy.Inline,
            "strip" => LabelPolicy.Strip,
            var other => throw new UsageException($"--labels {other} is not known; use auto, inline or strip."),
        };
        var (sourcePath, targetPath) = (args.Positional(0, "ZH"), args.Positional(1, "EN"));
        var bitext = args.Flag("presegmented")
            ? aligner.Align(
                SegmentedDocument.FromSentences(Path.GetFileName(sourcePath), Language.Parse(args.Value("source-lang", "zh-CN")), InputFiles.SentenceLines(sourcePath)),
                SegmentedDocument.FromSentences(Path.GetFileName(targetPath), Language.Parse(args.Value("target-lang", "en")), InputFiles.SentenceLines(targetPath)))
            : AlignDocuments(args, aligner, sourcePath, targetPath, console);
        if (output is not null)
        {
            var written = AlignmentOutput.Write(output, bitext, labels);
            console.Progress($"wrote {written} records to {output}");
        }
        else
        {
            var format = args.Value("format", args.Flag("presegmented") ? "beads" : "tsv");
            switch (format)
            {
                case "beads":
                    console.Out.Write(BeadFile.Format(bitext.Beads));
                    break;
                case "tsv":
                    foreach (var pair in bitext.Pairs)
                    {
                        console.Out.WriteLine($"{pair.Source.Text}\t{pair.Target.Text}");
                    }

                    break;
                default:
                    throw new UsageException($"--format {format} is not known; use beads or tsv, or -o OUT with {AlignmentOutput.Formats}.");
            }
        }

        if (args.Flag("report"))
        {
            ReportPrinter.Print(AlignmentReport.For(bitext), output is null ? console.Error : console.Out);
        }

        return CliApplication.Success;
    }

    private static Aligning.Bitext AlignDocuments(Arguments args, Aligner aligner, string sourcePath, string targetPath, CliConsole console)
    {
        var pipeline = ReadingOptions.Pipeline(args, aligner);
        console.Progress($"reading {sourcePath} and {targetPath}");
        var bitext = args.Value("source-lang") is { } sourceLanguage
            ? pipeline.AlignFiles(sourcePath, Language.Parse(sourceLanguage), targetPath, Language.Parse(args.Value("target-lang", "en")))
            : pipeline.AlignFiles(sourcePath, targetPath);
        console.Progress($"aligned {bitext.Source.Sentences.Count} {bitext.Source.Language} and {bitext.Target.Sentences.Count} {bitext.Target.Language} sentences into {bitext.Beads.Count} beads");
        return bitext;
    }
}
