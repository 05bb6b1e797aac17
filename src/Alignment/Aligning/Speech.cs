using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Whether a sentence is a turn of dialogue (one quotation from its first character to its last: <c>“能修吗？”</c>),
/// narration (no quotation mark at all), or both (<c>她愣了一下：“为什么？”</c>). Fiction gives every turn a paragraph
/// of its own; a translator splits a turn at its speech tag or joins narration to it, but does not pour two turns
/// into one sentence or a turn into narration. Presegmented input has no paragraphs to say so: this does.
/// </summary>
internal enum Speech : byte
{
    /// <summary>Straight quotes (") or nothing known: no evidence either way.</summary>
    Unknown,

    /// <summary>No quotation mark.</summary>
    Narration,

    /// <summary>One quotation, the whole sentence.</summary>
    Turn,

    /// <summary>Quoted speech and narration, or several quotations.</summary>
    Mixed,
}

/// <summary>Reads <see cref="Speech"/> from a sentence and compares the sentences of a candidate bead's two sides.</summary>
internal static class SpeechTurns
{
    /// <summary>The kind of <paramref name="text"/>: 「『“ open, 」』” close (‘ ’ are not counted, being apostrophes too).</summary>
    [MethodImpl(HotLoop.Optimised)]
    public static Speech Of(string text)
    {
        var span = text.AsSpan().Trim();
        var (depth, marks, closedEarly) = (0, 0, false);
        for (var i = 0; i < span.Length; i++)
        {
            switch (span[i])
            {
                case '"':
                    return Speech.Unknown;
                case '「' or '『' or '“':
                    (depth, marks) = (depth + 1, marks + 1);
                    break;
                case '」' or '』' or '”':
                    (depth, marks) = (depth - 1, marks + 1);
                    closedEarly |= depth <= 0 && i < span.Length - 1;
                    break;
            }
        }

        if (marks == 0)
        {
            return Speech.Narration;
        }

        return span[0] is '「' or '『' or '“' && span[^1] is '」' or '』' or '”' && depth == 0 && !closedEarly ? Speech.Turn : Speech.Mixed;
    }

    /// <summary>
    /// Whether a bead of more than one sentence on a side pairs dialogue with what cannot translate it: a turn on one
    /// side with nothing but narration on the other, a side of turns alone with narration on the other, or two turns
    /// or more with fewer sentences that quote anything. No sentence of any hand-checked pair's gold bead does.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    public static bool Mismatched(ReadOnlySpan<Speech> source, ReadOnlySpan<Speech> target) =>
        OneWay(source, target) || OneWay(target, source);

    [MethodImpl(HotLoop.Optimised)]
    private static bool OneWay(ReadOnlySpan<Speech> side, ReadOnlySpan<Speech> other)
    {
        var (turns, narration) = Count(side);
        var (otherTurns, otherNarration) = Count(other);
        if (turns < 0 || otherTurns < 0 || turns == 0)
        {
            return false;
        }

        var otherQuoting = other.Length - otherNarration;
        return otherNarration == other.Length
            || (turns == side.Length && otherNarration > 0)
            || (turns >= 2 && otherQuoting < turns);
    }

    /// <summary>The turns and narration sentences of a side; turns -1 when any is <see cref="Speech.Unknown"/>.</summary>
    private static (int Turns, int Narration) Count(ReadOnlySpan<Speech> side)
    {
        var (turns, narration) = (0, 0);
        foreach (var kind in side)
        {
            switch (kind)
            {
                case Speech.Unknown:
                    return (-1, 0);
                case Speech.Turn:
                    turns++;
                    break;
                case Speech.Narration:
                    narration++;
                    break;
            }
        }

        return (turns, narration);
    }
}
