using Alignment.Documents;
using Alignment.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// An A4 page of a PDF drawn in a test, in Helvetica, in points from its bottom left corner; <see cref="Read(Action{DrawnPage})"/> writes
/// it, reads it with the library's reader and segments it, as a user's PDF is read.
/// </summary>
internal sealed class DrawnPage(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)
{
    public const double Size = 10;
    public const double Pitch = 12;

    /// <summary>The page <paramref name="draw"/> draws, read and segmented.</summary>
    public static SegmentedDocument Read(Action<DrawnPage> draw) => Read(1, (_, page) => draw(page));

    /// <summary>The <paramref name="count"/> pages <paramref name="draw"/> draws (given each page's index from 0), read and segmented.</summary>
    public static SegmentedDocument Read(int count, Action<int, DrawnPage> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var k = 0; k < count; k++)
        {
            draw(k, new DrawnPage(builder.AddPage(PageSize.A4), font));
        }

        var path = Path.Combine(Path.GetTempPath(), $"drawn-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            return SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(path, Language.English));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public double Width(string text, double size = Size) => page.MeasureText(text, size, new PdfPoint(0, 0), font)[^1].EndBaseLine.X;

    public void Text(string text, double x, double y, double size = Size) => page.AddText(text, size, new PdfPoint(x, y), font);

    /// <summary>The lines, one a pitch below the other, from <paramref name="top"/> down; where the next line would go.</summary>
    public double Column(List<string> lines, double x, double top)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Text(lines[i], x, top - (Pitch * i));
        }

        return top - (Pitch * lines.Count);
    }

    /// <summary>The text in lines as full as the next word allows, each at most <paramref name="width"/> wide.</summary>
    public List<string> Wrap(string text, double width) => Wrap(text, _ => width);

    /// <summary>The text in lines as full as the next word allows, each line at most as wide as <paramref name="width"/> says for its place.</summary>
    public List<string> Wrap(string text, Func<int, double> width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var longer = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Width(longer) > width(lines.Count))
            {
                lines.Add(line);
                longer = word;
            }

            line = longer;
        }

        lines.Add(line);
        return lines;
    }
}
