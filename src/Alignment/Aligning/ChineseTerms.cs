using System.Runtime.CompilerServices;
using Alignment.Writing;

namespace Alignment.Aligning;

/// <summary>
/// The Chinese terms of a lexicon, numbered in ordinal order, so that running text is searched longest match first
/// and a search from a position stops as soon as no term continues it: the terms that continue the text read so far
/// are a run of the sorted terms, narrowed by one character at a time.
/// </summary>
internal sealed class ChineseTerms
{
    /// <summary>
    /// Terms are one character or more: a character that stands as a word (说, 问, 盐) is dialogue's and narrative's
    /// commonest evidence. A single character counts only where it stands alone: no longer term begins at it (the
    /// search is longest match first) and it does not end a two-character term with the character before it, which a
    /// longer match from further back may have passed by; and never a function character (的, 了, 是).
    /// </summary>
    public const int ShortestTerm = 1;

    private readonly TermTable table;

    // The table's terms of ShortestTerm characters or more, in ordinal order: a term's id is its place here. Where
    // each term is in the table's text, and the run of terms that begin with each character.
    private readonly int[] entries;
    private readonly int[] termStart;
    private readonly int[] termLength;
    private readonly string termText;
    private readonly int[] runStart = new int[char.MaxValue + 2];

    // The run of terms that begin with each pair of characters (the first in the high half of the key): every
    // position of the text asks for one, and two binary searches of the run of its first character, thousands of
    // terms long for the commonest, were most of the search.
    private readonly Dictionary<int, (int Low, int High)> pairRuns = [];

    [MethodImpl(HotLoop.Optimised)]
    public ChineseTerms(TermTable table)
    {
        this.table = table;
        var entries = new List<int>(table.Count);
        foreach (var term in table.Sorted)
        {
            if (table.TermLength(term) > 1 || (Script.IsHan(table.Text[table.TermStart(term)]) && !FunctionWords.IsChineseFunctionCharacter(table.Text[table.TermStart(term)])))
            {
                entries.Add(term);
            }
        }

        this.entries = [.. entries];
        (termStart, termLength, termText) = (new int[this.entries.Length], new int[this.entries.Length], table.Text);
        for (var id = 0; id < this.entries.Length; id++)
        {
            (termStart[id], termLength[id]) = (table.TermStart(this.entries[id]), table.TermLength(this.entries[id]));
            runStart[termText[termStart[id]] + 1]++;
        }

        for (var c = 1; c < runStart.Length; c++)
        {
            runStart[c] += runStart[c - 1];
        }

        // Every term has two characters or more, and terms sharing their first two are neighbours in ordinal order.
        for (var id = 0; id < this.entries.Length; id++)
        {
            var pair = PairKey(termText[termStart[id]], termText[termStart[id] + 1]);
            pairRuns[pair] = pairRuns.TryGetValue(pair, out var run) ? (run.Low, id + 1) : (id, id + 1);
        }
    }

    private static int PairKey(char first, char second) => (first << 16) | second;

    public int Count => entries.Length;

    /// <summary>True when the term with id <paramref name="id"/> is a single character.</summary>
    public bool IsCharacter(int id) => termLength[id] == 1;

    public string Term(int id) => new(table.Term(entries[id]));

    /// <summary>The index in the lexicon's <see cref="TermTable"/> of the term with id <paramref name="id"/>.</summary>
    public int Entry(int id) => entries[id];

    /// <summary>Adds the ids of the terms in <paramref name="text"/> to <paramref name="found"/>, longest match first, left to right.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public void Find(string text, List<int> found)
    {
        for (var i = 0; i < text.Length;)
        {
            var (matched, id) = (0, -1);

            // Terms low to high - 1 all begin with text[i..(i + length - 1)].
            var (low, high) = (runStart[text[i]], runStart[text[i] + 1]);
            for (var length = 1; i + length <= text.Length; length++)
            {
                if (length == 2)
                {
                    (low, high) = pairRuns.GetValueOrDefault(PairKey(text[i], text[i + 1]));
                }
                else if (length > 2)
                {
                    (low, high) = Narrow(low, high, length - 1, text[i + length - 1]);
                }

                if (low == high)
                {
                    break;
                }

                // The candidate itself, if a term, sorts first; the search goes on while a longer term begins with it.
                var isTerm = termLength[low] == length;
                if (isTerm && length >= ShortestTerm)
                {
                    (matched, id) = (length, low);
                }

                if (isTerm && high - low == 1)
                {
                    break;
                }
            }

            if (id >= 0 && (matched > 1 || i == 0 || !EndsTwoCharacterTerm(text[i - 1], text[i])))
            {
                found.Add(id);
            }

            i += Math.Max(matched, 1);
        }
    }

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> together are a term.</summary>
    private bool EndsTwoCharacterTerm(char first, char second)
    {
        var (low, high) = Narrow(runStart[first], runStart[first + 1], 1, second);
        return low < high && termLength[low] == 2;
    }

    /// <summary>
    /// Of terms <paramref name="low"/> to <paramref name="high"/> - 1, which share their first
    /// <paramref name="position"/> characters, those whose next character is <paramref name="next"/>.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private (int Low, int High) Narrow(int low, int high, int position, char next) =>
        (Bound(low, high, position, next, after: false), Bound(low, high, position, next, after: true));

    /// <summary>The first term of the run whose character at <paramref name="position"/> is at or past (or, with <paramref name="after"/>, past) <paramref name="next"/>; a term that ends before it sorts first.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private int Bound(int low, int high, int position, char next, bool after)
    {
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var below = termLength[middle] <= position || (after ? termText[termStart[middle] + position] <= next : termText[termStart[middle] + position] < next);
            (low, high) = below ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
