using Alignment.Memory.Searching;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Feeds tokens analysed once back to the index, so that one analysis (Chinese word segmentation is one of the dearest
/// parts of indexing) serves both a side's word field and its term statistics. One stream serves unit after unit
/// (<see cref="Replay"/>): building a token stream and its attributes per unit was a measurable part of indexing.
/// </summary>
internal sealed class ReplayedTokens : TokenStream
{
    private IReadOnlyList<AnalyzedToken> tokens = [];
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private int next;
    private int lastPosition = -1;

    public ReplayedTokens()
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Makes <paramref name="analysed"/> the tokens the next use of the stream replays.</summary>
    public void Replay(IReadOnlyList<AnalyzedToken> analysed) => tokens = analysed;

    public override bool IncrementToken()
    {
        if (next >= tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = tokens[next++];
        term.SetEmpty().Append(token.Term);
        offset.SetOffset(token.Start, token.End);
        increment.PositionIncrement = token.Position - lastPosition;
        lastPosition = token.Position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
        lastPosition = -1;
    }
}
