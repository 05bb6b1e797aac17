// Fuzzy lookup as a CAT-tool plug-in calls it: open the memory once, then ask for each segment the translator opens.
//   dotnet run --project samples/CatLookup -- [corpus folder]
using Alignment;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

var corpus = args.Length > 0 ? args[0] : Path.Combine("corpora", "unodc-cybercrime-eg4-2021");

// A plug-in would open the memory folder its user chose, for lookups only: TranslationMemory.OpenReadOnly(folder).
// Here it is filled from the bundled report, in RAM.
using var memory = TranslationMemory.OpenInMemory();
memory.Add(AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Path.Combine(corpus, "zh.txt"), Path.Combine(corpus, "en.txt"))));

// The segment being translated, with its neighbours: an exact match in the same context scores 101.
var segment = "专家组第八次会议于 2022 年 4 月 5 日至 7 日在维也纳举行。";
var options = new LookupOptions { MaxResults = 3, MinimumScore = 70, Context = new LookupContext("导言", string.Empty) };
foreach (var match in memory.Lookup(segment, Language.Chinese, Language.English, options))
{
    Console.WriteLine($"{match.Score} {match.Band}: {match.Target.Text}");
    Console.WriteLine($"      source: {match.Source.Text}   differs in: {match.Differences}");
}
