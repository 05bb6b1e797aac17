namespace Alignment.Documents.Reading;

/// <summary>
/// Groups content lines into blocks. A line starts a block when it carries a label that fits the numbering, opens
/// an annex, is a front-matter item, or follows a gap; otherwise it is a hard-wrapped continuation. After a gap
/// (blank lines, page furniture, a footnote at the foot of the page) an unlabelled line continues the last
/// paragraph when that paragraph was left open by a page break.
/// </summary>
internal sealed class BlockAssembler
{
    private readonly IReadOnlyList<ContentLine> lines;
    private readonly LineJoiner joiner;
    private readonly bool gapsEndParagraphs;
    private readonly int fullWidth;
    private readonly List<DraftBlock> drafts = [];

    /// <summary>The block the next wrapped line would continue; a footnote while one is being read.</summary>
    private DraftBlock? current;

    /// <summary>The last block that is not a footnote: the one a page break may have interrupted.</summary>
    private DraftBlock? main;

    /// <summary>The outline before <see cref="main"/>; footnotes never change it.</summary>
    private Outline beforeMain = Outline.Start;

    private BlockAssembler(IReadOnlyList<ContentLine> lines, LineJoiner joiner, bool gapsEndParagraphs)
    {
        this.lines = lines;
        this.joiner = joiner;
        this.gapsEndParagraphs = gapsEndParagraphs;
        fullWidth = FullWidth(lines);
    }

    /// <summary>The blocks in reading order, each placed (kind and path; footnote paths are provisional).</summary>
    /// <param name="lines">The content lines.</param>
    /// <param name="joiner">How wrapped lines join.</param>
    /// <param name="gapsEndParagraphs">
    /// Whether every gap ends a paragraph, as in text a PDF or Word reader laid out; otherwise a paragraph broken by a
    /// page may go on after a gap.
    /// </param>
    public static IReadOnlyList<DraftBlock> Assemble(IReadOnlyList<ContentLine> lines, LineJoiner joiner, bool gapsEndParagraphs = false)
    {
        var assembler = new BlockAssembler(lines, joiner, gapsEndParagraphs);
        for (var i = 0; i < lines.Count; i++)
        {
            assembler.Read(i);
        }

        assembler.CloseMain();
        return assembler.drafts;
    }

    private Outline Outline => main is null ? beforeMain : beforeMain.Accept(main).Next;

    private void Read(int i)
    {
        // The outline is only worked out when a decision needs it: a long paragraph of wrapped lines needs none.
        var line = lines[i];
        if (line.Labels.Count > 0 && Outline.Choose(line.Labels) is { } label && (label.Style != LabelStyle.Footnote || StartsFootnote(line)))
        {
            Start(line, label);
        }
        else if (current is null || (line.AnnexSection.Length > 0 && line.GapBefore))
        {
            Start(line, null);
        }
        else if (!line.GapBefore)
        {
            if (current.IsAnnexMarker || (current.IsMetadataLine && Outline.InFront) || IsRunOnHeading(i))
            {
                Start(line, null);
            }
            else
            {
                current.Add(line);
            }
        }
        else if (!gapsEndParagraphs && main is not null && ContinuesAfterGap(beforeMain.Accept(main).Placement.Kind, main.Chars, Fragment(i)))
        {
            main.Add(line);
            current = main;
        }
        else
        {
            Start(line, null);
        }
    }

    /// <summary>
    /// A heading that an extractor set right under the last line of the text before it, with no blank line between:
    /// it stands before a gap, reads as a heading, and the line before it stopped well short of the measure, where
    /// the heading's first word would have fitted.
    /// </summary>
    private bool IsRunOnHeading(int i)
    {
        if (gapsEndParagraphs || i == 0 || (i + 1 < lines.Count && !lines[i + 1].GapBefore))
        {
            return false;
        }

        // A title wraps onto a shorter line too, so the evidence must be strong: in Latin script the line starts with a
        // capital (a wrapped title goes on in lower case) after a line under three quarters of the measure; in CJK
        // text, where case says nothing (a capital there starts a symbol), after a line under half of it.
        // And the line before must have had room for the heading's first word: a line wrapped early before a long
        // word or symbol is short too.
        var text = lines[i].Text.Text;
        var before = TextShape.Width(lines[i - 1].Text.Text);
        var firstWord = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? TextShape.Width(text.AsSpan(0, space)) : TextShape.Width(text);
        return TextShape.IsHeadingLike(text) && before + 1 + firstWord < fullWidth
            && (char.IsUpper(text[0]) && !Chars.IsCjk(lines[i - 1].Text.Text[^1]) ? before * 4 < fullWidth * 3 : Chars.IsCjk(text[0]) && before * 2 < fullWidth);
    }

    /// <summary>The width of a full line: the width that a tenth of the lines reach.</summary>
    private static int FullWidth(IReadOnlyList<ContentLine> lines)
    {
        if (lines.Count == 0)
        {
            return 0;
        }

        var widths = lines.Select(l => TextShape.Width(l.Text.Text)).OrderDescending().ToArray();
        return widths[widths.Length / 10];
    }

    /// <summary>Footnotes sit apart at the foot of a page; a marker at the start of a wrapped line is a reference.</summary>
    private bool StartsFootnote(ContentLine line) => line.GapBefore || current is null || current.IsFootnote;

    private void Start(ContentLine line, LabelCandidate? label)
    {
        var block = new DraftBlock(line, label, joiner);
        drafts.Add(block);
        current = block;
        if (block.IsFootnote)
        {
            block.Placement = Outline.Accept(block).Placement;
            return;
        }

        CloseMain();
        main = block;
    }

    private void CloseMain()
    {
        if (main is not null)
        {
            (main.Placement, beforeMain) = beforeMain.Accept(main);
        }
    }

    /// <summary>
    /// Whether text after a gap continues a paragraph broken by a page. It does when the paragraph is unfinished
    /// (no final punctuation) or the text starts in lower case. After a numbered paragraph or list item it does
    /// even when a line happened to end a sentence or clause at the page break, since unnumbered running text
    /// does not appear between numbered paragraphs — unless the text looks like a heading or opens a quotation
    /// (the text a paragraph ending in a colon introduces).
    /// </summary>
    private static bool ContinuesAfterGap(BlockKind kind, ReadOnlySpan<char> paragraph, string fragment)
    {
        if (kind is not (BlockKind.NumberedParagraph or BlockKind.ListItem or BlockKind.Paragraph))
        {
            return false;
        }

        if (!TextShape.EndsWithTerminal(paragraph) || (fragment.Length > 0 && char.IsLower(fragment[0])))
        {
            return true;
        }

        return kind is not BlockKind.Paragraph && !TextShape.IsHeadingLike(fragment) && !TextShape.OpensQuotation(fragment);
    }

    /// <summary>The text from line <paramref name="i"/> up to the next gap or labelled line.</summary>
    private string Fragment(int i)
    {
        var end = i + 1;
        while (end < lines.Count && !lines[end].GapBefore && lines[end].Labels.Count == 0)
        {
            end++;
        }

        return joiner.Join(lines.Skip(i).Take(end - i).Select(l => (l.Text, l.Source.BreakOffset))).Text;
    }
}
