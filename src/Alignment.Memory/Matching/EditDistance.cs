namespace Alignment.Memory.Matching;

/// <summary>Levenshtein distance over token ids: insertions, deletions and substitutions each cost one.</summary>
internal static class EditDistance
{
    [ThreadStatic]
    private static int[]? scratch;

    /// <summary>
    /// The number of single-token edits that turn <paramref name="a"/> into <paramref name="b"/>, or
    /// <paramref name="limit"/> + 1 as soon as it is certain to exceed <paramref name="limit"/>. Only the diagonal
    /// band of width 2 × limit + 1 can hold a path within the limit, so only that band is computed (Ukkonen).
    /// </summary>
    public static int Between(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int limit = int.MaxValue - 1)
    {
        // Common prefixes and suffixes cost nothing; trimming them makes near-identical segments cheap.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        var beyond = limit + 1;
        if (a.Length - b.Length > limit)
        {
            return beyond;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        // row[j]: distance between the first i tokens of a and the first j of b; cells outside the band hold `beyond`.
        var row = ThreadBuffer.Reuse(ref scratch, b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = Math.Min(j, beyond);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - limit);
            var high = (int)Math.Min(b.Length, (long)i + limit);
            var diagonal = row[low - 1];
            row[low - 1] = low == 1 ? Math.Min(i, beyond) : beyond;
            var best = row[low - 1];
            for (var j = low; j <= high; j++)
            {
                var above = row[j];
                var value = Math.Min(diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
                row[j] = Math.Min(value, beyond);
                best = Math.Min(best, row[j]);
            }

            if (best >= beyond)
            {
                return beyond;
            }
        }

        return Math.Min(row[b.Length], beyond);
    }
}
