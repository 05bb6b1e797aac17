using Alignment.Interchange;

namespace Alignment.Memory;

/// <summary>One concordance result: a stored unit seen from the searched language, with the phrase highlighted.</summary>
/// <param name="Unit">The unit as it was added (the first, best-ranked of its duplicates).</param>
/// <param name="Source">The side in the searched language, with every occurrence of the phrase highlighted.</param>
/// <param name="Target">The other side.</param>
/// <param name="Count">How many stored units read the same (same texts up to width, case and whitespace, in either direction); at least 1.</param>
public sealed record ConcordanceHit(TranslationUnit Unit, HighlightedText Source, HighlightedText Target, int Count);
