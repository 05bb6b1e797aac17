using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The entries of a <see cref="Lexicon"/> in a few flat arrays: every Chinese term and every gloss is a stretch of
/// one string, so that CC-CEDICT's hundred and fifty thousand terms cost a few arrays instead of a few hundred
/// thousand objects (which took a third of a second of a command's start-up to make and collect). Terms keep the
/// order they were first added in; <see cref="Sorted"/> gives them in ordinal order. Immutable and thread-safe.
/// </summary>
internal sealed class TermTable
{
    private readonly string text;
    private readonly int[] termStart;
    private readonly int[] termLength;

    // A term's glosses are list termList[t]: glosses listStart[l] to listStart[l + 1] - 1, each a stretch of text.
    // Terms written in both scripts (simplified and traditional) share a list.
    private readonly int[] termList;
    private readonly int[] listStart;
    private readonly int[] glossStart;
    private readonly int[] glossLength;
    private readonly int[] sorted;

    // A list's glosses as strings, made on first request: most of a dictionary is never asked for.
    private readonly string[]?[] glossStrings;

    private TermTable(string text, int[] termStart, int[] termLength, int[] termList, int[] listStart, int[] glossStart, int[] glossLength, int[] sorted)
    {
        (this.text, this.termStart, this.termLength, this.termList) = (text, termStart, termLength, termList);
        (this.listStart, this.glossStart, this.glossLength, this.sorted) = (listStart, glossStart, glossLength, sorted);
        glossStrings = new string[]?[listStart.Length - 1];
    }

    public static TermTable Empty { get; } = new(string.Empty, [], [], [], [0], [], [], []);

    /// <summary>
    /// A table made of arrays already laid out as this class keeps them (<see cref="LexiconFile"/> reads them so): each
    /// term's start, length and gloss list, each list's first gloss (and one past the last list's last), each gloss's
    /// start and length, and the terms' indices in ordinal order.
    /// </summary>
    public static TermTable Of(string text, int[] termStart, int[] termLength, int[] termList, int[] listStart, int[] glossStart, int[] glossLength, int[] sorted) =>
        new(text, termStart, termLength, termList, listStart, glossStart, glossLength, sorted);

    public int Count => termStart.Length;

    /// <summary>The terms' indices in ordinal order of the terms.</summary>
    public ReadOnlySpan<int> Sorted => sorted;

    public ReadOnlySpan<char> Term(int term) => text.AsSpan(termStart[term], termLength[term]);

    public int TermLength(int term) => termLength[term];

    /// <summary>Where term <paramref name="term"/> starts in <see cref="Text"/>.</summary>
    public int TermStart(int term) => termStart[term];

    /// <summary>The text the terms and glosses are stretches of.</summary>
    public string Text => text;

    /// <summary>The glosses of term <paramref name="term"/>, in the order they were added; the same array on every call.</summary>
    public string[] Glosses(int term)
    {
        var list = termList[term];
        if (Volatile.Read(ref glossStrings[list]) is { } made)
        {
            return made;
        }

        var glosses = new string[listStart[list + 1] - listStart[list]];
        for (var i = 0; i < glosses.Length; i++)
        {
            var gloss = listStart[list] + i;
            glosses[i] = text.Substring(glossStart[gloss], glossLength[gloss]);
        }

        // Two threads may both make the array; either one is right.
        Volatile.Write(ref glossStrings[list], glosses);
        return glosses;
    }

    /// <summary>The index of <paramref name="term"/>, or -1 when the table does not hold it.</summary>
    public int Find(ReadOnlySpan<char> term)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var order = Term(sorted[middle]).SequenceCompareTo(term);
            if (order == 0)
            {
                return sorted[middle];
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle);
        }

        return -1;
    }

    /// <summary>A table of <paramref name="translations"/>, terms in the dictionary's order, each with its own glosses.</summary>
    public static TermTable From(Dictionary<string, List<string>> translations)
    {
        var builder = new Builder(translations.Count);
        var text = new System.Text.StringBuilder();
        foreach (var (term, glosses) in translations)
        {
            builder.AddTerm(text.Length, term.Length, builder.Lists, simplified: true);
            text.Append(term);
            foreach (var gloss in glosses)
            {
                builder.AddGloss(text.Length, gloss.Length);
                text.Append(gloss);
            }

            builder.EndList();
        }

        return builder.Build(text.ToString());
    }

    /// <summary>
    /// Reads the text form of the Alignment.Lexicon.CcCedict package's dictionary (<c>cc-cedict.tsv.gz</c>, kept
    /// readable in the repository; the package ships <see cref="LexiconFile"/>'s form of it): one line per headword, the simplified
    /// form, a tab, the traditional forms (comma-separated), a tab, the glosses separated by '/'; lines of another
    /// shape are skipped. A simplified form stands for the last line that gives it; a traditional form that is no
    /// line's simplified form, for the first line that gives it.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    public static TermTable ReadCompact(string text)
    {
        var builder = new Builder(text.Length / 16);
        var span = text.AsSpan();
        var start = span.Length > 0 && span[0] == '\uFEFF' ? 1 : 0;
        while (start < span.Length)
        {
            var end = span[start..].IndexOfAny('\r', '\n') is var n and >= 0 ? start + n : span.Length;
            var line = span[start..end];
            var firstTab = line.IndexOf('\t');
            var secondTab = firstTab < 0 ? -1 : line[(firstTab + 1)..].IndexOf('\t') is var t and >= 0 ? firstTab + 1 + t : -1;
            if (secondTab >= 0 && !line[(secondTab + 1)..].Contains('\t'))
            {
                var list = builder.Lists;
                builder.AddTerm(start, firstTab, list, simplified: true);
                AddParts(builder, line, start, firstTab + 1, secondTab, ',', list);
                AddParts(builder, line, start, secondTab + 1, line.Length, '/', list: -1);
                builder.EndList();
            }

            start = end + 1;
        }

        return builder.Build(text);

        // The non-empty parts of line[from..to] between separators: traditional terms of the list, or glosses (list -1).
        static void AddParts(Builder builder, ReadOnlySpan<char> line, int lineStart, int from, int to, char separator, int list)
        {
            while (from < to)
            {
                var end = line[from..to].IndexOf(separator) is var n and >= 0 ? from + n : to;
                if (end > from)
                {
                    if (list >= 0)
                    {
                        builder.AddTerm(lineStart + from, end - from, list, simplified: false);
                    }
                    else
                    {
                        builder.AddGloss(lineStart + from, end - from);
                    }
                }

                from = end + 1;
            }
        }
    }

    /// <summary>
    /// Collects terms as they are added (the same term possibly more than once) and glosses list by list, then keeps
    /// each term once: the first place it was added, the list of its last simplified addition or else its first.
    /// </summary>
    private sealed class Builder(int capacity)
    {
        private readonly List<Added> terms = new(capacity);
        private readonly List<int> listStart = new(capacity) { 0 };
        private readonly List<int> glossStart = new(capacity);
        private readonly List<int> glossLength = new(capacity);

        public int Lists => listStart.Count - 1;

        public void AddTerm(int start, int length, int list, bool simplified)
        {
            if (length > 0)
            {
                terms.Add(new Added(start, length, list, simplified, terms.Count));
            }
        }

        public void AddGloss(int start, int length)
        {
            glossStart.Add(start);
            glossLength.Add(length);
        }

        public void EndList() => listStart.Add(glossStart.Count);

        [MethodImpl(HotLoop.Optimised)]
        public TermTable Build(string text)
        {
            // Ordinal order, and the order of addition among equal terms, so that each term's additions sit together:
            // placed by first character (which keeps the order of addition), then each run of one first character
            // sorted, a few dozen terms instead of all of them at once.
            var runStart = new int[char.MaxValue + 2];
            foreach (var term in terms)
            {
                runStart[text[term.Start] + 1]++;
            }

            for (var c = 1; c < runStart.Length; c++)
            {
                runStart[c] += runStart[c - 1];
            }

            var added = new Added[terms.Count];
            var placed = runStart.AsSpan(0, char.MaxValue + 1).ToArray();
            foreach (var term in terms)
            {
                added[placed[text[term.Start]]++] = term;
            }

            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (runStart[c + 1] - runStart[c] > 1)
                {
                    added.AsSpan(runStart[c], runStart[c + 1] - runStart[c]).Sort(new ByTerm(text));
                }
            }

            // Each distinct term, its list, and its place in the table: terms keep the order of their first addition.
            var firstOf = new int[added.Length];
            var listOf = new int[added.Length];
            var isFirst = new bool[added.Length];
            var distinct = 0;
            for (var i = 0; i < added.Length;)
            {
                var end = i + 1;
                while (end < added.Length && Span(text, added[end]).SequenceEqual(Span(text, added[i])))
                {
                    end++;
                }

                var list = added[i].List;
                for (var j = i; j < end; j++)
                {
                    list = added[j].Simplified ? added[j].List : list;
                }

                firstOf[distinct] = added[i].Order;
                listOf[added[i].Order] = list;
                isFirst[added[i].Order] = true;
                distinct++;
                i = end;
            }

            var place = new int[added.Length];
            var (termStart, termLength, termList) = (new int[distinct], new int[distinct], new int[distinct]);
            var next = 0;
            foreach (var term in terms)
            {
                if (isFirst[term.Order])
                {
                    (termStart[next], termLength[next], termList[next]) = (term.Start, term.Length, listOf[term.Order]);
                    place[term.Order] = next++;
                }
            }

            var sorted = new int[distinct];
            for (var i = 0; i < distinct; i++)
            {
                sorted[i] = place[firstOf[i]];
            }

            return new TermTable(text, termStart, termLength, termList, [.. listStart], [.. glossStart], [.. glossLength], sorted);
        }

        private static ReadOnlySpan<char> Span(string text, Added term) => text.AsSpan(term.Start, term.Length);

        private readonly record struct Added(int Start, int Length, int List, bool Simplified, int Order);

        private readonly struct ByTerm(string text) : IComparer<Added>
        {
            public int Compare(Added x, Added y) =>
                Span(text, x).SequenceCompareTo(Span(text, y)) is var order and not 0 ? order : x.Order.CompareTo(y.Order);
        }
    }
}
