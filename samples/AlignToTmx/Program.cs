// Aligns the bundled UN report (Chinese and English) and writes a TMX that CAT tools such as OmegaT or Trados import.
//   dotnet run --project samples/AlignToTmx -- [corpus folder] [output.tmx]
using Alignment;
using Alignment.Aligning;
using Alignment.Interchange;

var corpus = args.Length > 0 ? args[0] : Path.Combine("corpora", "unodc-cybercrime-eg4-2021");
var output = args.Length > 1 ? args[1] : "report.zh-en.tmx";

// Read both files (repairing PDF extraction), cut them into sentences and align them.
var bitext = AlignmentPipeline.Default.AlignFiles(Path.Combine(corpus, "zh.txt"), Path.Combine(corpus, "en.txt"));

// Every bead carries a confidence; the report lists the ones a translator should look at.
var report = AlignmentReport.For(bitext);
Console.WriteLine($"{bitext.Beads.Count} beads, mean confidence {report.MeanConfidence:0.00}, {report.Doubtful.Count} to review");

// One translation unit per bead with both sides, with provenance and neighbouring segments for context matches.
var units = AlignedUnits.From(bitext);
var written = TmxWriter.Write(output, units, new TmxWriteOptions(bitext.Source.Language));
Console.WriteLine($"{written} translation units written to {output}");
