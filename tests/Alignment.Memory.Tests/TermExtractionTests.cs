using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>Glossary extraction from the aligned report, against the hand check recorded in corpora/…/glossary-check.tsv.</summary>
public class TermExtractionTests
{
    private static readonly Lazy<Glossary> Extracted = new(() =>
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(CorpusUnits.Units);
        return memory.ExtractTerms(Language.Chinese, Language.English, TermExtractionOptions.Default);
    });

    private static Dictionary<(string, string), bool> Checked =>
        File.ReadAllLines(Path.Combine(CorpusUnits.Directory, "glossary-check.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("rank", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => (f[1], f[2]), f => f[3] == "yes");

    [Test]
    public void Every_one_of_the_top_50_entries_has_been_checked_by_hand()
    {
        var unchecked_ = Extracted.Value.Entries.Take(50).Where(e => !Checked.ContainsKey((e.SourceTerm, e.TargetTerm))).Select(e => $"{e.SourceTerm} → {e.TargetTerm}");

        Assert.That(unchecked_, Is.Empty, "extraction changed: check these entries and record them in glossary-check.tsv");
    }

    [Test]
    public void At_least_80_percent_of_the_top_50_entries_are_correct()
    {
        var top = Extracted.Value.Entries.Take(50).ToList();

        Assert.That(top.Count(e => Checked.GetValueOrDefault((e.SourceTerm, e.TargetTerm))), Is.GreaterThanOrEqualTo(40));
    }

    [Test]
    public void Entries_carry_their_number_of_units_and_their_association_as_confidence()
    {
        var entry = Extracted.Value.Entries.Single(e => e.SourceTerm == "电子证据");

        Assert.That((entry.TargetTerm, entry.Occurrences, entry.Confidence), Is.EqualTo(("electronic evidence", 21, 1.0)));
    }

    [Test]
    public void No_two_entries_share_an_equivalent() =>
        Assert.That(Extracted.Value.Entries.Select(e => e.TargetTerm.ToLowerInvariant()), Is.Unique);

    [Test]
    public void The_glossary_does_not_depend_on_the_order_in_which_units_were_stored()
    {
        // The writing threads store units in whatever order they get to them, and on more cores that order differs.
        // Adding them one by one stores them in exactly the order given.
        var extractions = new[] { CorpusUnits.Units, CorpusUnits.Units.Reverse() }.Select(units =>
        {
            using var memory = TranslationMemory.OpenInMemory();
            foreach (var unit in units)
            {
                memory.Add([unit]);
            }

            return memory.ExtractTerms(Language.English, Language.Chinese, TermExtractionOptions.Default).Entries
                .Select(e => (e.SourceTerm, e.TargetTerm, e.Occurrences)).ToList();
        }).ToList();

        Assert.That(extractions[1], Is.EqualTo(extractions[0]));
    }

    [Test]
    public void English_terms_can_be_extracted_the_other_way_round()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(CorpusUnits.Units);

        var glossary = memory.ExtractTerms(Language.English, Language.Chinese, new TermExtractionOptions { MaxEntries = 20 });

        Assert.That(glossary.Entries.Select(e => (e.SourceTerm, e.TargetTerm)), Does.Contain(("electronic evidence", "电子证据")));
    }
}
