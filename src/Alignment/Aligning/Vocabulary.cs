namespace Alignment.Aligning;

/// <summary>Interns strings as dense integer ids so that models can use arrays instead of string dictionaries.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> tokens = [];

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

    public string Token(int id) => tokens[id];

    public bool TryGet(string token, out int id) => ids.TryGetValue(token, out id);
}
