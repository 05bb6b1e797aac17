using System.Text.RegularExpressions;
using Alignment.Documents;
using Alignment.Documents.Reading;

namespace Alignment.Segmentation;

/// <summary>
/// Turns the cuts of a text into sentences: trims each piece, drops empty ones, and joins a piece that is only
/// a label (<c>1.</c>, <c>(a)</c>, <c>-</c>, <c>1 bis.</c>, <c>Article 3.</c>) to the sentence after it, and a piece
/// that is only markers or punctuation (<c>¹</c>, <c>”</c>) to the sentence before it, since neither is a sentence of
/// its own. A text that holds nothing else (a table's cell <c>(25)</c> or <c>—</c>) is one sentence: no text is lost.
/// </summary>
internal static partial class SentencePieces
{
    /// <summary>The trimmed sentences of <paramref name="text"/> cut at <paramref name="cuts"/> (ascending positions).</summary>
    public static List<TextSpan> Cut(string text, IReadOnlyList<int> cuts)
    {
        var sentences = new List<TextSpan>(cuts.Count + 1);
        var pendingStart = -1;
        for (var p = 0; p <= cuts.Count; p++)
        {
            var piece = Trim(text, p == 0 ? 0 : cuts[p - 1], p == cuts.Count ? text.Length : cuts[p]);
            if (piece.Length == 0)
            {
                continue;
            }

            var content = text.AsSpan(piece.Start, piece.Length);
            var isLabel = Label().IsMatch(content);
            if (!isLabel && !MarkersOrPunctuation().IsMatch(content))
            {
                sentences.Add(TextSpan.FromBounds(pendingStart < 0 ? piece.Start : pendingStart, piece.End));
                pendingStart = -1;
            }
            else if (!isLabel && pendingStart < 0 && sentences.Count > 0)
            {
                // Markers and punctuation close what came before.
                sentences[^1] = TextSpan.FromBounds(sentences[^1].Start, piece.End);
            }
            else if (pendingStart < 0)
            {
                // A label opens what comes after (so does anything that has nothing before it to join).
                pendingStart = piece.Start;
            }
        }

        if (pendingStart >= 0)
        {
            // Labels with nothing after them stay with the sentence before; what a text holds alone is its sentence.
            var rest = Trim(text, pendingStart, text.Length);
            if (sentences.Count > 0)
            {
                sentences[^1] = TextSpan.FromBounds(sentences[^1].Start, rest.End);
            }
            else
            {
                sentences.Add(rest);
            }
        }

        return sentences;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    // Paragraph and list labels, optionally after a dash: 12.  (a)  a)  iv.  A.  一.  二、  （一）  - (b)  -
    // Also a number inserted after another (12 bis.  12之二.), an article's number (Article 3.  Article 3 bis.) and a
    // resolution's or decision's number before its title (62/14.  S-31/1.  2024/3.), whose full stop ICU takes for the end
    // of a sentence.
    [GeneratedRegex(@"^(?:[-–—•]\s*)?(?:(?:[A-Z]-)?\d{1,4}/\d{1,3}\.|(?:\d{1,3}(?:\s?(?:" + InsertedNumber.EnglishPattern + ")|" + InsertedNumber.ChinesePattern + @")?|[A-Za-z]|[ivxlcIVXLC]{1,6}|[一二三四五六七八九十百]{1,4})[.)、]|[(（](?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6}|[一二三四五六七八九十百]{1,4})[)）]|(?:Article|ARTICLE)\s\d{1,3}(?:\s?(?:" + InsertedNumber.EnglishPattern + @"))?\.)?$")]
    private static partial Regex Label();

    // Footnote markers, stray punctuation and symbols: ¹  ”  ）  …
    [GeneratedRegex(@"^[\p{P}\p{S}⁰¹²³⁴⁵⁶⁷⁸⁹\s]+$")]
    private static partial Regex MarkersOrPunctuation();
}
