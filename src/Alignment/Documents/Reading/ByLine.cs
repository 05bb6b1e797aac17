using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// An article's by-line: <c>By Shen Ruoxi</c>, <c>Interview by Su Nian</c>, <c>文／沈若溪</c>, <c>文/本刊记者 苏念</c>,
/// <c>作者：林秋白</c>. It names who wrote the piece under its title, so it starts a unit of its own even where the title
/// above it, set in larger type, wrapped at a measure the reader cannot know.
/// </summary>
internal static partial class ByLine
{
    /// <summary>Whether <paramref name="line"/> is a by-line: a by-line's word, then a name of a few capitalised words or of Chinese.</summary>
    public static bool Is(string line) => Chinese().IsMatch(line) || English().IsMatch(line) || LetterSpaced().IsMatch(line);

    /// <summary>
    /// An English by-line set letter-spaced, as a magazine sets one in small type, printed by an extractor as one
    /// letter a word, the spaces between its words lost among those between its letters (<c>B y L i n X i a o l a n</c>).
    /// </summary>
    [GeneratedRegex(@"^\s*B\s[yY]\s\p{Lu}(?:\s\p{L}){3,30}\s*$")]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"^\s*(?:文|撰文|作者|记者|采访|采写|图文)\s*[／/：:|｜]\s*\S[^。！？；]{0,24}$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\s*(?:(?:Interview|Text|Words|Story|Report|Photographs|Photos)(?:\s+and\s+[a-z]+)?\s+by|By|BY)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.\-]*){0,3}\s*$")]
    private static partial Regex English();
}
