namespace Alignment.Memory;

/// <summary>
/// The source segments around the one being looked up, as a CAT tool knows them. An exact match whose stored
/// neighbours equal the ones given here scores 101 (a context match): one neighbour is enough, as in other CAT
/// tools, and a neighbour left empty is not compared.
/// </summary>
/// <param name="PreviousSource">The source segment before the looked-up one; empty when not known or at the start of a document.</param>
/// <param name="NextSource">The source segment after the looked-up one; empty when not known or at the end of a document.</param>
public sealed record LookupContext(string PreviousSource, string NextSource)
{
    /// <summary>No context known: matches can reach 100 but never 101.</summary>
    public static LookupContext None { get; } = new(string.Empty, string.Empty);

    /// <summary>True for a context that names neither neighbour.</summary>
    public bool IsNone => PreviousSource.Length == 0 && NextSource.Length == 0;
}
