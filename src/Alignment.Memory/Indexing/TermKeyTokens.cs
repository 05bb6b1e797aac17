using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Feeds a side's candidate terms of two words or more (<see cref="TermShingles"/>) to its <c>terms.{code}</c> field
/// straight from its words, one untokenised term each, without writing them into one string for a tokenizer to cut up
/// again. Single-word terms are left out: the word field already holds them, and they were a sixth of the terms a unit
/// indexed. Like <see cref="ReplayedTokens"/>, one stream serves unit after unit.
/// </summary>
internal sealed class TermKeyTokens : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly TermShingles.KeyBuffer keys = new();
    private IReadOnlyList<AnalyzedToken> words = [];
    private readonly List<(int First, int Last)> ranges = [];
    private bool chinese;
    private int next;

    public TermKeyTokens()
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>Makes the candidate terms of <paramref name="text"/>, whose words are <paramref name="analysed"/>, the next terms to give.</summary>
    public void Replay(string code, string text, IReadOnlyList<AnalyzedToken> analysed)
    {
        chinese = IndexSchema.IsCharacterBased(code);
        words = chinese && analysed is List<AnalyzedToken> list ? LocativeWords.Split(text, list) : analysed;
        TermShingles.Ranges(code, text, words, minimumWords: 2, ranges);
    }

    public override bool IncrementToken()
    {
        if (next >= ranges.Count)
        {
            return false;
        }

        ClearAttributes();
        var (first, last) = ranges[next++];
        var key = keys.Write(words, first, last, chinese);
        key.CopyTo(term.ResizeBuffer(key.Length));
        term.Length = key.Length;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
