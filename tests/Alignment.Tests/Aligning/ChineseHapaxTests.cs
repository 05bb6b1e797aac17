using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The second word model learns nothing from the Chinese words that one sentence of the document holds: such a word
/// can only be explained by the bead it was learnt in, so learning it only confirms that bead, right or wrong.
/// </summary>
public sealed class ChineseHapaxTests
{
    /// <summary>
    /// The diary's Chinese 104 and 105 (`我看了很久，想在赶马人里找到一个十四岁的孩子。` / `当然找不到。`) translate English 114
    /// and 115 one to one. The draft poured them into one bead of two with two; the model trained on it learnt their
    /// words that the diary says only there from that bead alone, and they explained the merge as well as the split.
    /// </summary>
    [Test]
    public void Words_the_Chinese_says_once_do_not_hold_a_draft_merge_together()
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "diary-salt-road");
        var aligned = Aligner.Default.Align(Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"), Language.Chinese, Language.English);

        var keys = aligned.Beads.Select(b => EvaluatedBead.From(b).Key).ToList();

        Assert.That(keys, Is.SupersetOf(new[] { new EvaluatedBead([104], [114]).Key, new EvaluatedBead([105], [115]).Key }));
    }

    private static string[] Lines(string directory, string file) => [.. File.ReadAllLines(Path.Combine(directory, file)).Where(l => l.Length > 0)];
}
