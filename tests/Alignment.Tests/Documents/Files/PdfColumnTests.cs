using Alignment.Documents;
using Alignment.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A page set in two columns whose lines share baselines: the text is read down the first column, then down the
/// second, however the columns' lines end and however narrow the page.
/// </summary>
public sealed class PdfColumnTests
{
    private const double Size = 10;

    private static readonly string[] Sentences =
    [
        "The expert group met in Vienna from 27 to 29 March to discuss the use of electronic evidence in criminal cases.",
        "Speakers described how their countries had changed their laws to allow the collection of data held abroad.",
        "Several speakers noted that requests for mutual legal assistance still took many months to be answered.",
        "One speaker proposed that central authorities should accept requests sent by electronic means.",
        "Others stressed the need to protect personal data and the rights of suspects at every stage.",
        "The group agreed that training for judges and prosecutors remained a priority for the coming years.",
        "It also asked the secretariat to collect examples of good practice from all regions of the world.",
        "Delegations welcomed the draft report and made suggestions on the wording of its recommendations.",
        "The secretariat was asked to circulate a revised draft to all Member States before the end of May.",
        "Comments received by that date would be reflected in the final version to be adopted at the next meeting.",
        "The group decided to hold its next meeting in Vienna in the first half of the following year.",
        "The chair thanked the host country for its support and closed the meeting on the third day.",
    ];

    [Test]
    public void Ragged_right_columns_are_read_one_after_the_other()
    {
        Assert.That(Read(columnWidth: 200, gutter: 18), Is.EqualTo(Sentences));
    }

    [Test]
    public void Two_columns_on_a_narrow_measure_are_read_one_after_the_other()
    {
        Assert.That(Read(columnWidth: 150, gutter: 14), Is.EqualTo(Sentences));
    }

    /// <summary>The sentences flowed into two columns of ragged lines (each line as full as the next word allows), beside each other on one page.</summary>
    private static string[] Read(double columnWidth, double gutter)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var lines = Wrap(string.Join(' ', Sentences), columnWidth, text => page.MeasureText(text, Size, new PdfPoint(0, 0), font)[^1].EndBaseLine.X);
        var half = (lines.Count + 1) / 2;
        for (var i = 0; i < lines.Count; i++)
        {
            var (x, row) = i < half ? (72.0, i) : (72 + columnWidth + gutter, i - half);
            page.AddText(lines[i], Size, new PdfPoint(x, 760 - (12 * row)), font);
        }

        var path = Path.Combine(Path.GetTempPath(), $"columns-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            var document = DocumentReader.Default.ReadFile(path, Language.English);
            return [.. SentenceSegmenter.Default.Segment(document).Sentences.Select(s => s.Text)];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var longer = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && measure(longer) > width)
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
