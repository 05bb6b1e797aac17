using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>The word pairs a memory learns from its units, handed to the aligner as a lexicon.</summary>
public class LearnedLexiconTests
{
    [Test]
    public void A_memory_learns_word_pairs_from_its_units()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(GoldCorpus.Named("unodc-cybercrime-eg4-2021").Units);

        var learned = memory.LearnedLexicon();

        Assert.That(learned.Lookup("证据"), Does.Contain("evidence"));
    }

    [Test]
    public void The_learned_pairs_follow_the_units_added()
    {
        using var memory = TranslationMemory.OpenInMemory();
        var before = memory.LearnedLexicon().Count;

        memory.Add(GoldCorpus.Named("unodc-cybercrime-eg4-2021").Units);

        Assert.That((before, memory.LearnedLexicon().Count), Is.EqualTo((0, 0)).Using<(int, int)>((a, b) => a.Item1 == 0 && a.Item2 > 10));
    }

    [Test]
    public void A_short_document_aligns_no_worse_from_a_memory_of_related_documents()
    {
        // The letter on mountain water, without its structure, against a memory of the summary record and the report.
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(GoldCorpus.Named("speeches-second-committee-sustainable-development").Units);
        memory.Add(GoldCorpus.Named("unodc-cybercrime-eg4-2021").Units);
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "letter-mountain-water-forum");
        var chinese = File.ReadAllLines(Path.Combine(folder, "zh.sentences.txt"));
        var english = File.ReadAllLines(Path.Combine(folder, "en.sentences.txt"));
        var gold = BeadFile.Read(Path.Combine(folder, "gold.beads"));
        double F1(Lexicon lexicon) => AlignmentScores.Compute(
            gold,
            [.. new Aligner(AlignerOptions.Default with { Lexicon = lexicon, UseStructure = false })
                .Align(chinese, english, Language.Chinese, Language.English).Beads.Select(EvaluatedBead.From)]).StrictF1;

        var without = F1(Lexicon.Bundled);
        var with = F1(Lexicon.Bundled.With(memory.LearnedLexicon()));

        TestContext.Out.WriteLine($"strict F1 without the memory {without:0.000}, with it {with:0.000}");
        Assert.That(with, Is.GreaterThanOrEqualTo(without));
    }
}
