using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Reliability.Fuzzing;

/// <summary>What must hold for every document, segmentation and alignment, whatever the input was.</summary>
internal static class Invariants
{
    /// <summary>
    /// Every character of every block maps back into the original: to the same character, or, for a space the reader
    /// put in, to whitespace or a line break, or, for a footnote marker an extractor flattened, to its plain digit. Each
    /// character of a block lies within the block's source span; no character of the original feeds two characters,
    /// two blocks, nor a block and a removed line. Blocks start in the order of the text (a paragraph continued after a
    /// footnote still starts before it). Within a block the characters need not come from increasing offsets: the
    /// reader puts back text an extractor printed out of reading order.
    /// </summary>
    public static void OfDocument(Document document, string original)
    {
        var blockStart = -1;
        Check(ReferenceEquals(document.Text, original) || document.Text == original, "the document's text is not the text read");
        var used = new bool[original.Length];
        foreach (var removed in document.RemovedLines)
        {
            Check(removed.Source.Start >= 0 && removed.Source.End <= original.Length, $"removed line {removed.Source} lies outside the text");
            Check(original.AsSpan(removed.Source.Start, removed.Source.Length).SequenceEqual(removed.Text), $"removed line {removed.Source} is not the text at its span");
            used.AsSpan(removed.Source.Start, removed.Source.Length).Fill(true);
        }

        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            Check(block.Index == b, $"block {b} carries index {block.Index}");
            Check(block.Source.Start >= 0 && block.Source.End <= original.Length, $"block {b}'s source {block.Source} lies outside the text");
            Check(block.Source.Start > blockStart, $"block {b} starts at {block.Source.Start}, not after block {b - 1} at {blockStart}");
            blockStart = block.Source.Start;
            for (var i = 0; i < block.Text.Length; i++)
            {
                var offset = block.SourceOffsetOf(i);
                if (offset < 0 || offset >= original.Length || !block.Source.Contains(new TextSpan(offset, 1)))
                {
                    throw new InvariantException($"block {b}, character {i} maps to {offset}, in a block spanning {block.Source} of {original.Length}");
                }

                var written = original[offset];
                // A tab between a table row's cells stands for the run of spaces it replaces, as a space does.
                var mapsBack = block.Text[i] is ' ' or '\t' ? char.IsWhiteSpace(written) || written is '\uFEFF' or '\u200B' || written == ' '
                    : written == block.Text[i] || IsRestoredMarker(block.Text[i], written);
                if (!mapsBack || used[offset])
                {
                    throw new InvariantException($"block {b}, character {i} ('{block.Text[i]}') maps to offset {offset} ('{written}'){(used[offset] ? ", which another block or a removed line already uses" : string.Empty)}");
                }

                used[offset] = true;
            }
        }
    }

    /// <summary>
    /// Sentences are non-empty, trimmed pieces of their block in order, without overlap, and their source spans are
    /// their block's mapping of them: from the lowest to the highest offset of the sentence's own characters (its first
    /// and last ones unless the reader put text back in reading order), so beginning and ending on text, not whitespace.
    /// </summary>
    public static void OfSegmentation(SegmentedDocument segmented)
    {
        var document = segmented.Document;
        var original = document.Text;
        var end = -1;
        var block = -1;
        for (var s = 0; s < segmented.Sentences.Count; s++)
        {
            var sentence = segmented.Sentences[s];
            Check(sentence.Index == s, $"sentence {s} carries index {sentence.Index}");
            Check(sentence.BlockIndex >= block && sentence.BlockIndex < document.Blocks.Count, $"sentence {s} names block {sentence.BlockIndex} after block {block}");
            if (sentence.BlockIndex != block)
            {
                (block, end) = (sentence.BlockIndex, 0);
            }

            var text = document.Blocks[block].Text;
            var inBlock = sentence.InBlock;
            Check(inBlock.Start >= end && inBlock.Length > 0 && inBlock.End <= text.Length, $"sentence {s} spans {inBlock} of a {text.Length}-character block, after {end}");
            Check(text.AsSpan(inBlock.Start, inBlock.Length).SequenceEqual(sentence.Text), $"sentence {s} is not the block text at {inBlock}");
            Check(!char.IsWhiteSpace(sentence.Text[0]) && !char.IsWhiteSpace(sentence.Text[^1]), $"sentence {s} is not trimmed: '{sentence.Text}'");
            var source = sentence.Source;
            Check(source == document.Blocks[block].MapToSource(inBlock), $"sentence {s}'s source {source} is not its block's mapping of {inBlock}");
            Check(source.Start >= 0 && source.End <= original.Length, $"sentence {s}'s source {source} lies outside the text");
            var (lowest, highest) = (int.MaxValue, int.MinValue);
            for (var i = inBlock.Start; i < inBlock.End; i++)
            {
                (lowest, highest) = (Math.Min(lowest, document.Blocks[block].SourceOffsetOf(i)), Math.Max(highest, document.Blocks[block].SourceOffsetOf(i)));
            }

            Check(source == TextSpan.FromBounds(lowest, highest + 1), $"sentence {s}'s source {source} does not run from the lowest to the highest offset of its characters, [{lowest}..{highest}]");
            Check(!char.IsWhiteSpace(original[source.Start]) && !char.IsWhiteSpace(original[source.End - 1]), $"sentence {s}'s source {source} does not start and end on text");
            end = inBlock.End;
        }
    }

    /// <summary>
    /// The beads run through the source in order and cover each source sentence exactly once; they cover each target
    /// sentence exactly once; no bead is empty on both sides; confidences are in [0, 1]; each pair's sides are the
    /// text and offsets of their sentences.
    /// </summary>
    public static void OfBitext(Bitext bitext)
    {
        var next = 0;
        var covered = new bool[bitext.Target.Sentences.Count];
        foreach (var bead in bitext.Beads)
        {
            Check(bead.Source.Start == next && bead.Source.Count >= 0 && bead.Target.Count >= 0, $"bead {bead} does not continue the source at sentence {next}");
            Check(!(bead.Source.IsEmpty && bead.Target.IsEmpty), $"bead {bead} is empty on both sides");
            Check(bead.Confidence is >= 0 and <= 1, $"bead {bead} has confidence {bead.Confidence}");
            foreach (var t in bead.Target.Indices)
            {
                Check(t >= 0 && t < covered.Length && !covered[t], $"bead {bead} names target sentence {t} out of range or again");
                covered[t] = true;
            }

            next = bead.Source.End;
        }

        Check(next == bitext.Source.Sentences.Count, $"the beads end at source sentence {next} of {bitext.Source.Sentences.Count}");
        Check(Array.TrueForAll(covered, c => c), $"the beads leave target sentence {Array.IndexOf(covered, false)} out");
        foreach (var pair in bitext.Pairs)
        {
            Side(pair.Source, bitext.Source, pair.Bead.Source);
            Side(pair.Target, bitext.Target, pair.Bead.Target);
        }
    }

    private static void Side(Side side, SegmentedDocument document, SentenceSpan span)
    {
        Check(side.Sentences == span && side.Text == document.TextOf(span), $"side {span} does not carry its sentences' text");
        var offsets = side.Offsets;
        Check(offsets.Start >= 0 && offsets.End <= document.Document.Text.Length && (offsets.Length == 0 || !span.IsEmpty), $"side {span}'s offsets {offsets} do not fit its sentences");
    }

    private static bool IsRestoredMarker(char read, char written) => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(read) is var digit and >= 0 && written == (char)('0' + digit);

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}
