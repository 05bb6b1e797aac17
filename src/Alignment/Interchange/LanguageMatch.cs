using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>
/// How well a language tag found in a file fits a requested language. Files in the wild write <c>ZH-cn</c>,
/// <c>zh</c>, <c>zh_CN</c> or <c>zh-Hans</c> for the same Chinese, so any tag of the same language fits; among
/// several, the exact tag wins, then one of the same script (Chinese regions imply one), then one of the same region.
/// </summary>
internal static class LanguageMatch
{
    /// <summary>The score of a tag of another language, or of text that is not a tag.</summary>
    public const int None = int.MinValue;

    public static int Score(Language requested, string tag)
    {
        if (!Language.TryParse(tag, out var found) || !found.IsSameLanguageAs(requested))
        {
            return None;
        }

        if (found.Tag == requested.Tag)
        {
            return 100;
        }

        var score = 0;
        var (requestedScript, requestedRegion) = ScriptAndRegion(requested);
        var (foundScript, foundRegion) = ScriptAndRegion(found);
        if (requestedScript.Length > 0 && foundScript.Length > 0)
        {
            score += requestedScript == foundScript ? 2 : -2;
        }

        if (requestedRegion.Length > 0 && requestedRegion == foundRegion)
        {
            score++;
        }

        return score;
    }

    /// <summary>The index of the item with the highest score other than <see cref="None"/> (the first of equals), or -1 when there is none.</summary>
    public static int Best<T>(IReadOnlyList<T> items, Func<T, int> score, int excluded = -1)
    {
        var best = -1;
        var bestScore = None;
        for (var i = 0; i < items.Count; i++)
        {
            var itemScore = i == excluded ? None : score(items[i]);
            if (itemScore > bestScore)
            {
                best = i;
                bestScore = itemScore;
            }
        }

        return best;
    }

    private static (string Script, string Region) ScriptAndRegion(Language language)
    {
        var script = string.Empty;
        var region = string.Empty;
        foreach (var part in language.Tag.Split('-').Skip(1))
        {
            if (part.Length == 4 && script.Length == 0)
            {
                script = part;
            }
            else if (part.Length == 2 || (part.Length == 3 && part.All(char.IsAsciiDigit)))
            {
                region = part;
            }
        }

        if (script.Length == 0 && language.IsChinese)
        {
            script = region switch
            {
                "CN" or "SG" or "MY" => "Hans",
                "TW" or "HK" or "MO" => "Hant",
                _ => string.Empty,
            };
        }

        return (script, region);
    }
}
