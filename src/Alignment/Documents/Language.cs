using System.Globalization;
using Alignment.Writing;

namespace Alignment.Documents;

/// <summary>
/// The language of a document or a segment, carried as a BCP 47 tag (<c>zh-CN</c>, <c>en</c>).
/// Two languages are the same when their tags are the same; <see cref="Code"/> compares primary subtags only.
/// </summary>
public sealed record Language
{
    private Language(string tag, string code)
    {
        Tag = tag;
        Code = code;
    }

    /// <summary>Simplified Chinese as used by the United Nations (<c>zh-CN</c>).</summary>
    public static Language Chinese { get; } = new("zh-CN", "zh");

    /// <summary>English (<c>en</c>).</summary>
    public static Language English { get; } = new("en", "en");

    /// <summary>The full tag in canonical case: language lower-case, region upper-case, script title-case.</summary>
    public string Tag { get; }

    /// <summary>The primary language subtag, lower-case (<c>zh</c> for <c>zh-Hans-CN</c>).</summary>
    public string Code { get; }

    /// <summary>True for any Chinese tag; Chinese is written without spaces, so several stages measure it in characters.</summary>
    public bool IsChinese => Code == "zh";

    /// <summary>
    /// Parses a language tag as written by people and tools: any case, <c>_</c> or <c>-</c> as separator
    /// (<c>ZH-cn</c>, <c>zh_CN</c>, <c>en-us</c>). A bare <c>zh</c> stays <c>zh</c>.
    /// </summary>
    /// <exception cref="FormatException">The text is not a plausible language tag.</exception>
    public static Language Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return TryParse(tag, out var language)
            ? language
            : throw new FormatException($"'{tag}' is not a language tag (expected something like zh-CN or en).");
    }

    /// <summary>Parses a language tag; returns false instead of throwing when it is not one.</summary>
    public static bool TryParse(string tag, out Language language)
    {
        language = English;
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts.All(p => p.Length is > 0 and <= 8 && p.All(char.IsAsciiLetterOrDigit)))
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(parts[i].ToLowerInvariant())
                : parts[i].ToLowerInvariant();
        }

        if (!parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        language = new Language(string.Join('-', parts), parts[0]);
        return true;
    }

    /// <summary>
    /// The language a text is written in, of the two this library pairs: Chinese when at least a fifth of its letters
    /// are Han ideographs, English otherwise. Chinese text carries Latin symbols and names, but far fewer than that;
    /// a short query such as <c>WHO 的报告</c> reads as Chinese.
    /// </summary>
    public static Language Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, letters = 0;
        foreach (var c in text)
        {
            if (Han.IsIdeograph(c))
            {
                han++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && han * 5 >= letters ? Chinese : English;
    }

    /// <summary>True when both tags name the same language, whatever their regions or scripts.</summary>
    public bool IsSameLanguageAs(Language other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Code == other.Code;
    }

    /// <inheritdoc/>
    public override string ToString() => Tag;
}
