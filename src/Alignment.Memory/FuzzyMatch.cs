using Alignment.Interchange;

namespace Alignment.Memory;

/// <summary>
/// One translation-memory match for a looked-up segment: the stored unit seen from the lookup's direction,
/// its score and what made the score less than 100.
/// </summary>
/// <param name="Unit">The unit as it was added (its own source and target, whichever language the lookup used).</param>
/// <param name="Source">The unit's segment in the looked-up language: the text that was compared.</param>
/// <param name="Target">
/// The unit's segment in the requested target language: the suggested translation. When only the leading label
/// differed (<see cref="MatchDifferences.Label"/>), it carries the looked-up segment's label instead of the stored one.
/// </param>
/// <param name="Score">The match percentage and band.</param>
/// <param name="Differences">What differed between the looked-up text and <paramref name="Source"/>.</param>
public sealed record FuzzyMatch(TranslationUnit Unit, Segment Source, Segment Target, MatchScore Score, MatchDifferences Differences)
{
    /// <summary>The score's band.</summary>
    public MatchBand Band => Score.Band;

    /// <summary>For a context (101%) match, which neighbours matched; <see cref="MatchedContext.None"/> otherwise.</summary>
    public MatchedContext Context { get; init; }
}
