using Alignment.Documents;

namespace Alignment.Memory.Terminology;

/// <summary>
/// The words that join two phrases into a list of two things (and, or; 和, 及, 与, 或, 以及). A term that holds none
/// names one thing, and its translation holds none either, unless the other language writes the thing as a pair
/// (科技, science and technology) or as a name with one inside (Food and Agriculture Organization).
/// </summary>
internal static class Conjunctions
{
    private static readonly HashSet<string> English = new(["and", "or", "nor"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Chinese = new(["和", "及", "与", "或", "以及"], StringComparer.Ordinal);

    /// <summary>Whether a word, as the text writes it, is a conjunction.</summary>
    public static bool Is(ReadOnlySpan<char> word, bool chinese) =>
        (chinese ? Chinese : English).GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Whether a term may hold a conjunction: an English word of the list, or, in Chinese, any of the characters
    /// (which also stand inside words such as 和平, "peace": such a term is taken to hold one, and keeps what it finds).
    /// </summary>
    public static bool MayBeIn(string term, Language language) =>
        language.IsChinese
            ? term.AsSpan().IndexOfAny("和及与或") >= 0
            : term.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Any(English.Contains) || term.Contains('&', StringComparison.Ordinal);
}
