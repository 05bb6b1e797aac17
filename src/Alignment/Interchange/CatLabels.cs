namespace Alignment.Interchange;

/// <summary>
/// Whether a CAT tool cuts a block's label (<c>11.</c>, <c>I.</c>, <c>1)</c>) into a segment of its own, by OmegaT's
/// default segmentation rules (its <c>defaultRules.srx</c>, applied in cascade: the language's rules, then the
/// default ones). The default rules break after <c>.?!</c> before white space, and after a number such as <c>1.</c>,
/// <c>1)</c> or <c>1.2</c> at the start of a paragraph, then white space, before an upper-case letter. English adds
/// exceptions for abbreviations (<c>M.</c> among them); Chinese keeps everything after <c>、,.．</c> together, so a
/// Chinese paragraph's <c>1. </c> or <c>一. </c> stays in its first segment.
/// </summary>
internal static class CatLabels
{
    private static readonly System.Buffers.SearchValues<char> NumberMarks = System.Buffers.SearchValues.Create("0123456789.)]");

    /// <summary>
    /// Whether the tool cuts after <paramref name="label"/>, written at the start of a paragraph of
    /// <paramref name="language"/>, when <paramref name="gap"/> (the white space the document writes after it) and then
    /// <paramref name="text"/> follow.
    /// </summary>
    public static bool CutsAfter(Documents.Language language, string label, string gap, string text)
    {
        if (label.Length == 0 || gap.Length == 0 || text.Length == 0)
        {
            return false;
        }

        var last = label[^1];
        if (language.IsChinese)
        {
            // 、,.． keep what follows; only a number closed by ) or ] before a capital is cut.
            return last is ')' or ']' && IsNumbered(label) && char.IsUpper(text[0]);
        }

        if (last is '.' or '?' or '!')
        {
            return label != "M."; // an English abbreviation the rules keep with the next word
        }

        return IsNumbered(label) && char.IsUpper(text[0]);
    }

    /// <summary>Digits, then digits, full stops or closing brackets: the rules' numbered paragraph (<c>1.</c>, <c>2)</c>, <c>3.1</c>).</summary>
    private static bool IsNumbered(string label)
    {
        var digits = 0;
        while (digits < label.Length && char.IsDigit(label[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < label.Length && label.AsSpan(digits).IndexOfAnyExcept(NumberMarks) < 0;
    }
}
