using Alignment.Documents;

namespace Alignment.Memory;

/// <summary>What a translation memory holds.</summary>
/// <param name="UnitCount">Stored translation units.</param>
/// <param name="DocumentCount">Distinct source documents named in the units' provenance (units without one are not counted).</param>
/// <param name="Languages">The languages of the stored segments, by tag, in tag order.</param>
/// <param name="SizeInBytes">The size of the index, in bytes.</param>
/// <param name="SegmentCount">The index segments the memory is held in; <see cref="TranslationMemory.Compact"/> merges them into one.</param>
public sealed record MemoryStatistics(int UnitCount, int DocumentCount, IReadOnlyList<Language> Languages, long SizeInBytes, int SegmentCount);
