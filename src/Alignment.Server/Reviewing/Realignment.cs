using System.Collections.Immutable;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>
/// Aligns again the beads that depend on an edit: the run of aligned (not fixed) beads right after it, up to the next
/// bead a person confirmed or made. The stretch goes through the aligner as two excerpts of the documents, with their
/// blocks, so paragraph numbers and headings still anchor it. Only the beads up to the first place where the new
/// alignment meets the old one are taken: from there on the old alignment did not depend on the edit, and a person may
/// already have looked at it.
/// </summary>
internal static class Realignment
{
    /// <summary>The state with the beads after <paramref name="after"/> aligned again, and how many beads changed.</summary>
    public static (ReviewState State, int Changed) After(int after, ReviewState state, SegmentedDocument source, SegmentedDocument target, IAligner aligner)
    {
        var start = after + 1;
        var end = start;
        while (end < state.Beads.Length && !state.Beads[end].IsFixed)
        {
            end++;
        }

        var old = state.Beads[start..end];
        var sources = old.SelectMany(b => b.Source.Indices).ToArray();
        var targets = old.SelectMany(b => b.Target.Indices).Order().ToArray();
        if (sources.Length == 0 || targets.Length == 0)
        {
            return (state, 0);
        }

        var aligned = aligner.Align(Excerpt(source, sources), Excerpt(target, targets));
        var fresh = new List<ReviewBead>(aligned.Beads.Count);
        foreach (var bead in aligned.Beads)
        {
            if (Global(bead.Source, sources) is not { } s || Global(bead.Target, targets) is not { } t)
            {
                // The excerpt joined sentences that are not neighbours in the document (one was paired out of order).
                return (state, 0);
            }

            fresh.Add(new ReviewBead(s, t, Math.Round(bead.Confidence, 3), BeadStatus.Aligned));
        }

        var (taken, kept) = FirstMeeting(fresh, old);
        var replacement = fresh.Take(taken).Select((bead, i) => i < old.Length && old[i].SameSentencesAs(bead) ? old[i] : bead).ToList();
        var changed = replacement.Where((bead, i) => i >= old.Length || !ReferenceEquals(bead, old[i])).Count();
        return (state.Splice(start, kept, replacement), changed);
    }

    /// <summary>
    /// The first place, after at least one bead of each, where the new and the old beads have used up the same source
    /// sentences and the same target sentences: how many new beads lead there, and how many old ones. When they never
    /// meet before the end, all of both.
    /// </summary>
    private static (int Fresh, int Old) FirstMeeting(List<ReviewBead> fresh, ImmutableArray<ReviewBead> old)
    {
        var oldPlaces = new Dictionary<(int, int, long), int>();
        foreach (var (place, count) in Places(old))
        {
            oldPlaces.TryAdd(place, count);
        }

        foreach (var (place, count) in Places(fresh))
        {
            if (oldPlaces.TryGetValue(place, out var oldCount))
            {
                return (count, oldCount);
            }
        }

        return (fresh.Count, old.Length);
    }

    /// <summary>
    /// After each bead: the source sentences used, the target sentences used and a digest of which ones (targets may be
    /// paired out of order), with the number of beads so far.
    /// </summary>
    private static IEnumerable<((int, int, long) Place, int Count)> Places(IReadOnlyList<ReviewBead> beads)
    {
        var (sources, targets, digest) = (0, 0, 0L);
        for (var i = 0; i < beads.Count; i++)
        {
            sources += beads[i].Source.Count;
            targets += beads[i].Target.Count;
            foreach (var t in beads[i].Target.Indices)
            {
                digest += Spread(t);
            }

            yield return ((sources, targets, digest), i + 1);
        }
    }

    /// <summary>A well-mixed 64-bit value per sentence, so that a sum tells sets apart (SplitMix64's finaliser).</summary>
    private static long Spread(int index)
    {
        var z = unchecked((ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((long)(z ^ (z >> 31)));
    }

    /// <summary>The span of the document that a span of the excerpt stands for, or null when it is not contiguous there.</summary>
    private static SentenceSpan? Global(SentenceSpan local, int[] indices)
    {
        if (local.IsEmpty)
        {
            return new SentenceSpan(local.Start < indices.Length ? indices[local.Start] : indices[^1] + 1, 0);
        }

        var first = indices[local.Start];
        return indices[local.End - 1] - first == local.Count - 1 ? new SentenceSpan(first, local.Count) : null;
    }

    /// <summary>
    /// The given sentences of a document as a document of their own, with the blocks they belong to, so that the aligner
    /// sees the same labels, paths and block boundaries as in the whole document.
    /// </summary>
    private static SegmentedDocument Excerpt(SegmentedDocument document, int[] indices)
    {
        var blocks = new List<Block>();
        var sentences = new List<Sentence>(indices.Length);
        var blockOf = new Dictionary<int, int>();
        foreach (var i in indices)
        {
            var sentence = document.Sentences[i];
            if (!blockOf.TryGetValue(sentence.BlockIndex, out var local))
            {
                var block = document.Document.Blocks[sentence.BlockIndex];
                local = blocks.Count;
                blockOf.Add(sentence.BlockIndex, local);
                var textStart = block.Text.Length > 0 ? block.SourceOffsetOf(0) : block.Source.Start;
                blocks.Add(new Block(local, block.Kind, block.Label, block.Path, block.Text, block.Source, textStart));
            }

            sentences.Add(sentence with { Index = sentences.Count, BlockIndex = local });
        }

        var excerpt = new Document(document.Document.Name, document.Language, document.Document.Text, blocks, []);
        return new SegmentedDocument(excerpt, sentences);
    }
}
