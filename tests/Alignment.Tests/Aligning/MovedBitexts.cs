using System.Text;
using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>
/// A corpus pair whose translation has passages in another order, as a translator who restructures a text leaves it:
/// one block of English sentences moved further on, or the English cut into blocks put in another order, with or
/// without sentences dropped. The gold is the corpus's, its English renumbered; a bead whose English no longer lies
/// in a row is left out of the gold (no alignment can be said to be right for it).
/// </summary>
internal static class MovedBitexts
{
    /// <summary>The pair with English sentences [<paramref name="start"/>, <paramref name="start"/> + <paramref name="size"/>) moved <paramref name="distance"/> sentences later (no further than the end).</summary>
    /// <param name="corpusDirectory">The pair's folder, with its sentence files and gold beads.</param>
    /// <param name="start">The block's first English sentence.</param>
    /// <param name="size">Sentences in the block.</param>
    /// <param name="distance">English sentences that end up before the block which came after it.</param>
    public static GeneratedBitext BlockMoved(string corpusDirectory, int start, int size, int distance)
    {
        var count = Lines(corpusDirectory, "en.sentences.txt").Length;
        var end = Math.Min(start + size, count);
        var landing = end + Math.Min(distance, count - end);
        int[] order = [.. Enumerable.Range(0, start), .. Enumerable.Range(end, landing - end), .. Enumerable.Range(start, end - start), .. Enumerable.Range(landing, count - landing)];
        return Reordered(corpusDirectory, order);
    }

    /// <summary>The pair with its English cut into equal blocks put in <paramref name="blocks"/>' order, and a share of the English sentences dropped.</summary>
    /// <param name="corpusDirectory">The pair's folder, with its sentence files and gold beads.</param>
    /// <param name="blocks">The old block at each new place; as many blocks as the array holds.</param>
    /// <param name="dropped">Share of English sentences left out.</param>
    /// <param name="seed">Seeds the choice of sentences dropped.</param>
    public static GeneratedBitext BlocksShuffled(string corpusDirectory, int[] blocks, double dropped, int seed)
    {
        var count = Lines(corpusDirectory, "en.sentences.txt").Length;
        int Bound(int block) => block * count / blocks.Length;
        var random = new Random(seed);
        var order = blocks.SelectMany(b => Enumerable.Range(Bound(b), Bound(b + 1) - Bound(b))).Where(_ => random.NextDouble() >= dropped);
        return Reordered(corpusDirectory, [.. order]);
    }

    /// <summary>The pair with the English sentences <paramref name="order"/> names, in that order (an index left out is a sentence dropped).</summary>
    public static GeneratedBitext Reordered(string corpusDirectory, int[] order)
    {
        var (chinese, english) = (Lines(corpusDirectory, "zh.sentences.txt"), Lines(corpusDirectory, "en.sentences.txt"));
        var placeOf = new int[english.Length];
        Array.Fill(placeOf, -1);
        for (var place = 0; place < order.Length; place++)
        {
            placeOf[order[place]] = place;
        }

        var gold = new List<EvaluatedBead>();
        foreach (var bead in BeadFile.Read(Path.Combine(corpusDirectory, "gold.beads")))
        {
            List<int> target = [.. bead.Target.Select(i => placeOf[i]).Where(p => p >= 0).Order()];
            if (target.Count == 0)
            {
                // Each sentence left without a counterpart is a bead of its own, as evaluation scripts expect.
                gold.AddRange(bead.Source.Select(i => new EvaluatedBead([i], [])));
            }
            else if (target[^1] - target[0] == target.Count - 1)
            {
                gold.Add(new EvaluatedBead(bead.Source, target));
            }
        }

        return new GeneratedBitext(chinese, [.. order.Select(i => english[i])], gold);
    }

    private static string[] Lines(string corpusDirectory, string file) =>
        [.. File.ReadAllLines(Path.Combine(corpusDirectory, file), Encoding.UTF8).Where(l => l.Length > 0)];
}
