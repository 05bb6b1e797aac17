namespace Alignment.Aligning;

/// <summary>Interns strings as dense integer ids so that models can use arrays instead of string dictionaries.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly List<string> tokens = [];

    public Vocabulary()
    {
        ids = new(StringComparer.Ordinal);
        spans = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => ids.Count;

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

    public string Token(int id) => tokens[id];

    public bool TryGet(string token, out int id) => ids.TryGetValue(token, out id);
}
