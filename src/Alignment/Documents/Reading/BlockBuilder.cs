namespace Alignment.Documents.Reading;

/// <summary>
/// Turns placed drafts into <see cref="Block"/>s, and gives each footnote the path of the nearest block before it
/// that refers to it, or else the nearest after it (<c>body › II › D › 20 › footnote 1</c>), falling back to its section.
/// A label with no text after it and no items of its own under it is text that reads like a label (a table's cell
/// <c>(25)</c>, a note <c>(a)</c>): it becomes the block's text, so that no text is lost.
/// </summary>
internal static class BlockBuilder
{
    /// <param name="drafts">The placed drafts, closed.</param>
    /// <param name="generatedLabels">Where the lines start whose label the document's list numbering generated.</param>
    public static IReadOnlyList<Block> Build(IReadOnlyList<DraftBlock> drafts, IReadOnlySet<int> generatedLabels)
    {
        var references = drafts.Select(d => FootnoteMarkers.Find(d.Text.Text)).ToArray();
        var blocks = new Block[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var placement = draft.Placement ?? throw new InvalidOperationException("Every draft is placed before it is built.");
            var path = draft.IsFootnote ? FootnotePath(drafts, references, i, placement) : placement.Path;
            var generated = generatedLabels.Contains(draft.LabelOffset);
            if (!generated && IsLabelAlone(drafts, i))
            {
                var text = draft.LabelText;
                var kind = placement.Kind is BlockKind.NumberedParagraph or BlockKind.ListItem ? BlockKind.Paragraph : placement.Kind;
                blocks[i] = new Block(i, kind, BlockLabel.None, path, text.Text, draft.Source, text.Offsets, []);
                continue;
            }

            blocks[i] = new Block(
                i,
                placement.Kind,
                draft.Label is { } label ? label.ToLabel() with { IsGenerated = generated } : BlockLabel.None,
                path,
                draft.Text.Text,
                draft.Source,
                draft.Text.Offsets,
                references[i]);
        }

        return blocks;
    }

    /// <summary>
    /// Whether draft <paramref name="i"/> is a label and nothing else: no text after it, and the next block (footnotes
    /// aside) is not one of its items (<c>18.</c> over <c>(a) Adapting rules …</c> numbers a paragraph made of items).
    /// A footnote number apart from its text stays a footnote's label.
    /// </summary>
    private static bool IsLabelAlone(IReadOnlyList<DraftBlock> drafts, int i)
    {
        var draft = drafts[i];
        if (draft.Label is null || draft.IsFootnote || !string.IsNullOrWhiteSpace(draft.Text.Text))
        {
            return false;
        }

        var path = draft.Placement!.Path;
        var next = drafts.Skip(i + 1).FirstOrDefault(d => !d.IsFootnote);
        return next is null || !(next.Placement!.Path.Depth > path.Depth && next.Placement.Path.StartsWith(path));
    }

    /// <summary>
    /// The path of the footnote at <paramref name="footnote"/>: under the block that refers to it. The nearest such
    /// block, not the first in the document: footnote numbers can start again (in annexes, in documents bound
    /// together), and a reference sits on the same page as its note, usually before it.
    /// </summary>
    private static BlockPath FootnotePath(IReadOnlyList<DraftBlock> drafts, IReadOnlyList<string>[] references, int footnote, Placement fallback)
    {
        var anchor = drafts[footnote].Label!.Anchor;
        var before = Enumerable.Range(0, footnote).Reverse();
        var after = Enumerable.Range(footnote + 1, drafts.Count - footnote - 1);
        foreach (var i in before.Concat(after))
        {
            if (!drafts[i].IsFootnote && references[i].Contains(anchor))
            {
                return drafts[i].Placement!.Path.Child($"footnote {anchor}");
            }
        }

        return fallback.Path;
    }
}
