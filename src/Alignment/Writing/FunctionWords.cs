namespace Alignment.Writing;

/// <summary>
/// The grammatical words of the two languages: everywhere in running text, they tell nothing about which sentences
/// or phrases match, and no term starts or ends with one.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class FunctionWords
{
    private const string ChineseCharacters = "的了和在是与及或之等其并对为将以于也而这该此由被把所从向";

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "that",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "which", "who", "whom", "whose", "their", "they", "them", "there", "than", "such", "so", "not", "no", "also",
        "into", "upon", "thereto", "thereby", "would", "should", "could", "may", "can", "will", "shall", "must", "all",
        "any", "each", "other", "well", "including", "between", "among", "within", "through", "under", "over", "about",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="c"/> is one of the frequent grammatical Chinese characters (的, 和, 在 …).</summary>
    public static bool IsChineseFunctionCharacter(char c) => ChineseCharacters.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="word"/> is an English function word (the, of, and …), in any case; allocates nothing.</summary>
    public static bool IsEnglishFunctionWord(ReadOnlySpan<char> word) => EnglishLookup.Contains(word);
}
