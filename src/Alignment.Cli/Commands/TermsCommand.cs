using System.CommandLine;
using System.Globalization;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class TermsCommand : CliCommand
{
    private const int MaxCandidates = 100;

    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<Language?> language = CliOptions.Language("--lang", "The language of TERM (zh or en; detected when left out).");
    private readonly Option<int?> max = CliOptions.OptionalWholeNumber("--max", "N", $"How many candidates to show, up to {MaxCandidates} (default 5), or glossary entries to extract (default 200).", 1, 100_000);
    private readonly Option<bool> json = CliOptions.Flag("--json", "Print the candidates as JSON, with counts and highlight offsets.");
    private readonly Option<bool> extract = CliOptions.Flag("--extract", "Extract a glossary from the whole memory instead of looking up one term.");
    private readonly Option<string?> output = CliOptions.Text("--output", "GLOSSARY", "Where --extract writes the glossary: .tsv, .csv, .txt (OmegaT) or .tbx.", "-o");
    private readonly Option<Language?> sourceLanguage = CliOptions.Language("--source-lang", "Source language of the extracted glossary (default: zh-CN).");
    private readonly Option<Language?> targetLanguage = CliOptions.Language("--target-lang", "Target language of the extracted glossary (default: en).");
    private readonly Option<int> minOccurrences = CliOptions.WholeNumber("--min-occurrences", "N", "Extract only terms found in at least N units (default 3).", TermExtractionOptions.Default.MinOccurrences, 1, 1_000_000);
    private readonly QueryInput query;

    public TermsCommand()
        : base("terms", "How a term is rendered across the memory; or extract a bilingual glossary.")
    {
        query = new QueryInput(this, "TERM", "The term to look up.", unlessGiven: extract);
        foreach (var option in new Option[] { index, language, max, json, extract, output, sourceLanguage, targetLanguage, minOccurrences })
        {
            Options.Add(option);
        }

        Reads(args => [query.FileOf(args)]);
        Writes(args => args.GetValue(output));
        Check(args => !args.GetValue(extract) ? (args.GetValue(max) > MaxCandidates ? $"--max shows at most {MaxCandidates} candidates of a term" : null)
            : args.GetValue(output) is not { } path ? "--extract needs -o GLOSSARY"
            : GlossaryFormatOf(path) is null ? $"cannot tell the glossary format of '{path}': use .tsv, .csv, .txt (OmegaT) or .tbx"
            : Source(args).IsSameLanguageAs(Target(args)) ? $"--source-lang {Source(args)} and --target-lang {Target(args)} are the same language; a glossary pairs two"
            : null);
    }

    public override string Usage => "terms [--index DIR] TERM [--lang zh|en] [--json] | terms --extract -o GLOSSARY [--index DIR]";

    public override string Details => """
        Finds every unit containing TERM and ranks the phrases of the other language by how strongly they go with
        it across the memory (Dice's coefficient over units): the equivalents, with how many units hold both, how
        many hold the equivalent at all, its variants (plural, hyphen or space), the names an acronym stands for,
        and examples with both marked between [ and ].

        With --extract, builds a glossary of the memory's recurring terms with their best equivalents and writes it
        by the output's extension: .tsv, .csv, .txt (OmegaT glossary: source, target, comment) or .tbx (TBX-Basic).
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "terms 电子证据",
        "terms \"mutual legal assistance\" --json",
        "terms --extract -o glossary.tbx",
    ];

    public override int Run(ParseResult args, CliConsole console)
    {
        if (args.GetValue(extract))
        {
            return Extract(args, console);
        }

        var term = query.Read(args, console.In, MaxInputSize(args));
        var lang = MemoryLocation.LanguageOf(args.GetValue(language), term);
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        var result = memory.LookupTerm(term, lang, MemoryLocation.Other(lang), new TermLookupOptions { MaxCandidates = args.GetValue(max) ?? TermLookupOptions.Default.MaxCandidates });
        if (args.GetValue(json))
        {
            WriteJson(console.Out, term, lang, result);
        }
        else
        {
            WriteText(console.Out, term, result);
        }

        return CliApplication.Success;
    }

    private static void WriteJson(TextWriter output, string term, Language lang, TermEquivalents result) =>
        output.WriteLine(Json.Serialize(new
        {
            // The same names as the HTTP API's /api/terms (docs/http-api.md), so that one reader serves both.
            term,
            language = lang.Tag,
            targetLanguage = result.TargetLanguage.Tag,
            occurrences = result.Occurrences,
            occurrencesAreExact = result.OccurrencesAreExact,
            tooLittleEvidence = result.HasTooLittleEvidence,
            candidates = result.Candidates.Select(c => new
            {
                text = c.Text,
                variants = c.Variants,
                alternatives = c.Alternatives,
                together = c.CoOccurrences,
                frequency = c.Frequency,
                score = c.Score,
                alignment = Math.Round(c.Alignment, 3),
                bracketed = c.Bracketed,
                examples = c.Examples.Select(e => new { term = e.Term.Marked, equivalent = e.Equivalent.Marked }),
            }),
        }));

    private static void WriteText(TextWriter output, string term, TermEquivalents result)
    {
        if (result.Candidates.Count == 0)
        {
            output.WriteLine($"\"{Printable.Of(term)}\" is in no unit of the memory");
            return;
        }

        var about = result.OccurrencesAreExact ? string.Empty : "about ";
        output.WriteLine($"\"{Printable.Of(term)}\" is in {about}{result.Occurrences} units; its equivalents:");
        if (result.HasTooLittleEvidence)
        {
            output.WriteLine("too little evidence: no phrase of its pairs aligns with it word by word or is bracketed with it, or the first always runs on into the same character, so the ranking means little");
        }

        foreach (var (candidate, rank) in result.Candidates.Select((c, i) => (c, i + 1)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rank}. {Printable.Of(candidate.Text)}   score {candidate.Score:0.00}, together in {candidate.CoOccurrences} units, in {candidate.Frequency} units overall"));
            if (candidate.Bracketed || candidate.Alignment > 0)
            {
                var evidence = candidate.Bracketed ? "bracketed with the term in its pair" : string.Create(CultureInfo.InvariantCulture, $"aligned with the term word by word: {candidate.Alignment:0.00}");
                output.WriteLine($"   evidence: {evidence}");
            }

            if (candidate.Variants.Count > 0)
            {
                output.WriteLine($"   also written: {Printable.Of(string.Join("; ", candidate.Variants))}");
            }

            if (candidate.Alternatives.Count > 0)
            {
                output.WriteLine($"   stands for: {Printable.Of(string.Join("; ", candidate.Alternatives))}");
            }

            foreach (var example in candidate.Examples.Take(rank == 1 ? 3 : 1))
            {
                output.WriteLine($"   - {Printable.Of(example.Term.Mark("[", "]"))}");
                output.WriteLine($"     {Printable.Of(example.Equivalent.Mark("[", "]"))}");
            }
        }
    }

    private static GlossaryFormat? GlossaryFormatOf(string path) => FileFormats.Of(path) switch
    {
        FileFormat.Tsv => GlossaryFormat.Tsv,
        FileFormat.Csv => GlossaryFormat.Csv,
        FileFormat.Text => GlossaryFormat.OmegaT,
        FileFormat.Tbx => GlossaryFormat.Tbx,
        _ => null,
    };

    private Language Source(System.CommandLine.Parsing.CommandResult args) => args.GetValue(sourceLanguage) ?? Language.Chinese;

    private Language Target(System.CommandLine.Parsing.CommandResult args) => args.GetValue(targetLanguage) ?? Language.English;

    private int Extract(ParseResult args, CliConsole console)
    {
        var path = args.GetRequiredValue(output)!;
        var (source, target) = (args.GetValue(sourceLanguage) ?? Language.Chinese, args.GetValue(targetLanguage) ?? Language.English);
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        console.Progress($"extracting {source}→{target} terms from {memory.Location}");
        var glossary = memory.ExtractTerms(source, target, new TermExtractionOptions
        {
            MaxEntries = args.GetValue(max) ?? TermExtractionOptions.Default.MaxEntries,
            MinOccurrences = args.GetValue(minOccurrences),
        });
        AtomicFile.Write(path, stream => glossary.Write(stream, GlossaryFormatOf(path)!.Value));
        console.Out.WriteLine($"{glossary.Entries.Count} entries written to {path}");
        return CliApplication.Success;
    }
}
