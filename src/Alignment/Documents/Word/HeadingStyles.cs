using Alignment.Documents.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Documents.Word;

/// <summary>
/// Which paragraphs a Word file's styles make headings or a title: a paragraph with an outline level of its own, or a
/// style that has one, is a heading, and so is one styled with the built-in Heading 1 to Heading 9 (which Word gives
/// outline levels, but other writers do not always); the built-in Title style makes a title. A style that sets none of
/// these takes what the style it is based on makes it; the outline level of body text (9) makes a paragraph body text
/// whatever its style. A paragraph without a style has the default paragraph style's.
/// </summary>
internal sealed class HeadingStyles
{
    /// <summary>Word's outline levels run from 0 (level 1) to 8 (level 9); 9 is body text.</summary>
    private const int BodyTextLevel = 9;

    private readonly Dictionary<string, StyledHeading> byStyle;
    private readonly string? defaultStyle;

    private HeadingStyles(Dictionary<string, StyledHeading> byStyle, string? defaultStyle) => (this.byStyle, this.defaultStyle) = (byStyle, defaultStyle);

    /// <summary>The paragraph styles of the styles part, read one style at a time.</summary>
    public static HeadingStyles Read(StyleDefinitionsPart? styles)
    {
        var own = new Dictionary<string, (string? BasedOn, StyledHeading? Heading)>(StringComparer.Ordinal);
        string? defaultStyle = null;
        foreach (var style in StylesOf(styles))
        {
            if (style.StyleId?.Value is not { } id || own.ContainsKey(id) || (style.Type?.Value is { } type && type != StyleValues.Paragraph))
            {
                continue;
            }

            if (style.Default?.Value == true)
            {
                defaultStyle ??= id;
            }

            own[id] = (style.BasedOn?.Val?.Value, Own(style));
        }

        var byStyle = new Dictionary<string, StyledHeading>(StringComparer.Ordinal);
        foreach (var id in own.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var at = id; at is not null && seen.Add(at) && own.TryGetValue(at, out var style); at = style.BasedOn)
            {
                if (style.Heading is { } heading)
                {
                    byStyle[id] = heading;
                    break;
                }
            }
        }

        return new HeadingStyles(byStyle, defaultStyle);
    }

    /// <summary>What a paragraph with these properties (null for none) is.</summary>
    public StyledHeading Of(ParagraphProperties? properties)
    {
        if (properties?.OutlineLevel?.Val?.Value is { } level)
        {
            return Level(level);
        }

        var style = properties?.ParagraphStyleId?.Val?.Value ?? defaultStyle;
        return style is not null && byStyle.TryGetValue(style, out var heading) ? heading : StyledHeading.None;
    }

    /// <summary>What the style itself sets, or null when it leaves it to the style it is based on.</summary>
    private static StyledHeading? Own(Style style)
    {
        if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
        {
            return Level(level);
        }

        // Built-in styles are known by their names, which Word writes in English whatever the user's language.
        var name = style.StyleName?.Val?.Value?.Trim() ?? string.Empty;
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return StyledHeading.Title;
        }

        return name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && int.TryParse(name.AsSpan(8), out var n) && n is >= 1 and <= BodyTextLevel
            ? StyledHeading.Heading
            : null;
    }

    private static StyledHeading Level(int level) => level is >= 0 and < BodyTextLevel ? StyledHeading.Heading : StyledHeading.None;

    /// <summary>The part's styles, each loaded on its own.</summary>
    private static IEnumerable<Style> StylesOf(StyleDefinitionsPart? part)
    {
        if (part is null)
        {
            yield break;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.Depth == 1 && reader.ElementType == typeof(Style))
            {
                yield return (Style)reader.LoadCurrentElement()!;
            }
        }
    }
}
