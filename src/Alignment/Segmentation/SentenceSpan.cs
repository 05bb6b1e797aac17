namespace Alignment.Segmentation;

/// <summary>A contiguous run of sentences of one document: <c>Count</c> sentences from <c>Start</c>. Count may be 0.</summary>
/// <param name="Start">Index of the first sentence (for an empty span: where it sits).</param>
/// <param name="Count">Number of sentences.</param>
public readonly record struct SentenceSpan(int Start, int Count)
{
    /// <summary>Index just past the last sentence.</summary>
    public int End => Start + Count;

    /// <summary>True when the span holds no sentence.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The sentence indices of the span, in order.</summary>
    public IEnumerable<int> Indices => Enumerable.Range(Start, Count);

    /// <summary>Formats the span as the Vecalign/Bertalign evaluation scripts do: <c>[3,4]</c>, <c>[]</c>.</summary>
    public override string ToString() => "[" + string.Join(',', Indices) + "]";
}
