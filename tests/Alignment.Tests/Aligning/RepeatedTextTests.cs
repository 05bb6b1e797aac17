using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// A long input that says the same things in several of its parts (a corpus repeated end to end stands for a record
/// of many sessions, or a novel's refrains): a passage that moved in one part has as good a partner in every other
/// part, and each part's passage must still go to its own.
/// </summary>
public sealed class RepeatedTextTests
{
    private static string Corpus(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", name);

    private static string[] Lines(string directory, string file) => [.. File.ReadAllLines(Path.Combine(directory, file)).Where(l => l.Length > 0)];

    /// <summary>
    /// The bead <paramref name="source"/>:<paramref name="target"/> of the corpus, in every one of
    /// <paramref name="copies"/> copies, and the keys of the beads the aligner makes of the whole.
    /// </summary>
    private static (List<string> Expected, List<string> Found) Repeated(string corpus, int copies, int source, int target)
    {
        var directory = Corpus(corpus);
        var (chinese, english) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
        var aligned = Aligner.Default.Align(
            [.. Enumerable.Repeat(chinese, copies).SelectMany(s => s)], [.. Enumerable.Repeat(english, copies).SelectMany(s => s)], Language.Chinese, Language.English);
        var expected = Enumerable.Range(0, copies).Select(c => new EvaluatedBead([source + (c * chinese.Length)], [target + (c * english.Length)]).Key).ToList();
        return (expected, aligned.Beads.Select(b => EvaluatedBead.From(b).Key).ToList());
    }

    /// <summary>
    /// The feature's Chinese 40 (a passage moved eleven sentences on in the English) and the news's Chinese 19 (one
    /// moved fifteen back), five times over: before, most copies' passages went to another copy's place, the
    /// earliest in reach.
    /// </summary>
    [TestCase("feature-mudflat-bird-counters", 40, 51)]
    [TestCase("news-qingshi-road-reopens", 19, 4)]
    public void A_passage_moved_in_a_repeated_text_goes_to_its_own_copys_place(string corpus, int source, int target)
    {
        var (expected, found) = Repeated(corpus, 5, source, target);

        Assert.That(found, Is.SupersetOf(expected));
    }

    /// <summary>
    /// The story's Chinese 45, whose English the translator put 110 sentences later (159), paired there when the story
    /// is aligned once. Twice over, each copy's sentence resembled both copies' English as much, and stayed in line
    /// with the wrong English; ten times over, the English's words were held by too many sentences to be looked up at all.
    /// </summary>
    [TestCase(2)]
    [TestCase(10)]
    public void A_sentence_moved_far_in_a_repeated_text_pairs_with_its_own_copys_translation(int copies)
    {
        var (expected, found) = Repeated("story-last-ferry", copies, 45, 159);

        Assert.That(found, Is.SupersetOf(expected));
    }

    /// <summary>
    /// The chapter alone is aligned as its gold has it; repeated to five thousand sentences, a lexicon entry counted
    /// once against fifty-three times the chapter's pairs no longer held Chinese 11 and 12 to their English (12; 13 and
    /// 14), and the shapes of a draft of five thousand beads, none of three sentences with one, made 87–89 with 91 too dear.
    /// </summary>
    [Test]
    public void A_chapter_repeated_to_five_thousand_sentences_keeps_in_every_copy_the_beads_it_has_alone()
    {
        var directory = Corpus("chapter-kite-shop");
        var (chinese, english) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
        var alone = Aligner.Default.Align(chinese, english, Language.Chinese, Language.English).Beads.Where(b => !b.Source.IsEmpty && !b.Target.IsEmpty).ToList();
        const int Copies = 53;

        var repeated = Aligner.Default.Align(
            [.. Enumerable.Repeat(chinese, Copies).SelectMany(s => s)], [.. Enumerable.Repeat(english, Copies).SelectMany(s => s)], Language.Chinese, Language.English);

        var expected = Enumerable.Range(0, Copies).SelectMany(c => alone.Select(b => new EvaluatedBead(
            [.. Enumerable.Range(b.Source.Start + (c * chinese.Length), b.Source.Count)], [.. Enumerable.Range(b.Target.Start + (c * english.Length), b.Target.Count)]).Key));
        Assert.That(repeated.Beads.Select(b => EvaluatedBead.From(b).Key), Is.SupersetOf(expected));
    }
}
