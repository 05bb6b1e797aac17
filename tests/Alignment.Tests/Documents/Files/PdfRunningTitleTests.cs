using Alignment.Documents;
using Alignment.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A running title printed over every page repeats the document's title: the title on the first page is text, not the
/// page's furniture, though it has the same words.
/// </summary>
public sealed class PdfRunningTitleTests
{
    private const string RunningTitle = "Delegate Registration Portal";

    private static readonly string[] Body =
    [
        "The portal registers the delegations of Member States for meetings at Headquarters.",
        "Each focal point receives an account from the secretariat within two working days.",
        "Photographs must show the full face against a plain light background.",
        "Changes made in the last day before a meeting must be confirmed by e-mail.",
        "Registrations after the deadline are processed at the badge office.",
        "A version of this guide in large print is available on request.",
    ];

    [Test]
    public void The_title_under_a_running_title_of_the_same_words_in_smaller_type_is_read()
    {
        var sentences = Read(titleSize: 16, titleBaseline: 770);

        Assert.That(sentences, Is.EqualTo(new[] { RunningTitle }.Concat(Body)));
    }

    [Test]
    public void A_heading_under_a_running_title_of_the_same_words_in_the_same_type_is_read()
    {
        var sentences = Read(titleSize: 9, titleBaseline: 780);

        Assert.That(sentences, Is.EqualTo(new[] { RunningTitle }.Concat(Body)));
    }

    /// <summary>
    /// Three pages, each with the running title at its head in 9 pt, its number at its foot and two sentences of body in
    /// 10 pt, each a paragraph; the first page has the title too, under the running title.
    /// </summary>
    private static string[] Read(double titleSize, double titleBaseline)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(RunningTitle, 9, new PdfPoint(72, 800), font);
            if (p == 0)
            {
                page.AddText(RunningTitle, titleSize, new PdfPoint(72, titleBaseline), font);
            }

            page.AddText(Body[2 * p], 10, new PdfPoint(72, 740), font);
            page.AddText(Body[(2 * p) + 1], 10, new PdfPoint(72, 716), font);
            page.AddText($"{p + 1}", 9, new PdfPoint(290, 60), font);
        }

        var path = Path.Combine(Path.GetTempPath(), $"running-title-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            return [.. SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(path, Language.English)).Sentences.Select(s => s.Text)];
        }
        finally
        {
            File.Delete(path);
        }
    }
}
