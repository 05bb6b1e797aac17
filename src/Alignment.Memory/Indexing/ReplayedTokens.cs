using Alignment.Memory.Searching;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Feeds tokens analysed once back to the index, so that one analysis (SmartCn is the dearest part of indexing)
/// serves both a side's word field and its term statistics.
/// </summary>
internal sealed class ReplayedTokens : TokenStream
{
    private readonly IReadOnlyList<AnalyzedToken> tokens;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private int next;
    private int lastPosition = -1;

    public ReplayedTokens(IReadOnlyList<AnalyzedToken> tokens)
    {
        this.tokens = tokens;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

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
