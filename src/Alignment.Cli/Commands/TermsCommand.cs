using System.Globalization;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class TermsCommand : Command
{
    public override string Name => "terms";

    public override string Summary => "How a term is rendered across the memory; or extract a bilingual glossary.";

    public override string Usage => "terms [--index DIR] TERM [--lang zh|en] [--json] | terms --extract -o GLOSSARY [--index DIR]";

    public override string Description => """
        Finds every unit containing TERM and ranks the phrases of the other language by how strongly they go with
        it across the memory (Dice's coefficient over units): the equivalents, with how many units hold both, how
        many hold the equivalent at all, its variants (plural, hyphen or space), the names an acronym stands for,
        and examples with both marked between [ and ].

        With --extract, builds a glossary of the memory's recurring terms with their best equivalents and writes it
        by the output's extension: .tsv, .csv, .txt (OmegaT glossary: source, target, comment) or .tbx (TBX-Basic).
        """;

    public override IReadOnlyList<Option> Options =>
    [
        MemoryLocation.Option,
        new("lang", "The language of TERM (zh or en; detected when left out).", "LANG"),
        new("max", "How many candidates to show (default 5), or glossary entries to extract (default 200).", "N"),
        new("json", "Print the candidates as JSON, with counts and highlight offsets."),
        new("extract", "Extract a glossary from the whole memory instead of looking up one term."),
        new("output", "Where --extract writes the glossary: .tsv, .csv, .txt (OmegaT) or .tbx.", "GLOSSARY", "o"),
        new("source-lang", "Source language of the extracted glossary (default: zh-CN).", "LANG"),
        new("target-lang", "Target language of the extracted glossary (default: en).", "LANG"),
        new("min-occurrences", "Extract only terms found in at least N units (default 3).", "N"),
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "terms 电子证据",
        "terms \"mutual legal assistance\" --json",
        "terms --extract -o glossary.tbx",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        if (args.Flag("extract"))
        {
            return Extract(args, console);
        }

        var term = args.Positional(0, "TERM");
        var language = MemoryLocation.LanguageOf(args, term);
        using var memory = MemoryLocation.OpenForReading(args);
        var result = memory.LookupTerm(term, language, MemoryLocation.Other(language), new TermLookupOptions { MaxCandidates = args.Int("max", 5) });
        if (args.Flag("json"))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                term,
                language = language.Tag,
                units = result.Occurrences,
                unitsAreExact = result.OccurrencesAreExact,
                candidates = result.Candidates.Select(c => new
                {
                    text = c.Text,
                    score = Math.Round(c.Score, 3),
                    unitsWithBoth = c.CoOccurrences,
                    unitsWithCandidate = c.Frequency,
                    variants = c.Variants,
                    alternatives = c.Alternatives,
                    examples = c.Examples.Select(e => new { term = e.Term.Marked, equivalent = e.Equivalent.Marked }),
                }),
            }));
            return CliApplication.Success;
        }

        if (result.Candidates.Count == 0)
        {
            console.Out.WriteLine($"\"{term}\" is in no unit of the memory");
            return CliApplication.Success;
        }

        var about = result.OccurrencesAreExact ? string.Empty : "about ";
        console.Out.WriteLine($"\"{term}\" is in {about}{result.Occurrences} units; its equivalents:");
        foreach (var (candidate, rank) in result.Candidates.Select((c, i) => (c, i + 1)))
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rank}. {candidate.Text}   score {candidate.Score:0.00}, together in {candidate.CoOccurrences} units, in {candidate.Frequency} units overall"));
            if (candidate.Variants.Count > 0)
            {
                console.Out.WriteLine($"   also written: {string.Join("; ", candidate.Variants)}");
            }

            if (candidate.Alternatives.Count > 0)
            {
                console.Out.WriteLine($"   stands for: {string.Join("; ", candidate.Alternatives)}");
            }

            foreach (var example in candidate.Examples.Take(rank == 1 ? 3 : 1))
            {
                console.Out.WriteLine($"   - {example.Term.Mark("[", "]")}");
                console.Out.WriteLine($"     {example.Equivalent.Mark("[", "]")}");
            }
        }

        return CliApplication.Success;
    }

    private static int Extract(Arguments args, CliConsole console)
    {
        var output = args.Required("output");
        var format = Path.GetExtension(output).ToLowerInvariant() switch
        {
            ".tsv" => GlossaryFormat.Tsv,
            ".csv" => GlossaryFormat.Csv,
            ".txt" or ".utf8" => GlossaryFormat.OmegaT,
            ".tbx" => GlossaryFormat.Tbx,
            _ => throw new UsageException($"cannot tell the glossary format of '{output}': use .tsv, .csv, .txt (OmegaT) or .tbx."),
        };
        var source = Language.Parse(args.Value("source-lang", "zh-CN"));
        var target = Language.Parse(args.Value("target-lang", "en"));
        using var memory = MemoryLocation.OpenForReading(args);
        console.Progress($"extracting {source}→{target} terms from {memory.Location}");
        var glossary = memory.ExtractTerms(source, target, new TermExtractionOptions
        {
            MaxEntries = args.Int("max", 200),
            MinOccurrences = args.Int("min-occurrences", 3),
        });
        glossary.Write(output, format);
        console.Out.WriteLine($"{glossary.Entries.Count} entries written to {output}");
        return CliApplication.Success;
    }
}
