using System.CommandLine;
using Alignment.Aligning;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Segmentation;

namespace Alignment.Cli.Commands;

internal sealed class AlignCommand : CliCommand
{
    private readonly Argument<string> source = new("ZH") { Description = "The first document (Chinese, or English when aligning the other way); SRC with --presegmented." };
    private readonly Argument<string> target = new("EN") { Description = "Its counterpart in the other language; TGT with --presegmented." };
    private readonly Option<string?> output = CliOptions.Text("--output", "OUT", "Where to write the alignment; the extension picks the format: .tmx .tsv .csv .jsonl .beads", "-o");
    private readonly Option<bool> presegmented = CliOptions.Flag("--presegmented", "SRC and TGT hold one sentence per line; align them as they are.");
    private readonly Option<string?> format = CliOptions.Choice<string?>("--format", "FORMAT", "Format when printing to stdout: tsv (default) or beads (default with --presegmented).", null, ("tsv", "tsv"), ("beads", "beads"));
    private readonly Option<Language?> sourceLanguage = CliOptions.Language("--source-lang", "Language of the first file (detected from the text when left out; zh with --presegmented).");
    private readonly Option<Language?> targetLanguage = CliOptions.Language("--target-lang", "Language of the second file (default: en).");
    private readonly Option<string?> glossary = CliOptions.Text("--glossary", "FILE", "A glossary or dictionary used as lexical evidence: CC-CEDICT, two-column CSV/TSV, or TBX (as terms --extract writes it).");
    private readonly Option<string?> memory = CliOptions.Text("--index", "DIR", "A translation memory whose learned word pairs the aligner starts from (none unless given).");
    private readonly Option<bool> noStructure = CliOptions.Flag("--no-structure", "Ignore paragraph numbers and headings; align the sentences as one stretch.");
    private readonly Option<LabelPolicy> labels = CliOptions.Choice(
        "--labels",
        "MODE",
        "Paragraph labels in exported units: auto (as CAT tools segment the document, default), inline or strip.",
        LabelPolicy.Auto,
        ("auto", LabelPolicy.Auto),
        ("inline", LabelPolicy.Inline),
        ("strip", LabelPolicy.Strip));

    private readonly Option<UnitSegments?> units = CliOptions.Choice<UnitSegments?>(
        "--units",
        "WHICH",
        "Units in exported files: sentences (one per bead), or both: also the segments a CAT tool cuts the source into where they differ (wrapped lines, tables, mastheads, sentences a translator joined or split, cut at a clause boundary where the evidence places the cut); default both for .tmx, sentences otherwise.",
        null,
        ("sentences", UnitSegments.Sentences),
        ("both", UnitSegments.SentencesAndCatSegments));

    private readonly Option<double> minConfidence = CliOptions.MinConfidence();
    private readonly Option<bool> report = CliOptions.Flag("--report", "Print a QA report: bead shapes, mean confidence and the doubtful beads.");
    private readonly ReadingOptions reading;

    public AlignCommand()
        : base("align", "Align a Chinese document with its English counterpart (or two presegmented files).")
    {
        Arguments.Add(source);
        Arguments.Add(target);
        foreach (var option in new Option[] { output, presegmented, format, sourceLanguage, targetLanguage, glossary, memory, noStructure, labels, units, minConfidence, report })
        {
            Options.Add(option);
        }

        reading = new ReadingOptions(this, aligns: true);
        Reads(args => [args.GetValue(source), args.GetValue(target), args.GetValue(glossary)]);
        Writes(args => args.GetValue(output));
        Check(args => args.GetValue(output) is { } path ? AlignmentOutput.FormatProblem(path) : null);
    }

    public override string Usage => "align ZH EN [-o OUT] [options]   |   align --presegmented SRC TGT [--format beads]";

    public override string Details => """
        Aligns the sentences of two versions of a document. Paragraph numbers, list letters, headings and footnote
        markers anchor the alignment; inside and between anchors, sentences are paired from their lengths, shared
        numbers, dates, symbols and names, an optional glossary, and a word model the pair teaches itself, starting
        from the word pairs a translation memory has learned when --index names one.

        Every bead gets a confidence in [0, 1]. Two documents that the alignment shows are not translations of each
        other (most sentences unpaired, paired only on weak evidence, or paired by position with no word, number or
        name in common) are refused and nothing is written, unless --force is given; a partial translation, whose paired part is well supported, is aligned.

        With --presegmented, SRC and TGT hold one sentence per line and no structure is assumed; the beads are
        printed in the format of the Vecalign/Bertalign evaluation scripts: [0]:[0,1]:0.93
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "align corpora/unodc-cybercrime-eg4-2021/zh.txt corpora/unodc-cybercrime-eg4-2021/en.txt -o report.tmx --report",
        "align corpora/unodc-cybercrime-eg4-2021/en.txt corpora/unodc-cybercrime-eg4-2021/zh.txt -o report.en-zh.tsv",
        "align --presegmented corpora/unodc-cybercrime-eg4-2021/zh.sentences.txt corpora/unodc-cybercrime-eg4-2021/en.sentences.txt",
        "align corpora/financial-pension-fund-2026/zh.txt corpora/financial-pension-fund-2026/en.txt -o pension.tmx --min-confidence 0.5",
    ];

    public override long MaxInputSize(ParseResult args) => reading.MaxSize(args);

    public override int Run(ParseResult args, CliConsole console)
    {
        var aligner = new Aligner(new AlignerOptions
        {
            Lexicon = Lexicon.Bundled.With(args.GetValue(glossary) is { } path ? GlossaryLexicon.Load(path) : Lexicon.Empty).With(Learned(args.GetValue(memory), console)),
            UseStructure = !args.GetValue(noStructure),
        });
        var bitext = args.GetValue(presegmented) ? AlignSentences(args, aligner) : AlignDocuments(args, aligner, console);
        var written = args.GetValue(output);
        if (written is not null)
        {
            var count = AlignmentOutput.Write(written, bitext, args.GetValue(labels), args.GetValue(units), args.GetValue(minConfidence));
            console.Progress($"wrote {count} records to {written}");
        }
        else if ((args.GetValue(format) ?? (args.GetValue(presegmented) ? "beads" : "tsv")) == "beads")
        {
            console.Out.Write(BeadFile.Format(bitext.Beads));
        }
        else
        {
            foreach (var pair in bitext.Pairs)
            {
                console.Out.WriteLine($"{pair.Source.Text}\t{pair.Target.Text}");
            }
        }

        if (args.GetValue(report))
        {
            ReportPrinter.Print(AlignmentReport.For(bitext), written is null ? console.Error : console.Out);
        }

        return CliApplication.Success;
    }

    /// <summary>The word pairs a memory has learned from its units, or none when no memory is given.</summary>
    private static Lexicon Learned(string? folder, CliConsole console)
    {
        if (folder is null)
        {
            return Lexicon.Empty;
        }

        using var translationMemory = MemoryLocation.OpenForReading(folder);
        var learned = translationMemory.LearnedLexicon();
        console.Progress($"starting from {learned.Count} word pairs learned by {translationMemory.Location}");
        return learned;
    }

    private Bitext AlignSentences(ParseResult args, Aligner aligner)
    {
        var (sourcePath, targetPath) = (args.GetRequiredValue(source), args.GetRequiredValue(target));
        var (sourceTag, targetTag) = (args.GetValue(sourceLanguage) ?? Language.Chinese, args.GetValue(targetLanguage) ?? Language.English);
        if (sourceTag.IsSameLanguageAs(targetTag))
        {
            throw new InputException(targetPath, $"is declared {targetTag}, the language of {sourcePath}; expected one Chinese and one English file");
        }

        var options = reading.Reader(args).Options;
        var bitext = aligner.Align(Presegmented(sourcePath, sourceTag, options), Presegmented(targetPath, targetTag, options));
        return reading.Forced(args) || PairVerdict.Of(bitext) is not { IsTranslation: false } verdict ? bitext
            : throw new UnrelatedDocumentsException(sourcePath, targetPath, verdict);
    }

    /// <summary>A one-sentence-per-line file, refused when its text is not in the language it is taken to be in.</summary>
    private static SegmentedDocument Presegmented(string path, Language language, ReaderOptions options)
    {
        var sentences = InputFiles.SentenceLines(path, options);
        var detected = Language.Detect(string.Concat(sentences));
        if (detected.IsChinese != language.IsChinese)
        {
            throw new InputException(path, $"is declared {language} but its text reads as {(detected.IsChinese ? "Chinese" : "English")}; name its language with --source-lang or --target-lang");
        }

        return SegmentedDocument.FromSentences(Path.GetFileName(path), language, sentences);
    }

    private Bitext AlignDocuments(ParseResult args, Aligner aligner, CliConsole console)
    {
        var (sourcePath, targetPath) = (args.GetRequiredValue(source), args.GetRequiredValue(target));
        var pipeline = reading.Pipeline(args, aligner);
        console.Progress($"reading {sourcePath} and {targetPath}");
        var bitext = args.GetValue(sourceLanguage) is { } sourceTag
            ? pipeline.AlignFiles(sourcePath, sourceTag, targetPath, args.GetValue(targetLanguage) ?? Language.English)
            : pipeline.AlignFiles(sourcePath, targetPath);
        console.Progress($"aligned {bitext.Source.Sentences.Count} {bitext.Source.Language} and {bitext.Target.Sentences.Count} {bitext.Target.Language} sentences into {bitext.Beads.Count} beads");
        return bitext;
    }
}
