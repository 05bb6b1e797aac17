using Alignment.Writing;

namespace Alignment.Memory;

/// <summary>What one piece of a <see cref="TextDifference"/> is.</summary>
public enum DifferenceKind
{
    /// <summary>The same in the looked-up text and the match.</summary>
    Same,

    /// <summary>In the looked-up text only: the match lacks it.</summary>
    Added,

    /// <summary>In the match only: the looked-up text lacks it.</summary>
    Removed,
}

/// <summary>One piece of the difference between a looked-up text and a match's source, as CAT tools colour it.</summary>
/// <param name="Kind">Whether the piece is shared, in the looked-up text only, or in the match only.</param>
/// <param name="Text">The piece's text as written.</param>
public sealed record TextDifference(DifferenceKind Kind, string Text)
{
    // Longer texts are compared as one replacement: the comparison takes time and memory in the product of the lengths.
    private const int MaxTokens = 2000;

    /// <summary>
    /// The pieces that turn <paramref name="match"/> into <paramref name="query"/>, in order: Chinese compared
    /// character by character, other text word by word (spaces and punctuation each a token of their own), the fewest
    /// pieces added and removed. Thread-safe; allocates in proportion to the product of the two lengths.
    /// </summary>
    public static IReadOnlyList<TextDifference> Between(string query, string match)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(match);
        var (a, b) = (Tokens(query), Tokens(match));
        if (a.Count > MaxTokens || b.Count > MaxTokens)
        {
            return Merge([new(DifferenceKind.Removed, match), new(DifferenceKind.Added, query)]);
        }

        // Longest common subsequence, read back from the end of both.
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pieces = new List<TextDifference>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                pieces.Add(new(DifferenceKind.Same, a[x++]));
                y++;
            }
            else if (y < b.Count && (x == a.Count || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                pieces.Add(new(DifferenceKind.Removed, b[y++]));
            }
            else
            {
                pieces.Add(new(DifferenceKind.Added, a[x++]));
            }
        }

        return Merge(pieces);
    }

    /// <summary>
    /// The pieces as one line in the convention of word-diff tools: <c>[-removed-]</c> for what the match has and the
    /// looked-up text lacks, <c>{+added+}</c> for the other way round.
    /// </summary>
    public static string Mark(IEnumerable<TextDifference> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        return string.Concat(pieces.Select(p => p.Kind switch
        {
            DifferenceKind.Added => "{+" + p.Text + "+}",
            DifferenceKind.Removed => "[-" + p.Text + "-]",
            _ => p.Text,
        }));
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsLetterOrDigit(text[i]) && !Han.IsWrittenWithoutSpaces(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !Han.IsWrittenWithoutSpaces(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    // Neighbouring pieces of one kind read as one, and a removal next to an addition reads best before it.
    private static List<TextDifference> Merge(List<TextDifference> pieces)
    {
        var merged = new List<TextDifference>();
        foreach (var piece in pieces.Where(p => p.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == piece.Kind)
            {
                merged[^1] = piece with { Text = merged[^1].Text + piece.Text };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }
}
