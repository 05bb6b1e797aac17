using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>A paragraph of a hand-aligned pair: its beads, each as source sentences and target sentences.</summary>
/// <param name="Beads">The beads in order; either side of a bead may be empty.</param>
internal sealed record GoldParagraph(IReadOnlyList<(string[] Source, string[] Target)> Beads);

/// <summary>Two sides of one sentence per line and the beads that align them.</summary>
/// <param name="Source">The source sentences.</param>
/// <param name="Target">The target sentences.</param>
/// <param name="Gold">The alignment, in source order (a moved target sentence makes its bead cross the others).</param>
internal sealed record GeneratedBitext(IReadOnlyList<string> Source, IReadOnlyList<string> Target, IReadOnlyList<EvaluatedBead> Gold);

/// <summary>
/// Unnumbered bitexts of any length made from hand-aligned paragraphs, edited the way translations are: copies of
/// the document with their paragraphs shuffled, whole paragraphs missing from the translation, sentences moved a
/// few places. The gold follows mechanically, so the aligner can be measured on inputs no one aligned by hand.
/// </summary>
internal static class EditedBitexts
{
    /// <summary>Builds a bitext.</summary>
    /// <param name="paragraphs">The hand-aligned paragraphs.</param>
    /// <param name="copies">How many copies of the paragraphs, each in its own random order (1: one copy, in order).</param>
    /// <param name="deleted">Share of paragraphs whose translation is left out.</param>
    /// <param name="moved">Share of one-to-one target sentences moved two to eight places away.</param>
    /// <param name="seed">Seeds the random choices.</param>
    public static GeneratedBitext Make(IReadOnlyList<GoldParagraph> paragraphs, int copies, double deleted, double moved, int seed)
    {
        var random = new Random(seed);
        var source = new List<string>();
        var target = new List<(string Text, int Bead)>();
        var beads = new List<(List<int> Source, bool OneToOne)>();
        for (var copy = 0; copy < copies; copy++)
        {
            var order = Enumerable.Range(0, paragraphs.Count).ToArray();
            if (copies > 1)
            {
                random.Shuffle(order);
            }

            foreach (var p in order)
            {
                var dropped = random.NextDouble() < deleted;
                foreach (var (s, t) in paragraphs[p].Beads)
                {
                    // A sentence without a translation is a bead of its own, as evaluation scripts expect.
                    foreach (var (sources, targets) in dropped || t.Length == 0 ? s.Select(x => (new[] { x }, Array.Empty<string>())) : [(s, t)])
                    {
                        beads.Add(([.. sources.Select(x => { source.Add(x); return source.Count - 1; })], sources.Length == 1 && targets.Length == 1));
                        target.AddRange(targets.Select(x => (x, beads.Count - 1)));
                    }
                }
            }
        }

        Move(target, beads, moved, random);
        var targetsOf = beads.Select(_ => new List<int>()).ToArray();
        for (var t = 0; t < target.Count; t++)
        {
            targetsOf[target[t].Bead].Add(t);
        }

        var gold = beads.Select((b, i) => new EvaluatedBead(b.Source, targetsOf[i])).ToList();
        return new GeneratedBitext(source, [.. target.Select(t => t.Text)], gold);
    }

    /// <summary>
    /// One copy of the paragraphs edited the way a magazine editor edits a translation: the translation of some
    /// paragraphs left out, paragraphs added that have no source, passages of one or two paragraphs moved a few
    /// paragraphs away, single sentences moved a few places.
    /// </summary>
    /// <param name="paragraphs">The hand-aligned paragraphs.</param>
    /// <param name="edits">What to do to them.</param>
    /// <param name="seed">Seeds the random choices.</param>
    public static GeneratedBitext Edit(IReadOnlyList<GoldParagraph> paragraphs, Edits edits, int seed)
    {
        var random = new Random(seed);
        var source = new List<string>();
        var passages = new List<List<(string Text, int Bead)>>();
        var beads = new List<(List<int> Source, bool OneToOne)>();
        foreach (var paragraph in paragraphs)
        {
            var choice = random.NextDouble();
            var (leftOut, added) = (choice < edits.LeftOut, choice >= edits.LeftOut && choice < edits.LeftOut + edits.Added);
            var passage = new List<(string Text, int Bead)>();
            foreach (var (s, t) in paragraph.Beads)
            {
                // Each sentence without a counterpart is a bead of its own, as evaluation scripts expect.
                IEnumerable<(string[] Source, string[] Target)> split =
                    leftOut || t.Length == 0 ? s.Select(x => (new[] { x }, Array.Empty<string>()))
                    : added || s.Length == 0 ? t.Select(x => (Array.Empty<string>(), new[] { x }))
                    : [(s, t)];
                foreach (var (sources, targets) in split)
                {
                    beads.Add(([.. sources.Select(x => { source.Add(x); return source.Count - 1; })], sources.Length == 1 && targets.Length == 1));
                    passage.AddRange(targets.Select(x => (x, beads.Count - 1)));
                }
            }

            passages.Add(passage);
        }

        for (var k = 0; k < (int)Math.Round(edits.MovedPassages * paragraphs.Count); k++)
        {
            // One or two paragraphs taken out and put back two to six paragraphs earlier or later.
            var length = random.Next(1, 3);
            var from = random.Next(0, passages.Count - length + 1);
            var moved = passages.GetRange(from, length);
            passages.RemoveRange(from, length);
            var to = Math.Clamp(from + (random.Next(2, 7) * (random.Next(2) == 0 ? -1 : 1)), 0, passages.Count);
            passages.InsertRange(to, moved);
        }

        var target = passages.SelectMany(p => p).ToList();
        Move(target, beads, edits.MovedSentences, random);
        var targetsOf = beads.Select(_ => new List<int>()).ToArray();
        for (var t = 0; t < target.Count; t++)
        {
            targetsOf[target[t].Bead].Add(t);
        }

        var gold = beads.Select((b, i) => new EvaluatedBead(b.Source, targetsOf[i])).ToList();
        return new GeneratedBitext(source, [.. target.Select(t => t.Text)], gold);
    }

    /// <summary>The bundled report's paragraphs, from its hand-checked sentences and beads; a paragraph is a block of the Chinese.</summary>
    public static IReadOnlyList<GoldParagraph> ReportParagraphs(string corpusDirectory) => Paragraphs(corpusDirectory);

    /// <summary>
    /// A corpus pair's paragraphs, from its hand-checked sentences and beads: a paragraph is a block of the Chinese,
    /// and a bead without Chinese joins the paragraph before it.
    /// </summary>
    public static IReadOnlyList<GoldParagraph> Paragraphs(string corpusDirectory)
    {
        string[] Lines(string file) => [.. File.ReadAllLines(Path.Combine(corpusDirectory, file), Encoding.UTF8).Where(l => l.Length > 0)];
        var (chinese, english) = (Lines("zh.sentences.txt"), Lines("en.sentences.txt"));
        var gold = BeadFile.Read(Path.Combine(corpusDirectory, "gold.beads"));
        var read = SentenceSegmenter.Default.Segment(
            DocumentReader.Default.Read(File.ReadAllText(Path.Combine(corpusDirectory, "zh.txt"), Encoding.UTF8), Language.Chinese, "zh"));
        if (read.Sentences.Count != chinese.Length)
        {
            throw new InvalidOperationException($"The segmented {Path.GetFileName(corpusDirectory)} no longer matches its gold sentences.");
        }

        var paragraphs = new List<List<(string[], string[])>>();
        var lastBlock = -1;
        foreach (var bead in gold)
        {
            var block = bead.Source.Count > 0 ? read.Sentences[bead.Source[0]].BlockIndex : lastBlock;
            if (block != lastBlock || paragraphs.Count == 0)
            {
                paragraphs.Add([]);
                lastBlock = block;
            }

            paragraphs[^1].Add(([.. bead.Source.Select(i => chinese[i])], [.. bead.Target.Select(i => english[i])]));
        }

        return [.. paragraphs.Select(p => new GoldParagraph(p))];
    }

    /// <summary>
    /// A corpus pair with a stretch of one side's sentences left out, as in a translation not finished or an original
    /// cut: sentences [<paramref name="from"/>, <paramref name="to"/>) of that side are removed, and their
    /// counterparts on the other side become sentences without a translation.
    /// </summary>
    /// <param name="corpusDirectory">The pair's folder, with its sentence files and gold beads.</param>
    /// <param name="source">True to remove source (Chinese) sentences, false to remove target ones.</param>
    /// <param name="from">The first sentence removed.</param>
    /// <param name="to">The sentence after the last one removed.</param>
    public static GeneratedBitext WithoutStretch(string corpusDirectory, bool source, int from, int to)
    {
        string[] Lines(string file) => [.. File.ReadAllLines(Path.Combine(corpusDirectory, file), Encoding.UTF8).Where(l => l.Length > 0)];
        var (chinese, english) = (Lines("zh.sentences.txt"), Lines("en.sentences.txt"));
        int Renumbered(int i) => i < from ? i : i - (to - from);
        List<int> Kept(IEnumerable<int> side, bool cut) => [.. side.Where(i => !cut || i < from || i >= to).Select(i => cut ? Renumbered(i) : i)];
        var gold = new List<EvaluatedBead>();
        foreach (var bead in BeadFile.Read(Path.Combine(corpusDirectory, "gold.beads")))
        {
            var (s, t) = (Kept(bead.Source, source), Kept(bead.Target, !source));
            if (s.Count > 0 && t.Count > 0)
            {
                gold.Add(new EvaluatedBead(s, t));
            }
            else
            {
                // Each sentence left without a counterpart is a bead of its own, as evaluation scripts expect.
                gold.AddRange(s.Select(i => new EvaluatedBead([i], [])).Concat(t.Select(i => new EvaluatedBead([], [i]))));
            }
        }

        string[] Cut(string[] side) => [.. side.Where((_, i) => i < from || i >= to)];
        return new GeneratedBitext(source ? Cut(chinese) : chinese, source ? english : Cut(english), gold);
    }

    /// <summary>Moves a share of the target sentences of one-to-one beads two to eight places away.</summary>
    private static void Move(List<(string Text, int Bead)> target, List<(List<int> Source, bool OneToOne)> beads, double share, Random random)
    {
        var candidates = Enumerable.Range(0, target.Count).Where(t => beads[target[t].Bead].OneToOne).ToArray();
        random.Shuffle(candidates);
        foreach (var from in candidates.Take((int)Math.Round(share * target.Count)))
        {
            if (!beads[target[from].Bead].OneToOne)
            {
                continue;
            }

            var distance = random.Next(2, 9) * (random.Next(2) == 0 ? -1 : 1);
            var to = Math.Clamp(from + distance, 0, target.Count - 1);
            var sentence = target[from];
            target.RemoveAt(from);
            target.Insert(to, sentence);
        }
    }
}

/// <summary>How <see cref="EditedBitexts.Edit"/> edits a translation.</summary>
/// <param name="LeftOut">Share of paragraphs whose translation is left out.</param>
/// <param name="Added">Share of paragraphs that only the translation has (their source is left out).</param>
/// <param name="MovedPassages">Share of paragraphs that start a passage of one or two paragraphs the translation moves two to six paragraphs away.</param>
/// <param name="MovedSentences">Share of one-to-one target sentences moved two to eight places away.</param>
internal sealed record Edits(double LeftOut, double Added, double MovedPassages, double MovedSentences);
