namespace Alignment.Memory.Matching;

/// <summary>
/// The units fuzzy matching counts edits in: each Han character on its own (Chinese has no spaces to find words
/// by), each run of other letters and digits as one word, each other symbol on its own. Whitespace separates tokens
/// and is not one.
/// </summary>
internal static class Tokens
{
    /// <summary>Calls <paramref name="token"/> with the start and length of each token of <paramref name="key"/>, in order.</summary>
    public static void Scan(string key, Action<int, int> token)
    {
        var i = 0;
        while (i < key.Length)
        {
            var length = Length(key, i);
            if (length > 0)
            {
                token(i, length);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The number of tokens in <paramref name="key"/>.</summary>
    public static int Count(string key)
    {
        var count = 0;
        var i = 0;
        while (i < key.Length)
        {
            var length = Length(key, i);
            count += length > 0 ? 1 : 0;
            i += Math.Max(length, 1);
        }

        return count;
    }

    // The length of the token starting at i, or 0 when i is whitespace.
    private static int Length(string key, int i)
    {
        var c = key[i];
        if (char.IsWhiteSpace(c))
        {
            return 0;
        }

        if (TextKey.IsIdeograph(c))
        {
            return 1;
        }

        if (char.IsLetterOrDigit(c))
        {
            var end = i + 1;
            while (end < key.Length && char.IsLetterOrDigit(key[end]) && !TextKey.IsIdeograph(key[end]))
            {
                end++;
            }

            return end - i;
        }

        return char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]) ? 2 : 1;
    }
}
