namespace Alignment.Aligning;

/// <summary>What the aligner knows about one sentence: its size, its invariant tokens, its words and its lexicon terms.</summary>
/// <param name="Han">Number of Han characters.</param>
/// <param name="Other">Number of other non-space characters (Latin letters, digits, punctuation).</param>
/// <param name="Invariants">Ids of invariant tokens (numbers, dates, symbols, names), sorted, with repeats.</param>
/// <param name="Words">Ids of the words the translation model pairs, in order.</param>
/// <param name="Concepts">Ids of lexicon concepts found in the sentence, sorted, with repeats.</param>
/// <param name="SpelledNumbers">Ids of the invariant number and month tokens that the sentence spells out in words.</param>
/// <param name="BlockStart">True when the sentence is the first of its block.</param>
/// <param name="BlockEnd">True when the sentence is the last of its block.</param>
/// <param name="Quotes">Where the sentence stands in quoted speech.</param>
/// <param name="Speech">Whether the sentence is a turn of dialogue, narration or both.</param>
internal sealed record SentenceFeatures(int Han, int Other, int[] Invariants, int[] Words, int[] Concepts, int[] SpelledNumbers, bool BlockStart, bool BlockEnd, QuoteBalance Quotes = default, Speech Speech = Speech.Unknown);
