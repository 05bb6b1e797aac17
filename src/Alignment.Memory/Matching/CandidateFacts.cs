using Alignment.Interchange;

namespace Alignment.Memory.Matching;

/// <summary>What the scorer needs to know about a stored unit besides the text it compares.</summary>
/// <param name="Origin">Aligned or imported.</param>
/// <param name="Confidence">The aligner's confidence (1 for imported units).</param>
/// <param name="SameDirection">True when the unit's own source language is the looked-up language, so its stored neighbours are comparable.</param>
/// <param name="PreviousSource">The unit's stored previous source segment.</param>
/// <param name="NextSource">The unit's stored next source segment.</param>
internal readonly record struct CandidateFacts(UnitOrigin Origin, double Confidence, bool SameDirection, string PreviousSource, string NextSource)
{
    public static CandidateFacts Of(TranslationUnit unit, bool sameDirection) =>
        new(unit.Origin, unit.Provenance.Confidence, sameDirection, unit.PreviousSource, unit.NextSource);
}
