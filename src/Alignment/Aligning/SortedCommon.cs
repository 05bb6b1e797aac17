namespace Alignment.Aligning;

/// <summary>
/// The elements two ascending multisets have in common, each as often as both hold it, walked once in step: what both
/// the count of shared evidence and its weighing across the document need, without a set built for either.
/// </summary>
internal ref struct SortedCommon(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
{
    private readonly ReadOnlySpan<int> left = left;
    private readonly ReadOnlySpan<int> right = right;
    private int i;
    private int j;

    /// <summary>The element the enumerator stands on.</summary>
    public int Current { get; private set; }

    /// <summary>Lets <c>foreach</c> walk the common elements.</summary>
    public readonly SortedCommon GetEnumerator() => this;

    /// <summary>Moves to the next common element; false when either side is walked through.</summary>
    public bool MoveNext()
    {
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                Current = left[i];
                i++;
                j++;
                return true;
            }

            if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
