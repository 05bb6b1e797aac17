using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>
/// One thing a person does to an alignment. Applied to a state it gives the new state, the bead after which the
/// aligner should look again (the edit's last fixed bead), and a sentence that says what was done.
/// </summary>
internal abstract record ReviewEdit
{
    /// <summary>Applies the edit.</summary>
    /// <exception cref="EditRefusedException">The edit does not fit the state (a bead that is not there, sentences that are not neighbours).</exception>
    public abstract EditOutcome Apply(ReviewState state);

    protected static string Number(int bead) => (bead + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static string Name(DocumentSide side) => side == DocumentSide.Source ? "source" : "target";
}

/// <summary>What an edit did.</summary>
/// <param name="State">The state after the edit, before re-alignment.</param>
/// <param name="RealignAfter">The edit's last fixed bead: the beads after it are aligned again; null when nothing after it depends on the edit.</param>
/// <param name="Description">What was done, for the page.</param>
internal sealed record EditOutcome(ReviewState State, int? RealignAfter, string Description);

/// <summary>Merges a bead with the one after it (a merge with the previous bead is the previous bead's merge with the next).</summary>
internal sealed record MergeWithNext(int Bead) : ReviewEdit
{
    public override EditOutcome Apply(ReviewState state)
    {
        var (first, second) = (state.Bead(Bead), state.Bead(Bead + 1));
        var target = Joined(first.Target, second.Target)
            ?? throw new EditRefusedException($"The target sentences of beads {Number(Bead)} and {Number(Bead + 1)} are not next to each other (one of them was paired out of order); pair them one by one instead.");
        var merged = ReviewBead.Made(new SentenceSpan(first.Source.Start, first.Source.Count + second.Source.Count), target);
        return new EditOutcome(state.Splice(Bead, 2, [merged]), Bead, $"Merged beads {Number(Bead)} and {Number(Bead + 1)}.");
    }

    private static SentenceSpan? Joined(SentenceSpan a, SentenceSpan b) =>
        a.IsEmpty ? b
        : b.IsEmpty ? a
        : a.End == b.Start ? new SentenceSpan(a.Start, a.Count + b.Count)
        : b.End == a.Start ? new SentenceSpan(b.Start, a.Count + b.Count)
        : null;
}

/// <summary>
/// Moves a sentence at the edge of its bead into the neighbouring bead (the first one to the bead before, the last one
/// to the bead after): how a bead is split, and how a sentence that the aligner put one bead off is put back.
/// </summary>
/// <param name="Sentence">The sentence to move.</param>
/// <param name="Forward">True to move it into the next bead, false into the previous one.</param>
internal sealed record MoveSentence(SentenceRef Sentence, bool Forward) : ReviewEdit
{
    public override EditOutcome Apply(ReviewState state)
    {
        var from = state.BeadOf(Sentence);
        var to = Forward ? from + 1 : from - 1;
        var direction = Forward ? "next" : "previous";
        if (to < 0 || to >= state.Beads.Length)
        {
            throw new EditRefusedException($"Bead {Number(from)} has no {direction} bead to move the sentence into.");
        }

        var side = Sentence.Side;
        var (donor, receiver) = (state.Beads[from], state.Beads[to]);
        var span = donor.Side(side);
        var x = Sentence.Index;
        if (x != (Forward ? span.End - 1 : span.Start))
        {
            throw new EditRefusedException($"Only the {(Forward ? "last" : "first")} {Name(side)} sentence of bead {Number(from)} can move to the {direction} bead; move the ones {(Forward ? "after" : "before")} it first.");
        }

        var theirs = receiver.Side(side);
        var adjacent = theirs.IsEmpty || (Forward ? theirs.Start == x + 1 : theirs.End == x);
        if (!adjacent)
        {
            throw new EditRefusedException($"The {Name(side)} sentences of bead {Number(to)} do not follow on from this one (they were paired out of order).");
        }

        var grown = theirs.IsEmpty ? new SentenceSpan(x, 1) : Forward ? new SentenceSpan(x, theirs.Count + 1) : new SentenceSpan(theirs.Start, theirs.Count + 1);
        var shrunk = Forward ? new SentenceSpan(span.Start, span.Count - 1) : new SentenceSpan(x + 1, span.Count - 1);
        var newReceiver = ReviewBead.Made(receiver.Source, receiver.Target).With(side, grown);
        var newDonor = ReviewBead.Made(donor.Source, donor.Target).With(side, shrunk);
        var keepDonor = !(newDonor.Source.IsEmpty && newDonor.Target.IsEmpty);
        ReviewBead[] pair = Forward
            ? keepDonor ? [newDonor, newReceiver] : [newReceiver]
            : keepDonor ? [newReceiver, newDonor] : [newReceiver];
        var at = Math.Min(from, to);
        var description = $"Moved {Name(side)} sentence {x + 1} from bead {Number(from)} to bead {Number(to)}"
            + (keepDonor ? "." : $", which leaves bead {Number(from)} empty: it is gone.");
        return new EditOutcome(state.Splice(at, 2, pair), at + pair.Length - 1, description);
    }
}

/// <summary>
/// Takes a sentence out of its bead as one without counterpart (an omission or an addition). The rest of the bead is
/// not a person's decision: when it comes after the new unpaired bead, it is aligned again with what follows.
/// </summary>
internal sealed record MarkUnpaired(SentenceRef Sentence) : ReviewEdit
{
    public override EditOutcome Apply(ReviewState state)
    {
        var index = state.BeadOf(Sentence);
        var bead = state.Beads[index];
        var side = Sentence.Side;
        var other = side == DocumentSide.Source ? DocumentSide.Target : DocumentSide.Source;
        var span = bead.Side(side);
        var x = Sentence.Index;
        if (bead.Side(other).IsEmpty && span.Count == 1)
        {
            throw new EditRefusedException($"The {Name(side)} sentence {x + 1} is already unpaired.");
        }

        var first = x == span.Start;
        if (!first && x != span.End - 1)
        {
            throw new EditRefusedException($"Only the first or last {Name(side)} sentence of bead {Number(index)} can be taken out; move the others out first.");
        }

        var remaining = first ? new SentenceSpan(x + 1, span.Count - 1) : new SentenceSpan(span.Start, span.Count - 1);
        var rest = bead.With(side, remaining) with { Status = BeadStatus.Aligned };

        // The empty side of the new bead sits where the rest of the bead is, so the sides keep their order.
        var otherSpan = bead.Side(other);
        var emptyAt = first ? otherSpan.Start : otherSpan.End;
        var alone = side == DocumentSide.Source
            ? ReviewBead.Made(new SentenceSpan(x, 1), new SentenceSpan(emptyAt, 0))
            : ReviewBead.Made(new SentenceSpan(emptyAt, 0), new SentenceSpan(x, 1));
        var keepRest = !(rest.Source.IsEmpty && rest.Target.IsEmpty);
        ReviewBead[] beads = first ? (keepRest ? [alone, rest] : [alone]) : (keepRest ? [rest, alone] : [alone]);
        var aloneAt = index + Array.IndexOf(beads, alone);
        return new EditOutcome(state.Splice(index, 1, beads), aloneAt, $"Marked {Name(side)} sentence {x + 1} as unpaired.");
    }
}

/// <summary>Pairs two unpaired beads, one with source sentences only and one with target sentences only, wherever they are.</summary>
internal sealed record PairUnpaired(int First, int Second) : ReviewEdit
{
    public override EditOutcome Apply(ReviewState state)
    {
        var (a, b) = (state.Bead(First), state.Bead(Second));
        var (sourceAt, targetAt) = a.Target.IsEmpty && b.Source.IsEmpty ? (First, Second)
            : b.Target.IsEmpty && a.Source.IsEmpty ? (Second, First)
            : throw new EditRefusedException($"Beads {Number(First)} and {Number(Second)} cannot be paired: one must have only source sentences and the other only target sentences.");
        if (state.Beads[sourceAt].Source.IsEmpty || state.Beads[targetAt].Target.IsEmpty)
        {
            throw new EditRefusedException("There is nothing to pair: a bead is empty.");
        }

        var paired = ReviewBead.Made(state.Beads[sourceAt].Source, state.Beads[targetAt].Target);
        var beads = state.Beads.SetItem(sourceAt, paired).RemoveAt(targetAt);
        var at = targetAt < sourceAt ? sourceAt - 1 : sourceAt;
        return new EditOutcome(state with { Beads = beads }, at, $"Paired beads {Number(First)} and {Number(Second)} as bead {Number(at)}.");
    }
}

/// <summary>Confirms a bead as the aligner made it, or takes a confirmation back.</summary>
internal sealed record ToggleConfirmed(int Bead) : ReviewEdit
{
    public override EditOutcome Apply(ReviewState state)
    {
        var bead = state.Bead(Bead);
        return bead.Status switch
        {
            BeadStatus.Aligned => new EditOutcome(state.Splice(Bead, 1, [bead with { Status = BeadStatus.Confirmed }]), null, $"Confirmed bead {Number(Bead)}."),
            BeadStatus.Confirmed => new EditOutcome(state.Splice(Bead, 1, [bead with { Status = BeadStatus.Aligned }]), null, $"Bead {Number(Bead)} is no longer confirmed."),
            _ => throw new EditRefusedException($"Bead {Number(Bead)} is yours already: an edited bead counts as confirmed."),
        };
    }
}

/// <summary>Mends a sentence's text (extraction damage, a broken character); the original stays in the input file.</summary>
internal sealed record EditText(SentenceRef Sentence, string Text, string Original) : ReviewEdit
{
    public override EditOutcome Apply(ReviewState state)
    {
        var text = Text.Trim();
        if (text.Length == 0)
        {
            throw new EditRefusedException("A sentence cannot be emptied; mark it unpaired or merge its bead instead.");
        }

        var index = state.BeadOf(Sentence);
        var texts = text == Original ? state.Texts.Remove(Sentence) : state.Texts.SetItem(Sentence, text);
        var bead = state.Beads[index];
        var edited = state.Splice(index, 1, [bead with { Confidence = 1.0, Status = BeadStatus.Edited }]) with { Texts = texts };
        return new EditOutcome(edited, index, $"Edited the text of {Name(Sentence.Side)} sentence {Sentence.Index + 1}.");
    }
}
