using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>Model 1 in both directions, trained together on one numbering of the word pairs that co-occur.</summary>
public sealed class TranslationModelTests
{
    private const int SourceVocabulary = 70;
    private const int TargetVocabulary = 90;

    [Test]
    public void The_backward_model_is_the_forward_model_of_the_swapped_pairs_to_the_last_bit()
    {
        var (pairs, sources, targets) = Corpus(seed: 3);
        var (_, backward) = TranslationModel.Train(pairs, SourceVocabulary, TargetVocabulary, sources, targets);

        var (alone, _) = TranslationModel.Train([.. pairs.Select(p => (p.Target, p.Source))], TargetVocabulary, SourceVocabulary, targets, sources);

        Assert.That(Predictions(backward, targets, SourceVocabulary), Is.EqualTo(Predictions(alone, targets, SourceVocabulary)));
    }

    [Test]
    public void The_forward_model_is_the_backward_model_of_the_swapped_pairs_to_the_last_bit()
    {
        var (pairs, sources, targets) = Corpus(seed: 5);
        var (forward, _) = TranslationModel.Train(pairs, SourceVocabulary, TargetVocabulary, sources, targets);

        var (_, alone) = TranslationModel.Train([.. pairs.Select(p => (p.Target, p.Source))], TargetVocabulary, SourceVocabulary, targets, sources);

        Assert.That(Predictions(forward, sources, TargetVocabulary), Is.EqualTo(Predictions(alone, sources, TargetVocabulary)));
    }

    [Test]
    public void A_table_made_in_a_spare_tables_arrays_predicts_what_a_new_one_does()
    {
        var weights = Enumerable.Range(0, 64).Select(w => w / 7f).ToArray();
        var spares = new PredictionTable.Spares();
        spares.Add(PredictionTable.Of([1, 2, 3, 4, 5, 6, 7, 8], weights));

        var reused = PredictionTable.Of([40, 9, 63, 21, 5, 33, 12, 50], weights, spares);

        var fresh = PredictionTable.Of([40, 9, 63, 21, 5, 33, 12, 50], weights);
        Assert.That(Enumerable.Range(0, 64).Select(reused.Get), Is.EqualTo(Enumerable.Range(0, 64).Select(fresh.Get)));
    }

    /// <summary>
    /// Sentence pairs over small vocabularies, with words repeated within a sentence and a few common words that
    /// co-occur with most of the other vocabulary, so that the order of the models' sums matters.
    /// </summary>
    private static (List<(int[] Source, int[] Target)> Pairs, List<int[]> Sources, List<int[]> Targets) Corpus(int seed)
    {
        var random = new Random(seed);
        int[] Sentence(int vocabulary) => [.. Enumerable.Range(0, random.Next(3, 25)).Select(_ => random.Next(4) == 0 ? random.Next(5) : random.Next(vocabulary))];
        var pairs = Enumerable.Range(0, 120).Select(_ => (Source: Sentence(SourceVocabulary), Target: Sentence(TargetVocabulary))).ToList();
        return (pairs, [.. pairs.Select(p => p.Source)], [.. pairs.Select(p => p.Target)]);
    }

    /// <summary>Every sentence's prediction of every word of the other vocabulary, as bits.</summary>
    private static List<int> Predictions(TranslationModel model, List<int[]> sentences, int vocabulary)
    {
        var bits = new List<int>();
        foreach (var sentence in sentences)
        {
            var table = model.Predict(sentence);
            bits.AddRange(Enumerable.Range(0, vocabulary).Select(w => BitConverter.SingleToInt32Bits(table.Get(w))));
        }

        bits.AddRange(Enumerable.Range(0, vocabulary).Select(w => BitConverter.SingleToInt32Bits(model.NullProbability(w))));
        bits.AddRange(Enumerable.Range(0, vocabulary).Select(w => BitConverter.SingleToInt32Bits(model.Background(w))));
        return bits;
    }
}
