using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;

namespace Alignment.Memory.Tests;

public sealed class WordMapTests
{
    [TestCase("zh", "各国应当在收集电子证据方面加强国际合作，包括通过ＵＮＯＤＣ的 Cybercrime Repository。")]
    [TestCase("en", "Member States' experts stressed the U.N.'s capacity-building programmes, e.g. on electronic evidence.")]
    [TestCase("en", "")]
    public void Decoding_gives_back_the_words_the_analysis_produced(string code, string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(code), text);

        var decoded = WordMap.Decode(text, WordMap.Encode(text, words));

        Assert.That(decoded.Select(w => (w.Term, w.Position, w.Start, w.End)), Is.EqualTo(words.Select(w => (w.Term, w.Position, w.Start, w.End))));
    }

    [Test]
    public void A_word_whose_term_is_its_text_lower_cased_costs_no_characters()
    {
        const string text = "Electronic Evidence";
        var words = AnalyzedToken.Analyze(IndexSchema.Words("en"), text);

        Assert.That(WordMap.Encode(text, words).Length, Is.EqualTo(4 * words.Count));
    }

    [Test]
    public void A_word_whose_term_is_its_text_costs_no_characters()
    {
        const string text = "电子证据";
        var words = AnalyzedToken.Analyze(IndexSchema.Words("zh"), text);

        Assert.That(WordMap.Encode(text, words).Length, Is.EqualTo(4 * words.Count));
    }
}
