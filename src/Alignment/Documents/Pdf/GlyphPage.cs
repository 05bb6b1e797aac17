using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// A PDF page read as its glyphs and the number of its images, and nothing more: PdfPig's pages keep every letter as
/// an object of some 300 bytes, with its outline box, colours and font, and every path. Positions, widths and
/// orientations are worked out as PdfPig works out its letters' (the same values, letter for letter, on every PDF
/// the tests hold). Read with <c>pdf.GetPage&lt;GlyphPage&gt;(number)</c> after <see cref="Register"/>.
/// </summary>
internal sealed class GlyphPage(IReadOnlyList<Glyph> glyphs, int images)
{
    public IReadOnlyList<Glyph> Glyphs { get; } = glyphs;

    /// <summary>The images drawn on the page (XObject and inline).</summary>
    public int Images { get; } = images;

    public static void Register(PdfDocument pdf) => pdf.AddPageFactory<GlyphPage, Factory>();

    /// <summary>Made by PdfPig, with the constructor it expects.</summary>
    private sealed class Factory(IPdfTokenScanner scanner, IResourceStore resources, ILookupFilterProvider filters, IPageContentParser parser, ParsingOptions options)
        : BasePageFactory<GlyphPage>(scanner, resources, filters, parser, options)
    {
        protected override GlyphPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations) =>
            new Collector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions).Process(pageNumber, operations);
    }

    /// <summary>Runs a page's drawing operations, keeping each glyph's place and size and counting images; paths are drawn into nothing.</summary>
    private sealed class Collector(int pageNumber, IResourceStore resources, IPdfTokenScanner scanner, IPageContentParser parser, ILookupFilterProvider filters, CropBox cropBox, UserSpaceUnit unit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions options)
        : BaseStreamProcessor<GlyphPage>(pageNumber, resources, scanner, parser, filters, cropBox, unit, rotation, initialMatrix, options)
    {
        private const double Level = 10e-5;

        private readonly List<Glyph> glyphs = [];
        private readonly double unitHeight = unit.PointMultiples;
        private int images;

        public override GlyphPage Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
        {
            CloneAllStates();
            ProcessOperations(operations);
            return new GlyphPage(glyphs, images);
        }

        public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
        {
            // The advance box on the baseline, from the glyph's space to the page's, as PdfPig places its letters.
            var matrix = renderingMatrix.Multiply(textMatrix).Multiply(transformationMatrix);
            var width = characterBoundingBox.Width;
            var box = new PdfRectangle(matrix.Transform(new PdfPoint(0, unitHeight)), matrix.Transform(new PdfPoint(width, unitHeight)), matrix.Transform(new PdfPoint(0, 0)), matrix.Transform(new PdfPoint(width, 0)));
            var (start, end) = (box.BottomLeft, box.BottomRight);
            var horizontal = Math.Abs(start.Y - end.Y) < Level && start.X <= end.X;
            glyphs.Add(new Glyph(unicode, start.X, start.Y, box.Width, pointSize, horizontal, font.Name?.Data, font.Details?.IsBold == true));
        }

        protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) => images++;

        protected override void RenderInlineImage(InlineImage inlineImage) => images++;

        public override void BeginSubpath()
        {
        }

        public override PdfPoint? CloseSubpath() => null;

        public override void StrokePath(bool close)
        {
        }

        public override void FillPath(FillingRule fillingRule, bool close)
        {
        }

        public override void FillStrokePath(FillingRule fillingRule, bool close)
        {
        }

        public override void MoveTo(double x, double y)
        {
        }

        public override void BezierCurveTo(double x2, double y2, double x3, double y3)
        {
        }

        public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
        {
        }

        public override void LineTo(double x, double y)
        {
        }

        public override void Rectangle(double x, double y, double width, double height)
        {
        }

        public override void EndPath()
        {
        }

        public override void ClosePath()
        {
        }

        public override void ModifyClippingIntersect(FillingRule clippingRule)
        {
        }

        protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
        {
        }

        public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
        {
        }

        public override void EndMarkedContent()
        {
        }

        public override void PaintShading(NameToken shadingName)
        {
        }
    }
}
