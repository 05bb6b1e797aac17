namespace Alignment.Documents;

/// <summary>A half-open range of UTF-16 code units <c>[Start, End)</c> in some text.</summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Builds the span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
