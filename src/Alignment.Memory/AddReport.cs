namespace Alignment.Memory;

/// <summary>
/// What one call to <see cref="TranslationMemory.Add(IEnumerable{Interchange.TranslationUnit}, AddOptions)"/> or
/// <see cref="TranslationMemory.ReplaceDocuments"/> did with the units it was given.
/// </summary>
/// <param name="Added">Units that were new to the memory.</param>
/// <param name="Skipped">Units already in the memory, left as stored (<see cref="DuplicatePolicy.Keep"/>).</param>
/// <param name="Overwritten">Units already in the memory, replaced by the new one (<see cref="DuplicatePolicy.Overwrite"/>).</param>
/// <param name="TooLong">Units left out because a side is longer than <see cref="AddOptions.MaxSegmentLength"/>.</param>
public sealed record AddReport(int Added, int Skipped, int Overwritten, int TooLong)
{
    /// <summary>A report of nothing done.</summary>
    public static AddReport None { get; } = new(0, 0, 0, 0);

    /// <summary>Units of the replaced documents deleted before the add (<see cref="TranslationMemory.ReplaceDocuments"/>); 0 for a plain add.</summary>
    public int Removed { get; init; }

    /// <summary>All units that were given.</summary>
    public int Total => Added + Skipped + Overwritten + TooLong;
}
