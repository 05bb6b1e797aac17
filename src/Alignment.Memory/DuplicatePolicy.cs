namespace Alignment.Memory;

/// <summary>
/// What <see cref="TranslationMemory.Add(IEnumerable{Interchange.TranslationUnit}, AddOptions)"/> does with a unit whose languages and texts (up to width and whitespace)
/// are already in the memory. Either way the memory never holds the pair twice.
/// </summary>
public enum DuplicatePolicy
{
    /// <summary>Keep the stored unit and skip the new one.</summary>
    Keep,

    /// <summary>Replace the stored unit (and its provenance, dates and context) with the new one.</summary>
    Overwrite,
}
