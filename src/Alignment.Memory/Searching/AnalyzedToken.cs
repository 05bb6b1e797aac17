using Alignment.Memory.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Searching;

/// <summary>A token as the index sees it: its term, position, type and where it came from in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, string Type, int Start, int End)
{
    /// <summary>The type the bigram filter gives to a two-character token.</summary>
    public const string Bigram = "<DOUBLE>";

    /// <summary>The type the bigram filter gives to a one-character token.</summary>
    public const string Unigram = "<SINGLE>";

    /// <summary>Runs <paramref name="field"/>'s analysis over <paramref name="text"/>.</summary>
    public static List<AnalyzedToken> Analyze(string field, string text)
    {
        // A token for every two or three characters, about, in either language.
        var tokens = new List<AnalyzedToken>(text.Length / 2);
        Analyze(field, text, tokens);
        return tokens;
    }

    /// <summary>Runs <paramref name="field"/>'s analysis over <paramref name="text"/> into <paramref name="tokens"/>, which it clears first.</summary>
    public static void Analyze(string field, string text, List<AnalyzedToken> tokens)
    {
        tokens.Clear();
        using var stream = FieldAnalyzer.Instance.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, type.Type, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
    }
}
