namespace Alignment.Memory.Learning;

/// <summary>A learned word pair and the number of units holding both words.</summary>
internal sealed record LearnedPair(string Chinese, string English, int Units);
