namespace Alignment.Documents.Reading;

/// <summary>
/// Turns placed drafts into <see cref="Block"/>s, and gives each footnote the path of the nearest block before it
/// that refers to it, or else the nearest after it (<c>body › II › D › 20 › footnote 1</c>), falling back to its section.
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
            blocks[i] = new Block(
                i,
                placement.Kind,
                draft.Label is { } label ? label.ToLabel() with { IsGenerated = generatedLabels.Contains(draft.LabelOffset) } : BlockLabel.None,
                path,
                draft.Text.Text,
                draft.Source,
                draft.Text.Offsets,
                references[i]);
        }

        return blocks;
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
