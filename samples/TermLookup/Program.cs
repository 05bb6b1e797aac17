// How is 电子证据 rendered in English across the memory? Ranked equivalents with counts and an example.
//   dotnet run --project samples/TermLookup -- [corpus folder] [term]
using Alignment;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

var corpus = args.Length > 0 ? args[0] : Path.Combine("corpora", "unodc-cybercrime-eg4-2021");
var term = args.Length > 1 ? args[1] : "电子证据";

using var memory = TranslationMemory.OpenInMemory();
memory.Add(AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Path.Combine(corpus, "zh.txt"), Path.Combine(corpus, "en.txt"))));

var result = memory.LookupTerm(term, Language.Chinese, Language.English);
Console.WriteLine($"{term} occurs in {(result.OccurrencesAreExact ? "" : "about ")}{result.Occurrences} units");
foreach (var candidate in result.Candidates)
{
    Console.WriteLine($"  {candidate.Text,-30} score {candidate.Score:0.00}  together {candidate.CoOccurrences}, overall {candidate.Frequency}");
}

if (result.Candidates is [var best, ..] && best.Examples is [var example, ..])
{
    Console.WriteLine($"  e.g. {example.Term.Marked}");
    Console.WriteLine($"       {example.Equivalent.Marked}");
}
