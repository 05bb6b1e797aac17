using System.Runtime.InteropServices;
using Lucene.Net.Analysis.Cn.Smart;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Cuts one sentence into words the way SmartCn's hidden-Markov segmenter does, and gives the same words: a lattice of
/// every dictionary word (and every single character, letter run, number and delimiter) in the sentence, each link
/// between neighbours weighted by the smoothed word-pair frequency, and the lightest path through it (Viterbi, the first
/// found among equals). SmartCn builds an object, a list and a string for every word and link of the lattice; in the
/// indexer that was nearly a third of the CPU time (perf) and two thirds of what it allocated. This works in buffers it reuses from sentence to
/// sentence, so one instance serves one thread.
/// </summary>
internal sealed class SmartCnSegmenter
{
    // SmartCn's smoothing: the word's own frequency weighs a tenth against the pair's.
    private const double Smoothing = 0.1;

    private static readonly double Tiny = 1.0 / Utility.MAX_FREQUENCE;

    private readonly SmartCnLexicon lexicon;
    private readonly List<LatticeWord> lattice = [];
    private readonly List<char> sentence = [];
    private readonly List<char> characters = [];
    private readonly List<int> firstAt = [];
    private readonly List<double> weights = [];
    private readonly List<int> previous = [];
    private readonly List<int> path = [];
    private readonly int stringFrequency;
    private readonly int numberFrequency;
    private readonly int startFrequency;
    private readonly int endFrequency;

    public SmartCnSegmenter(SmartCnLexicon lexicon)
    {
        this.lexicon = lexicon;
        stringFrequency = lexicon.Count(Utility.STRING_CHAR_ARRAY);
        numberFrequency = lexicon.Count(Utility.NUMBER_CHAR_ARRAY);
        startFrequency = lexicon.Count(Utility.START_CHAR_ARRAY);
        endFrequency = lexicon.Count(Utility.END_CHAR_ARRAY);
    }

    /// <summary>How many words the last sentence segmented has.</summary>
    public int Count => path.Count;

    /// <summary>Segments <paramref name="text"/>, one sentence; its words are then read with <see cref="Word"/>.</summary>
    public void Segment(ReadOnlySpan<char> text)
    {
        // Kept, so that the words can be read after the caller's buffer has moved on.
        sentence.Clear();
        sentence.AddRange(text);
        BuildLattice(Span(sentence));
        FindLightestPath();
    }

    /// <summary>
    /// The <paramref name="index"/>th word of the last sentence: its term, written into <paramref name="term"/> as
    /// SmartCn writes it (Chinese as in the text, spaces inside left out; Latin letters half-width and lower-case;
    /// every delimiter a comma), and where it starts and ends in the sentence.
    /// </summary>
    public (int Start, int End) Word(int index, List<char> term)
    {
        var word = lattice[path[index]];
        term.Clear();
        switch (word.Type)
        {
            case WordType.CHINESE_WORD:
                for (var i = 0; i < word.Length; i++)
                {
                    term.Add(characters[word.First + i]);
                }

                break;
            case WordType.DELIMITER:
                term.AddRange(Utility.COMMON_DELIMITER);
                break;
            default:
                var fullWidth = word.Type is WordType.FULLWIDTH_STRING or WordType.FULLWIDTH_NUMBER;
                var lowerCase = word.Type is WordType.STRING or WordType.FULLWIDTH_STRING or WordType.FULLWIDTH_NUMBER;
                foreach (var original in Span(sentence)[word.Start..word.End])
                {
                    var c = fullWidth && original >= '\uFF10' ? (char)(original - 0xFEE0) : original;
                    term.Add(lowerCase && c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c);
                }

                break;
        }

        return (word.Start, word.End);
    }

    private void BuildLattice(ReadOnlySpan<char> sentence)
    {
        lattice.Clear();
        characters.Clear();
        firstAt.Clear();
        for (var i = 0; i <= sentence.Length; i++)
        {
            firstAt.Add(-1);
        }

        Add(-1, 0, WordType.SENTENCE_BEGIN, startFrequency, Utility.START_CHAR_ARRAY);
        var at = 0;
        while (at < sentence.Length)
        {
            var type = Utility.GetCharType(sentence[at]);
            switch (type)
            {
                case CharType.SPACE_LIKE:
                    at++;
                    break;
                case CharType.HANZI:
                    AddWordsFrom(sentence, at);
                    at++;
                    break;
                case CharType.LETTER or CharType.FULLWIDTH_LETTER:
                    var letters = Run(sentence, at, CharType.LETTER, CharType.FULLWIDTH_LETTER, out var fullWidthLetter);
                    Add(at, letters, fullWidthLetter ? WordType.FULLWIDTH_STRING : WordType.STRING, stringFrequency, Utility.STRING_CHAR_ARRAY);
                    at = letters;
                    break;
                case CharType.DIGIT or CharType.FULLWIDTH_DIGIT:
                    var digits = Run(sentence, at, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, out var fullWidthDigit);
                    Add(at, digits, fullWidthDigit ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER, numberFrequency, Utility.NUMBER_CHAR_ARRAY);
                    at = digits;
                    break;
                case CharType.DELIMITER:
                    // SmartCn gives a delimiter the highest frequency rather than looking it up.
                    Add(at, at + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, sentence.Slice(at, 1));
                    at++;
                    break;
                default:
                    Add(at, at + 1, WordType.STRING, stringFrequency, Utility.STRING_CHAR_ARRAY);
                    at++;
                    break;
            }
        }

        Add(sentence.Length, sentence.Length + 1, WordType.SENTENCE_END, endFrequency, Utility.END_CHAR_ARRAY);
    }

    // Every dictionary word starting at the ideograph at `start`, the ideograph alone first, then by length; spaces
    // between ideographs are skipped, as SmartCn skips them.
    private void AddWordsFrom(ReadOnlySpan<char> sentence, int start)
    {
        var first = characters.Count;
        var node = lexicon.Child(SmartCnLexicon.Root, sentence[start]);
        characters.Add(sentence[start]);
        Add(start, start + 1, WordType.CHINESE_WORD, lexicon.Count(node), first, 1);
        var end = start + 1;
        while (node >= 0)
        {
            var length = characters.Count - first;
            if (length > 1 && lexicon.IsWord(node))
            {
                Add(start, end, WordType.CHINESE_WORD, lexicon.Count(node), first, length);
            }

            while (end < sentence.Length && Utility.GetCharType(sentence[end]) == CharType.SPACE_LIKE)
            {
                end++;
            }

            if (end >= sentence.Length || Utility.GetCharType(sentence[end]) != CharType.HANZI)
            {
                break;
            }

            node = lexicon.Child(node, sentence[end]);
            characters.Add(sentence[end]);
            end++;
        }
    }

    private static int Run(ReadOnlySpan<char> sentence, int start, CharType half, CharType full, out bool fullWidth)
    {
        fullWidth = false;
        var end = start;
        while (end < sentence.Length && Utility.GetCharType(sentence[end]) is var type && (type == half || type == full))
        {
            fullWidth |= type == full;
            end++;
        }

        return end;
    }

    private void Add(int start, int end, WordType type, int frequency, ReadOnlySpan<char> text)
    {
        var first = characters.Count;
        foreach (var c in text)
        {
            characters.Add(c);
        }

        Add(start, end, type, frequency, first, text.Length);
    }

    private void Add(int start, int end, WordType type, int frequency, int first, int length)
    {
        // The sentence start sits before position 0; every other word is filed under where it starts.
        if (start >= 0 && firstAt[start] < 0)
        {
            firstAt[start] = lattice.Count;
        }

        lattice.Add(new LatticeWord(start, end, type, frequency, first, length));
    }

    // Words are numbered by where they start, so every link runs forwards and one pass in order relaxes them all.
    private void FindLightestPath()
    {
        weights.Clear();
        previous.Clear();
        for (var i = 0; i < lattice.Count; i++)
        {
            weights.Add(i == 0 ? 0 : double.MaxValue);
            previous.Add(-1);
        }

        var last = lattice.Count - 1;
        for (var from = 0; from < last; from++)
        {
            var word = lattice[from];
            var next = word.End;
            while (firstAt[next] < 0)
            {
                next++;
            }

            var hash = SmartCnLexicon.PairHash(Characters(word));
            var own = (double)word.Frequency;
            var alone = Smoothing * (1.0 + own) / (Utility.MAX_FREQUENCE + 0.0);

            // Neighbours that make no known pair with this word all weigh the same: one logarithm for them all.
            var unpaired = Weight(alone, own, pair: 0);
            for (var to = firstAt[next]; to < lattice.Count && lattice[to].Start == next; to++)
            {
                var pair = lexicon.PairFrequency(SmartCnLexicon.Hash(hash, Characters(lattice[to])));
                var weight = pair == 0 ? unpaired : Weight(alone, own, pair);
                var through = weights[from] + weight;
                if (through < weights[to])
                {
                    weights[to] = through;
                    previous[to] = from;
                }
            }
        }

        path.Clear();
        for (var word = previous[last]; word > 0; word = previous[word])
        {
            path.Add(word);
        }

        path.Reverse();
    }

    // SmartCn's weight, term for term, so that equal paths stay equal: -log(a P(w) + (1 - a) P(w' | w)), where
    // `alone` is the first term.
    private static double Weight(double alone, double own, int pair) =>
        -Math.Log(alone + ((1.0 - Smoothing) * (((1.0 - Tiny) * pair / (1.0 + own)) + Tiny)));

    private ReadOnlySpan<char> Characters(LatticeWord word) => Span(characters).Slice(word.First, word.Length);

    private static ReadOnlySpan<char> Span(List<char> list) => CollectionsMarshal.AsSpan(list);

    /// <summary>A word of the lattice: where it stands, its kind and frequency, and its characters in the pool.</summary>
    private readonly record struct LatticeWord(int Start, int End, WordType Type, int Frequency, int First, int Length);
}
