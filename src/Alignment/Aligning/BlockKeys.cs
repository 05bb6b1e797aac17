using Alignment.Documents;

namespace Alignment.Aligning;

/// <summary>
/// Language-independent keys for the blocks that numbering identifies: <c>body/II/B/12</c>, <c>annex/5/(a)</c>,
/// <c>footnote/2</c>, <c>title/front</c>. Unlabelled headings appear in paths by their text, which differs between
/// languages, so those path parts are left out of the key; unlabelled paragraphs and metadata get no key.
/// </summary>
internal static class BlockKeys
{
    public static string[] Of(Document document)
    {
        var keys = new string[document.Blocks.Count];
        var headingTexts = new HashSet<(int Depth, string Text)>();
        foreach (var block in document.Blocks)
        {
            var parts = block.Path.Parts;
            if (block.Kind == BlockKind.Heading && block.Label.IsNone && parts.Count > 1)
            {
                headingTexts.Add((parts.Count - 1, parts[^1]));
            }

            keys[block.Index] = block switch
            {
                { Kind: BlockKind.Footnote } => "footnote/" + block.Label.Anchor,
                { Kind: BlockKind.Title } => "title/" + (parts.Count > 0 ? parts[0] : string.Empty),
                { Kind: BlockKind.Heading, Label.IsNone: true } when parts.Count == 1 => "section/" + parts[0],
                { Label.IsNone: false } => string.Join('/', parts.Where((p, depth) => depth == 0 || !headingTexts.Contains((depth, p)))),
                _ => string.Empty,
            };
        }

        return keys;
    }
}
