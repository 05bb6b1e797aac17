namespace Alignment.Memory.Matching;

/// <summary>Levenshtein distance over token ids: insertions, deletions and substitutions each cost one.</summary>
internal static class EditDistance
{
    /// <summary>The number of single-token edits that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Between(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
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

        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length + b.Length;
        }

        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        Span<int> row = b.Length <= 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
