using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Runs a page's drawing operations as PdfPig's own page reader does and keeps of each letter only a
/// <see cref="Glyph"/>; paths and marked content are not kept at all. Each letter is first made as PdfPig makes it
/// (its orientation is PdfPig's), and a combining accent joins the letter before it as in PdfPig. Clipping and
/// replacement text (<c>/ActualText</c>) are left out, as they are off in the options the reader opens a file with.
/// </summary>
internal sealed class GlyphCollector(int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner, IPageContentParser pageContentParser, ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions parsingOptions)
    : BaseStreamProcessor<GlyphPage>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    private readonly GlyphList glyphs = new();

    /// <summary>What the page's content counts against, when the document was opened with <see cref="BoundedFilters"/>.</summary>
    private readonly DecodeBudget? budget = (parsingOptions.FilterProvider as BoundedFilters)?.Budget;
    private int images;
    private int lastSequence;
    private FontDetails? lastFont;
    private bool lastFontBold;

    public override GlyphPage Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return new GlyphPage(pageNumberCurrent, glyphs, images);
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        if (Diacritics.IsInCombiningDiacriticRange(unicode) && currentOffset > 0 && glyphs.Count > 0 && lastSequence == TextSequence
            && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, glyphs[^1].Value, out var combined))
        {
            glyphs.ReplaceLast(glyphs[^1] with { Value = combined });
            return;
        }

        var glyphBounds = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);
        var advance = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
        var loose = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, new PdfRectangle(0, font.GetDescent(), characterBoundingBox.Width, font.GetAscent()));
        var visible = glyphBounds.Width > double.Epsilon || glyphBounds.Height > double.Epsilon;
        var letter = new Letter(unicode, visible ? glyphBounds : advance, loose, advance.BottomLeft, advance.BottomRight, advance.Width, fontSize, font, currentState.FontState.TextRenderingMode, currentState.CurrentStrokingColor, currentState.CurrentNonStrokingColor, pointSize, TextSequence);
        glyphs.Add(new Glyph(letter.Value, letter.StartBaseLine.X, letter.StartBaseLine.Y, letter.Width, letter.PointSize, letter.TextOrientation == TextOrientation.Horizontal, IsBold(letter.FontDetails)));
        lastSequence = TextSequence;
    }

    private bool IsBold(FontDetails? font)
    {
        if (!ReferenceEquals(font, lastFont))
        {
            lastFont = font;
            lastFontBold = font?.Name?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true
                || font?.Name?.Contains("Black", StringComparison.OrdinalIgnoreCase) == true
                || font?.Name?.Contains("Heavy", StringComparison.OrdinalIgnoreCase) == true
                || font?.IsBold == true;
        }

        return lastFontBold;
    }

    /// <summary>
    /// Runs a form's content, counting it against the page's limit at every draw: a form runs again each time the page
    /// draws it, but PdfPig decodes it through the content filters at most once (not at all without a filter), so a
    /// page of a few kilobytes could draw a form's letters a million times unseen.
    /// </summary>
    protected override void ProcessFormXObject(StreamToken formStream, NameToken xObjectName)
    {
        if (budget is not null)
        {
            var spent = budget.Spent;
            var content = formStream.Decode(FilterProvider, PdfScanner);
            if (budget.Spent == spent)
            {
                budget.SpendContent(content.Length);
            }
        }

        base.ProcessFormXObject(formStream, xObjectName);
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
