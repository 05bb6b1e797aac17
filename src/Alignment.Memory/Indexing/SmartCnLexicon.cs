using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart;

namespace Alignment.Memory.Indexing;

/// <summary>
/// SmartCn's word and word-pair dictionaries, read once from the package and laid out for <see cref="SmartCnSegmenter"/>:
/// the words as a character trie, so that extending a word by a character is one lookup, and the word pairs by their
/// hash, so that scoring a pair of lattice words needs no string. SmartCn keeps both dictionaries internal; they are
/// read by field name from its loaded instances. A SmartCn that keeps them otherwise than the version pinned in
/// Directory.Packages.props (an application may reference a newer one) lends none, and words are then left to SmartCn's
/// own search: slower, never different. Loading checks itself: the dictionaries must be readable and must segment a
/// few sentences exactly as SmartCn does, or they are not used (<see cref="Unavailable"/> says why). See
/// docs/chinese-words.md.
/// </summary>
internal sealed class SmartCnLexicon
{
    /// <summary>The node of the empty prefix.</summary>
    public const int Root = 0;

    // The frequency kept for a prefix that is not a word.
    private const int NotAWord = -1;

    // SmartCn's pair dictionary holds the hash of "first@second", never the words.
    private const char PairSeparator = '@';
    private const long FnvOffset = unchecked((long)0xcbf29ce484222325L);
    private const long FnvPrime = 1099511628211L;

    // Sentences whose words cover the lattice's cases: dictionary words of several lengths, a word pair SmartCn
    // weighs, digits, Latin letters and a single character left over.
    private static readonly string[] SelfCheckSentences =
    [
        "电子证据和刑事司法",
        "专家组第一次会议于2011年1月17日在维也纳举行",
        "会员国应加强国际合作打击网络犯罪",
        "联合国毒品和犯罪问题办公室编拟了研究报告草稿",
        "UNODC的技术援助和能力建设",
    ];

    private static readonly Lazy<(SmartCnLexicon? Lexicon, string Reason)> Shared = new(TryLoad);

    private readonly FlatLongMap children;
    private readonly int[] frequencies;
    private readonly FlatLongMap pairs;

    internal SmartCnLexicon(FlatLongMap children, int[] frequencies, FlatLongMap pairs)
    {
        this.children = children;
        this.frequencies = frequencies;
        this.pairs = pairs;
    }

    /// <summary>The dictionaries, or null when this SmartCn does not lend them (<see cref="Unavailable"/>).</summary>
    public static SmartCnLexicon? Instance => Shared.Value.Lexicon;

    /// <summary>Why <see cref="Instance"/> is null; empty when it is not.</summary>
    public static string Unavailable => Shared.Value.Reason;

    /// <summary>The node of <paramref name="node"/>'s prefix followed by <paramref name="c"/>, or -1 when no word starts so.</summary>
    public int Child(int node, char c) => children.TryGetValue(Key(node, c), out var child) ? child : -1;

    /// <summary>Whether the prefix of <paramref name="node"/> is a word of the dictionary.</summary>
    public bool IsWord(int node) => node >= 0 && frequencies[node] != NotAWord;

    /// <summary>
    /// How often the prefix of <paramref name="node"/> occurs as a word, 0 when it is not one or when there is no such
    /// prefix (a node of -1), as SmartCn counts a lattice word.
    /// </summary>
    public int Count(int node) => node < 0 ? 0 : Math.Max(frequencies[node], 0);

    /// <summary>How often <paramref name="word"/> occurs as a word, as <see cref="Count(int)"/> counts it.</summary>
    public int Count(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node < 0)
            {
                break;
            }
        }

        return Count(node);
    }

    /// <summary>How often the pair whose <see cref="PairHash"/> is <paramref name="hash"/> occurs.</summary>
    public int PairFrequency(long hash) => pairs.TryGetValue(hash, out var frequency) ? frequency : 0;

    /// <summary>The hash state a word pair starts from: the first word and the separator.</summary>
    public static long PairHash(ReadOnlySpan<char> first) => Hash(Hash(FnvOffset, first), PairSeparator);

    /// <summary>Continues the 64-bit FNV hash SmartCn keys its pairs by: low byte, then high byte, of each character.</summary>
    public static long Hash(long hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Hash(hash, c);
        }

        return hash;
    }

    private static long Hash(long hash, char c)
    {
        hash = unchecked((hash ^ (c & 0xFF)) * FnvPrime);
        return unchecked((hash ^ (c >> 8)) * FnvPrime);
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    // Any failure, whatever it throws (a renamed field, a changed array shape), leaves the words to SmartCn: the
    // lexicon is an optimisation, and indexing must never fail because of it.
    private static (SmartCnLexicon?, string) TryLoad()
    {
        SmartCnLexicon lexicon;
        try
        {
            lexicon = Load();
        }
#pragma warning disable CA1031 // See above: every failure means "use SmartCn's own search".
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, $"SmartCn's dictionaries could not be read ({e.GetType().Name}: {e.Message})");
        }

        var differing = SelfCheckSentences.FirstOrDefault(sentence => !SegmentsAsSmartCn(lexicon, sentence));
        return differing is null ? (lexicon, string.Empty)
            : (null, $"SmartCn's dictionaries were read but segment '{differing}' otherwise than SmartCn");
    }

    /// <summary>Whether <paramref name="lexicon"/> cuts <paramref name="sentence"/> (no delimiters in it) where SmartCn does.</summary>
    internal static bool SegmentsAsSmartCn(SmartCnLexicon lexicon, string sentence)
    {
        var segmenter = new SmartCnSegmenter(lexicon);
        segmenter.Segment(sentence);
        var term = new List<char>();
        var ours = Enumerable.Range(0, segmenter.Count).Select(i => segmenter.Word(i, term)).ToList();

        var theirs = new List<(int, int)>();
        using var tokenizer = new HMMChineseTokenizer(new StringReader(sentence));
        var offset = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            theirs.Add((offset.StartOffset, offset.EndOffset));
        }

        tokenizer.End();
        return ours.SequenceEqual(theirs);
    }

    private static SmartCnLexicon Load()
    {
        var words = LoadedDictionary("WordDictionary");
        var slots = Field<char[]>(words, "charIndexTable");
        var tables = Field<short[]>(words, "wordIndexTable");
        var suffixes = Field<char[][][]>(words, "wordItem_charArrayTable");
        var counts = Field<int[][]>(words, "wordItem_frequencyTable");

        // SmartCn files each word under its first character, by the rest of it; an empty rest is the character alone.
        var children = new Dictionary<long, int>();
        var frequencies = new List<int> { NotAWord };
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (slots[slot] == 0 || tables[slot] < 0 || suffixes[tables[slot]] is not { } table)
            {
                continue;
            }

            for (var i = 0; i < table.Length; i++)
            {
                var node = Descend(children, frequencies, Root, slots[slot]);
                foreach (var c in table[i] ?? [])
                {
                    node = Descend(children, frequencies, node, c);
                }

                frequencies[node] = counts[tables[slot]][i];
            }
        }

        var pairs = LoadedDictionary("BigramDictionary");
        var hashes = Field<long[]>(pairs, "bigramHashTable");
        var pairCounts = Field<int[]>(pairs, "frequencyTable");
        var pairFrequencies = new Dictionary<long, int>(hashes.Length);
        for (var slot = 0; slot < hashes.Length; slot++)
        {
            // An empty slot holds 0, which SmartCn also reads as "no such pair".
            if (hashes[slot] != 0)
            {
                pairFrequencies[hashes[slot]] = pairCounts[slot];
            }
        }

        return new SmartCnLexicon(new FlatLongMap(children), [.. frequencies], new FlatLongMap(pairFrequencies));
    }

    private static int Descend(Dictionary<long, int> children, List<int> frequencies, int node, char c)
    {
        var key = Key(node, c);
        if (!children.TryGetValue(key, out var child))
        {
            child = frequencies.Count;
            children.Add(key, child);
            frequencies.Add(NotAWord);
        }

        return child;
    }

    private static object LoadedDictionary(string dictionary)
    {
        var name = "Lucene.Net.Analysis.Cn.Smart.Hhmm." + dictionary;
        var type = typeof(HMMChineseTokenizer).Assembly.GetType(name)
            ?? throw new InvalidOperationException($"SmartCn has no {name}.");
        var getInstance = type.GetMethod("GetInstance", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"SmartCn's {name} has no GetInstance().");
        return getInstance.Invoke(null, null)!;
    }

    private static T Field<T>(object dictionary, string name)
        where T : class =>
        dictionary.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(dictionary) as T
        ?? throw new InvalidOperationException($"SmartCn's {dictionary.GetType().Name} has no {typeof(T).Name} field '{name}'.");
}
