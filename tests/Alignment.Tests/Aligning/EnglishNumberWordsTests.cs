using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>English numbers written in words, as every part of the project reads them.</summary>
public class EnglishNumberWordsTests
{
    [TestCase("eleven", 11)]
    [TestCase("forty-two", 42)]
    [TestCase("Three hundred and six", 306)]
    [TestCase("eight thousand six hundred and forty", 8640)]
    public void A_cardinal_in_words_reads_as_its_value(string written, double value)
    {
        Assert.That(EnglishNumberWords.Cardinal(written), Is.EqualTo(value));
    }

    [TestCase("forty-two people")]
    [TestCase("42")]
    public void Words_that_are_not_all_a_cardinals_read_as_none(string written)
    {
        Assert.That(EnglishNumberWords.Cardinal(written), Is.Null);
    }

    [TestCase("tenth", 10)]
    [TestCase("Thirty-second", 32)]
    [TestCase("fortieth", 40)]
    [TestCase("hundredth", 100)]
    public void An_ordinal_in_words_reads_as_its_rank(string written, int rank)
    {
        Assert.That(EnglishNumberWords.Ordinal(written), Is.EqualTo(rank));
    }

    [TestCase("ten")]
    [TestCase("thirty-ten")]
    [TestCase("second-hand")]
    public void A_word_that_is_no_ordinal_reads_as_none(string written)
    {
        Assert.That(EnglishNumberWords.Ordinal(written), Is.Null);
    }

    [TestCase("May", 5)]
    [TestCase("december", 12)]
    [TestCase("Mayday", 0)]
    public void A_month_name_reads_as_its_number(string name, int month)
    {
        Assert.That(EnglishNumberWords.Month(name), Is.EqualTo(month));
    }

    [TestCase("thirty")]
    [TestCase("hundred")]
    [TestCase("thousand")]
    public void The_words_cardinals_are_written_with_are_known(string word)
    {
        Assert.That(EnglishNumberWords.IsCardinalWord(word), Is.True);
    }

    [TestCase("thirtieth")]
    [TestCase("million")]
    [TestCase("Thirty")]
    public void Other_words_are_not_cardinal_words(string word)
    {
        Assert.That(EnglishNumberWords.IsCardinalWord(word), Is.False);
    }
}
