using System.Globalization;
using Alignment.Documents.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Documents.Word;

/// <summary>
/// The labels Word generates for numbered paragraphs (<c>numbering.xml</c>): each paragraph's list and level, from its
/// own properties or its style's, give a counter; the level's text (<c>%1.</c>, <c>(%2)</c>) and number format turn the
/// counters into the label a reader sees (<c>12.</c>, <c>(b)</c>, <c>二、</c>). Counters belong to the abstract list, so
/// lists that share one continue each other, a list that overrides a start value starts again, and a level starts
/// again after any paragraph at a higher level. Reads one document front to back; not thread-safe.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;

    /// <summary>甲 to 癸, which Word's <c>ideographTraditional</c> counts by (one to ten).</summary>
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";

    /// <summary>子 to 亥, which Word's <c>ideographZodiac</c> counts by (one to twelve).</summary>
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    private readonly Dictionary<int, ListInstance> lists = [];
    private readonly Dictionary<int, ListLevel[]> abstractLists = [];
    private readonly Dictionary<string, (int List, int Level)> styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> listsStarted = [];

    private ListNumbering()
    {
    }

    /// <summary>The lists the numbering part defines and the numbering the styles part gives paragraph styles, read one definition at a time.</summary>
    public static ListNumbering Read(NumberingDefinitionsPart? numbering, StyleDefinitionsPart? styles)
    {
        var result = new ListNumbering();
        foreach (var definition in Definitions(numbering))
        {
            switch (definition)
            {
                case AbstractNum list:
                    result.Add(list);
                    break;
                case NumberingInstance instance:
                    result.Add(instance);
                    break;
            }
        }

        result.ReadStyles(Definitions(styles).OfType<Style>());
        return result;
    }

    /// <summary>The label of the next paragraph, from its properties, counting it; empty when it is not numbered (or is bulleted).</summary>
    public string Next(ParagraphProperties? properties)
    {
        if (ListOf(properties) is not var (listId, level) || !lists.TryGetValue(listId, out var list)
            || !abstractLists.TryGetValue(list.AbstractId, out var levels) || levels[level] is null)
        {
            return string.Empty;
        }

        if (!counters.TryGetValue(list.AbstractId, out var count))
        {
            counters[list.AbstractId] = count = new int?[Levels];
        }

        if (listsStarted.Add(listId))
        {
            foreach (var (overridden, start) in list.Starts)
            {
                count[overridden] = start - 1;
            }
        }

        count[level] = count[level] is { } n ? n + 1 : levels[level].Start;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            count[deeper] = null;
        }

        return levels[level].Format is "bullet" or "none" ? string.Empty : Label(levels, count, level);
    }

    private static string Label(ListLevel[] levels, int?[] count, int level)
    {
        var text = levels[level].Text;
        var label = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var k = text[i + 1] - '1';
                var definition = levels[k] ?? levels[level];
                label.Append(Format(count[k] ?? definition.Start, definition.Format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.ToString().Trim();
    }

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" when value is >= 1 and <= 26 => ((char)('a' + value - 1)).ToString(),
        "upperLetter" when value is >= 1 and <= 26 => ((char)('A' + value - 1)).ToString(),
        "lowerRoman" => Numerals.ToRoman(value).ToLowerInvariant(),
        "upperRoman" => Numerals.ToRoman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" when value > 26 => new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1),
        "upperLetter" when value > 26 => new string((char)('A' + ((value - 1) % 26)), ((value - 1) / 26) + 1),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "japaneseCounting" => Numerals.ToChinese(value),
        "ideographTraditional" when value is >= 1 and <= 10 => HeavenlyStems[value - 1].ToString(),
        "ideographZodiac" when value is >= 1 and <= 12 => EarthlyBranches[value - 1].ToString(),
        // Figures in a circle or brackets (①, ⑴) and with a stop (⒈) are written as the labels they stand for.
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "decimalEnclosedParen" => string.Create(CultureInfo.InvariantCulture, $"({value})"),
        "decimalEnclosedFullstop" => string.Create(CultureInfo.InvariantCulture, $"{value}."),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The part's definitions (its root's children), each loaded on its own: the part is never held whole.</summary>
    private static IEnumerable<OpenXmlElement> Definitions(OpenXmlPart? part)
    {
        if (part is null)
        {
            yield break;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.Depth == 1)
            {
                yield return reader.LoadCurrentElement()!;
            }
        }
    }

    private void Add(AbstractNum definition)
    {
        if (definition.AbstractNumberId?.Value is not { } id)
        {
            return;
        }

        var levels = new ListLevel[Levels];
        foreach (var level in definition.Elements<Level>())
        {
            if (level.LevelIndex?.Value is { } index and >= 0 and < Levels)
            {
                levels[index] = new ListLevel(
                    level.StartNumberingValue?.Val?.Value ?? 1,
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? string.Empty);
            }
        }

        abstractLists[id] = levels;
    }

    private void Add(NumberingInstance instance)
    {
        if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId)
        {
            return;
        }

        var starts = instance.Elements<LevelOverride>()
            .Where(o => o.LevelIndex?.Value is >= 0 and < Levels && o.StartOverrideNumberingValue?.Val?.Value is not null)
            .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
        lists[id] = new ListInstance(abstractId, starts);
    }

    private (int List, int Level)? ListOf(ParagraphProperties? properties)
    {
        if (properties?.NumberingProperties is { } numbered && numbered.NumberingId?.Val?.Value is { } id)
        {
            return id == 0 ? null : (id, Math.Clamp(numbered.NumberingLevelReference?.Val?.Value ?? 0, 0, Levels - 1));
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } style && styleNumbering.TryGetValue(style, out var fromStyle) ? fromStyle : null;
    }

    /// <summary>Numbering a paragraph takes from its style or the styles that style is based on.</summary>
    private void ReadStyles(IEnumerable<Style> styles)
    {
        // Only what numbering needs is kept of each style, the first of each id.
        var byId = new Dictionary<string, StyleNumbering>(StringComparer.Ordinal);
        foreach (var style in styles)
        {
            if (style.StyleId?.Value is { } styleId && !byId.ContainsKey(styleId))
            {
                var numbered = style.StyleParagraphProperties?.NumberingProperties;
                var list = numbered?.NumberingId?.Val?.Value;
                byId[styleId] = new StyleNumbering(style.BasedOn?.Val?.Value, list, Math.Clamp(numbered?.NumberingLevelReference?.Val?.Value ?? 0, 0, Levels - 1));
            }
        }

        foreach (var id in byId.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var (styleId, style) = (id, byId[id]); style is not null && seen.Add(styleId);)
            {
                if (style.List is { } list)
                {
                    if (list != 0)
                    {
                        styleNumbering[id] = (list, style.Level);
                    }

                    break;
                }

                (styleId, style) = style.BasedOn is { } parent && byId.TryGetValue(parent, out var next) ? (parent, next) : (styleId, null);
            }
        }
    }

    private sealed record ListLevel(int Start, string Format, string Text);

    private sealed record ListInstance(int AbstractId, IReadOnlyDictionary<int, int> Starts);

    /// <summary>A style's numbering (its list, null when it sets none) and the style it is based on.</summary>
    private sealed record StyleNumbering(string? BasedOn, int? List, int Level);
}
