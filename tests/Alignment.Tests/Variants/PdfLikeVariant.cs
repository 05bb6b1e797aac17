using System.Globalization;
using System.Text.RegularExpressions;
using Alignment.Documents;

namespace Alignment.Tests.Variants;

/// <summary>
/// A clean corpus text laid out again the way text extracted from a UN PDF looks: hard-wrapped lines, pages with
/// the document symbol as running header and job number and page number as footer, paragraphs split across page
/// breaks, footnotes moved to the foot of the page that refers to them, optional CRLF, BOM and indentation.
/// Deterministic for a given seed. Reading a variant must give the same blocks as reading the clean text.
/// </summary>
internal sealed partial class PdfLikeVariant
{
    private PdfLikeVariant(string text, int pages, int splitParagraphs, int movedFootnotes, int compoundBreaks, int syllableBreaks)
    {
        Text = text;
        Pages = pages;
        SplitParagraphs = splitParagraphs;
        MovedFootnotes = movedFootnotes;
        CompoundBreaks = compoundBreaks;
        SyllableBreaks = syllableBreaks;
    }

    public string Text { get; }

    public int Pages { get; }

    /// <summary>Paragraphs that a page break cuts in two.</summary>
    public int SplitParagraphs { get; }

    public int MovedFootnotes { get; }

    /// <summary>Lines that end right after a compound's hyphen (<c>capacity-</c>).</summary>
    public int CompoundBreaks { get; }

    /// <summary>Words hyphenated between syllables at a line end (<c>inter-</c>/<c>national</c>).</summary>
    public int SyllableBreaks { get; }

    public override string ToString() => Text;

    public static PdfLikeVariant Generate(string cleanText, Language language, PdfLikeOptions options)
    {
        var random = new Random(options.Seed);
        var source = cleanText.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var footnotes = source.Where(l => FootnoteBody().IsMatch(l)).Select(l => l.Trim()).ToList();
        var wrapper = new LineWrapper(cleanText, language, options.Width, random);
        var flow = new List<FlowLine>();
        foreach (var line in source.Where(l => !FootnoteBody().IsMatch(l)))
        {
            flow.AddRange(Lay(line.Trim(), wrapper, language, options, random));
        }

        var pages = Paginate(flow, options.LinesPerPage, random, out var splits);
        var notes = PlaceFootnotes(pages, footnotes);
        var lines = new List<string>();
        for (var p = 0; p < pages.Count; p++)
        {
            lines.Add(options.DocumentSymbol);
            lines.Add(string.Empty);
            lines.AddRange(pages[p].Select(l => l.Text));
            lines.Add(string.Empty);
            foreach (var note in notes[p])
            {
                lines.AddRange(wrapper.Wrap(note));
                lines.Add(string.Empty);
            }

            lines.AddRange(Footer(p + 1, pages.Count, language, options, random));
            lines.Add(string.Empty);
        }

        var text = string.Join(options.CrLf ? "\r\n" : "\n", lines);
        return new PdfLikeVariant(
            options.ByteOrderMark ? "\uFEFF" + text : text,
            pages.Count,
            splits,
            footnotes.Count,
            wrapper.CompoundBreaks,
            wrapper.SyllableBreaks);
    }

    /// <summary>One paragraph as physical lines, each saying whether a page may end after it.</summary>
    private static IEnumerable<FlowLine> Lay(string paragraph, LineWrapper wrapper, Language language, PdfLikeOptions options, Random random)
    {
        if (paragraph.Length == 0)
        {
            yield return new FlowLine(string.Empty, BreakAfter: true, EndsParagraph: true);
            yield break;
        }

        var wrapped = wrapper.Wrap(paragraph);
        var splittable = Splittable(paragraph);
        for (var i = 0; i < wrapped.Count; i++)
        {
            var indent = i == 0 && options.Indent && random.NextDouble() < 0.4
                ? (language.IsChinese ? "\u3000\u3000" : random.NextDouble() < 0.5 ? "    " : "\t")
                : string.Empty;
            var last = i == wrapped.Count - 1;

            // Widow control, as in the UN's word processor: a paragraph's last line never starts a page alone.
            var mayBreak = last || (splittable && i <= wrapped.Count - 3);
            yield return new FlowLine(indent + wrapped[i], mayBreak, last);
        }
    }

    /// <summary>Running text may be split by a page; headings, titles and front matter are kept together.</summary>
    private static bool Splittable(string paragraph) =>
        ParagraphLabel().IsMatch(paragraph) || "。！？.!?；;：:".Contains(paragraph.TrimEnd('⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹')[^1]);

    /// <summary>Fills pages of about <paramref name="linesPerPage"/> lines; headings and spacing make pages vary a little.</summary>
    private static List<List<FlowLine>> Paginate(List<FlowLine> flow, int linesPerPage, Random random, out int splits)
    {
        splits = 0;
        var pages = new List<List<FlowLine>> { new() };
        var filled = 0;
        var budget = linesPerPage + random.Next(-2, 3);
        foreach (var line in flow)
        {
            pages[^1].Add(line);
            filled += line.Text.Length > 0 ? 1 : 0;
            if (filled >= budget && line.BreakAfter)
            {
                splits += line.EndsParagraph ? 0 : 1;
                pages.Add([]);
                filled = 0;
                budget = linesPerPage + random.Next(-2, 3);
            }
        }

        if (pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>Each footnote goes to the foot of the first page that carries its marker, or of the last page.</summary>
    private static List<string>[] PlaceFootnotes(List<List<FlowLine>> pages, List<string> footnotes)
    {
        var notes = pages.Select(_ => new List<string>()).ToArray();
        foreach (var footnote in footnotes)
        {
            var marker = FootnoteBody().Match(footnote).Groups["marker"].Value;
            var page = pages.FindIndex(p => p.Any(l => Regex.IsMatch(l.Text, $"(?<![⁰¹²³⁴⁵⁶⁷⁸⁹]){marker}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")));
            notes[page < 0 ? pages.Count - 1 : page].Add(footnote);
        }

        return notes;
    }

    /// <summary>The many ways UN footers come out of a PDF: job number, page number, both on one line, a barcode.</summary>
    private static string[] Footer(int page, int pages, Language language, PdfLikeOptions options, Random random)
    {
        var job = options.JobNumber;
        var suffixed = $"{job} ({(language.IsChinese ? 'C' : 'E')})";
        string[] footer = random.Next(5) switch
        {
            0 => [job, $"{page}/{pages}"],
            1 => [$"{suffixed} {page}/{pages}"],
            2 => [$"- {page} -", string.Empty, suffixed],
            3 => [$"{page}/{pages}", string.Empty, suffixed],
            _ => [page.ToString(CultureInfo.InvariantCulture), job],
        };
        return page == 1 ? [.. footer, $"*{new string([.. job.Where(char.IsDigit)])}*"] : footer;
    }

    [GeneratedRegex(@"^\s*(?<marker>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*\S")]
    private static partial Regex FootnoteBody();

    [GeneratedRegex(@"^(?:[-–] ?)?(?:\d+[.、]|[(（][a-z][)）]) ")]
    private static partial Regex ParagraphLabel();

    private sealed record FlowLine(string Text, bool BreakAfter, bool EndsParagraph);
}
