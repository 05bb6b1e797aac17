using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>Interns strings as dense integer ids so that models can use arrays instead of string dictionaries.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly List<string> tokens = [];

    // The id of every one-character token seen, by character (-1 for none), made when first asked for: a Chinese
    // document's words are its characters, and a lookup by character is an array read where the dictionary hashed.
    private int[]? characterIds;

    public Vocabulary()
    {
        ids = new(StringComparer.Ordinal);
        spans = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => ids.Count;

    [MethodImpl(HotLoop.Optimised)]
    public int Id(string token)
    {
        if (!ids.TryGetValue(token, out var id))
        {
            id = ids.Count;
            ids.Add(token, id);
            tokens.Add(token);
        }

        return id;
    }

    /// <summary>The id of <paramref name="token"/>; a string is made only for a token not seen before.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public int Id(ReadOnlySpan<char> token)
    {
        if (!spans.TryGetValue(token, out var id))
        {
            var text = token.ToString();
            id = ids.Count;
            ids.Add(text, id);
            tokens.Add(text);
        }

        return id;
    }

    /// <summary>The id of the one-character token <paramref name="token"/>, as <see cref="Id(ReadOnlySpan{char})"/> gives it.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public int Id(char token)
    {
        if (characterIds is null)
        {
            characterIds = new int[char.MaxValue + 1];
            Array.Fill(characterIds, -1);
        }

        if (characterIds[token] < 0)
        {
            characterIds[token] = Id(new ReadOnlySpan<char>(in token));
        }

        return characterIds[token];
    }

    public string Token(int id) => tokens[id];

    public bool TryGet(string token, out int id) => ids.TryGetValue(token, out id);

    public bool TryGet(ReadOnlySpan<char> token, out int id) => spans.TryGetValue(token, out id);
}
