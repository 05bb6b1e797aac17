using Alignment.Interchange;

namespace Alignment.Memory;

/// <summary>A unit showing a term and its equivalent in use.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Term">The side in the term's language, the term highlighted.</param>
/// <param name="Equivalent">The side in the other language, the candidate highlighted.</param>
public sealed record TermExample(TranslationUnit Unit, HighlightedText Term, HighlightedText Equivalent);
