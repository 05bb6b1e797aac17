using Alignment.Interchange;
using Lucene.Net.Index;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Decides, in input order, what becomes of each unit of one add: new, a duplicate kept out, or a duplicate that
/// replaces the stored unit (<see cref="DuplicatePolicy"/>). A duplicate has the identity of a stored unit or of one
/// earlier in the same add (<see cref="IndexSchema.IdentityKey"/>). Independently, a unit that reads like one stored
/// before it (<see cref="IndexSchema.ReadingKey"/>) is marked as a copy, so that a concordance shows such units once.
/// </summary>
internal sealed class DuplicateFilter(IndexReader committed, DuplicatePolicy policy)
{
    private readonly KnownTerms storedIdentities = new(committed, IndexSchema.Identity);
    private readonly KnownTerms storedReadings = new(committed, IndexSchema.Reading);

    // The identities seen in this add, with whether their unit is a copy.
    private readonly Dictionary<string, bool> identities = new(StringComparer.Ordinal);
    private readonly HashSet<string> readings = new(StringComparer.Ordinal);
    private int added;
    private int skipped;
    private int overwritten;

    /// <summary>How to write <paramref name="unit"/>, or false when it is a duplicate to keep out.</summary>
    public bool TryAdmit(TranslationUnit unit, out UnitWork work)
    {
        var identity = IndexSchema.IdentityKey(unit);
        var seenInThisAdd = identities.TryGetValue(identity, out var earlierIsCopy);
        var known = seenInThisAdd || storedIdentities.Contains(identity);
        if (known && policy == DuplicatePolicy.Keep)
        {
            skipped++;
            work = default;
            return false;
        }

        // A replacement keeps the place of what it replaces, first of its readings or a copy.
        var reading = IndexSchema.ReadingKey(unit);
        var copy = seenInThisAdd ? earlierIsCopy
            : known ? storedIdentities.IsCopy(identity)
            : readings.Contains(reading) || storedReadings.Contains(reading);
        _ = known ? overwritten++ : added++;
        readings.Add(reading);
        identities[identity] = copy;
        work = new UnitWork(unit, identity, reading, known, copy);
        return true;
    }

    /// <summary>What the add did, with <paramref name="tooLong"/> units left out before they got here.</summary>
    public AddReport Report(int tooLong) => new(added, skipped, overwritten, tooLong);
}
