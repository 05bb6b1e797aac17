using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>English words folded for name matching, each distinct word once.</summary>
public class FoldedWordsTests
{
    [TestCase("Xiuying", "xiuying")]
    [TestCase("Xi'an", "xian")]
    [TestCase("Xi’an", "xian")]
    [TestCase("Zhōu", "zhou")]
    [TestCase("Jean-Luc", "jean-luc")]
    public void A_word_is_folded_to_lower_case_without_accents_or_apostrophes(string word, string folded) =>
        Assert.That(new FoldedWords().Of(word), Is.EqualTo(folded));

    [Test]
    public void Every_occurrence_of_a_word_gets_the_same_string()
    {
        var words = new FoldedWords();
        var first = words.Of("Then Li came".AsSpan(5, 2));
        var second = words.Of("Li Xiuying".AsSpan(0, 2));

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(words.Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void Words_written_differently_are_kept_apart_even_when_they_fold_alike()
    {
        var words = new FoldedWords();

        Assert.Multiple(() =>
        {
            Assert.That(words.Of("LI"), Is.EqualTo(words.Of("Li")));
            Assert.That(words.Count, Is.EqualTo(2));
        });
    }
}
