namespace Alignment.Documents.Reading;

/// <summary>
/// Repairs what PDF text extractors do to labels and footnotes, before blocks are assembled. A label set apart from
/// its paragraph (<c>5.</c>, <c>(b)</c>, <c>D.</c> on a line of its own, as the extractor met the hanging label
/// first) is put back at the start of the paragraph's first line. Footnote numbers that lost their superscript are
/// restored: a footnote is a number at the start of a line after a gap, or alone on a line before its text, that
/// continues the document's footnote numbering, and its reference is the same number glued to the end of a word
/// or a sentence before it (<c>电子证据2和</c>, <c>Expert Group.1</c>); both become superscripts (<c>²</c>), as
/// the reader expects them. Lines are only moved and characters only replaced, so every character keeps its
/// place in the original.
/// </summary>
internal static class ExtractedText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>How many lines before a footnote its reference may stand: about two pages.</summary>
    private const int ReferenceReach = 120;

    /// <summary>Repairs the cleaned lines in place; furniture and blank lines are left as they are.</summary>
    public static void Repair(MappedText[] lines, RemovalReason?[] furniture)
    {
        var content = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > 0 && furniture[i] is null).ToList();
        RestoreFootnotes(lines, content);
        content = [.. content.Where(i => lines[i].Length > 0)];
        JoinLabelsToParagraphs(lines, content);
    }

    private static void JoinLabelsToParagraphs(MappedText[] lines, List<int> content)
    {
        for (var k = 0; k + 1 < content.Count; k++)
        {
            var (label, next) = (content[k], content[k + 1]);
            if (IsLabelOnly(lines[label].Text) && LabelParser.Parse(lines[next].Text).Count == 0 && !Chars.IsSuperscriptDigit(lines[next].Text[0]))
            {
                lines[next] = Join(lines[label], lines[next], space: true);
                lines[label] = MappedText.Empty;
            }
        }
    }

    private static bool IsLabelOnly(string line) =>
        LabelParser.Parse(line) is { Count: > 0 } labels && labels.All(l => l.TextStart >= line.Length);

    private static void RestoreFootnotes(MappedText[] lines, List<int> content)
    {
        var next = 1;
        var searchFrom = 0;
        for (var k = 0; k < content.Count; k++)
        {
            var i = content[k];
            var number = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = lines[i].Text;
            if (text == number && (k + 1 == content.Count || LabelParser.Parse(lines[content[k + 1]].Text).Count > 0))
            {
                // A marker the typesetter pushed below the end of its paragraph, where a label or the end follows.
                if (k > 0 && content[k - 1] == i - 1 && HasFootnoteLater(lines, content, k + 1, number))
                {
                    lines[content[k - 1]] = Join(lines[content[k - 1]], Superscript(lines[i], 0, number.Length), space: false);
                    lines[i] = MappedText.Empty;
                }

                continue;
            }

            if (!IsFootnoteStart(lines, content, k, number) || FindReference(lines, content, Math.Max(searchFrom, k - ReferenceReach), k, number) is not var (line, at))
            {
                continue;
            }

            lines[line] = Superscript(lines[line], at, number.Length);
            if (text == number)
            {
                var body = content[k + 1];
                lines[body] = Join(Superscript(lines[i], 0, number.Length), lines[body], space: true);
                lines[i] = MappedText.Empty;
            }
            else
            {
                lines[i] = Superscript(lines[i], 0, number.Length);
            }

            next++;
            searchFrom = k + 1;
        }
    }

    /// <summary>
    /// Footnote <paramref name="number"/> starts at content line <paramref name="k"/>: the number alone before an
    /// unlabelled line, or the number and a space at the start of a line after a gap.
    /// </summary>
    private static bool IsFootnoteStart(MappedText[] lines, List<int> content, int k, string number)
    {
        var text = lines[content[k]].Text;
        if (text == number)
        {
            return k + 1 < content.Count && LabelParser.Parse(lines[content[k + 1]].Text).Count == 0;
        }

        return text.Length > number.Length + 1 && text.StartsWith(number + " ", StringComparison.Ordinal)
            && !char.IsAsciiDigit(text[number.Length + 1]) && k > 0 && content[k - 1] < content[k] - 1;
    }

    private static bool HasFootnoteLater(MappedText[] lines, List<int> content, int from, string number)
    {
        for (var k = from; k < Math.Min(content.Count, from + ReferenceReach); k++)
        {
            if (IsFootnoteStart(lines, content, k, number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The reference to footnote <paramref name="number"/> in the content lines before <paramref name="before"/>: one
    /// already written as a superscript, or else the nearest glued number.
    /// </summary>
    private static (int Line, int At)? FindReference(MappedText[] lines, List<int> content, int from, int before, string number)
    {
        var superscript = Superscript(number);
        for (var k = before - 1; k >= from; k--)
        {
            if (lines[content[k]].Text.LastIndexOf(superscript, StringComparison.Ordinal) is var at and >= 0)
            {
                return (content[k], at);
            }
        }

        for (var k = before - 1; k >= from; k--)
        {
            var text = lines[content[k]].Text;
            for (var at = text.LastIndexOf(number, StringComparison.Ordinal); at >= 0; at = at > 0 ? text.LastIndexOf(number, at - 1, StringComparison.Ordinal) : -1)
            {
                if (IsGluedReference(text, at, number.Length))
                {
                    return (content[k], at);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Digits glued to what they follow: the end of a word (<c>evidence2</c>, not <c>G20</c>), a Han character, or
    /// punctuation that ends a word or sentence (<c>Group.1</c>, <c>情况。1</c>, not <c>2.1</c>); and not running on
    /// into more digits or letters.
    /// </summary>
    private static bool IsGluedReference(string text, int at, int length)
    {
        var end = at + length;
        if (at == 0 || (end < text.Length && (char.IsLetterOrDigit(text[end]) && !Chars.IsHan(text[end]))))
        {
            return false;
        }

        if (end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        var before = text[at - 1];
        if (before == '.' && end < text.Length && !Chars.IsSpace(text[end]) && !Chars.IsCloser(text[end]))
        {
            // After a full stop a marker ends the sentence: Rev.1. is a revision number.
            return false;
        }

        if (Chars.IsHan(before))
        {
            return true;
        }

        if (char.IsLower(before))
        {
            return at >= 3 && char.IsLetter(text[at - 2]) && char.IsLetter(text[at - 3]);
        }

        // Punctuation after a word, a Han character or a closing mark; not after a symbol (CRP.1, E/CN.15).
        return ".。,，;；:：)）”’\"»".Contains(before) && at >= 2
            && (Chars.IsHan(text[at - 2]) || Chars.IsCloser(text[at - 2]) || Chars.IsCjkPunctuation(text[at - 2]) || (at >= 3 && char.IsLower(text[at - 2]) && char.IsLower(text[at - 3])));
    }

    private static string Superscript(string digits) => string.Concat(digits.Select(d => Superscripts[d - '0']));

    private static MappedText Superscript(MappedText line, int at, int length)
    {
        var chars = line.Text.ToCharArray();
        for (var i = at; i < at + length; i++)
        {
            chars[i] = char.IsAsciiDigit(chars[i]) ? Superscripts[chars[i] - '0'] : chars[i];
        }

        return new MappedText(new string(chars), line.Offsets);
    }

    /// <summary>Two lines as one, with a space between them (standing where the first one ends) or none.</summary>
    private static MappedText Join(MappedText first, MappedText second, bool space)
    {
        var builder = new MappedTextBuilder(first.Length + 1 + second.Length);
        builder.Append(first);
        if (space)
        {
            builder.Append(' ', first.OffsetOf(first.Length - 1) + 1);
        }

        builder.Append(second);
        return builder.ToMappedText();
    }
}
