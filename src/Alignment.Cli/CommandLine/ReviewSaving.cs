using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Server.Reviewing;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// How the tool saves a review: the output file in the format its extension names (as <c>align</c> writes it), and,
/// with a memory, the document's units replaced by the reviewed ones and the pair recorded so the memory's page links
/// to its review.
/// </summary>
internal sealed class ReviewSaving(string? memoryDirectory)
{
    public string Save(ReviewSession session, ReviewedAlignment reviewed)
    {
        var said = new List<string>();
        if (session.Output.Length > 0)
        {
            var count = AlignmentOutput.Write(session.Output, reviewed.Bitext, () => UnitsFor(session.Output, reviewed));
            said.Add($"Wrote {count} records to {Path.GetFileName(session.Output)}.");
        }

        if (memoryDirectory is not null)
        {
            // One commit: a crash while saving leaves the document's earlier units, never none.
            using var memory = TranslationMemory.Open(memoryDirectory);
            var replaced = memory.ReplaceDocuments([session.Document], reviewed.Units, new AddOptions { Duplicates = DuplicatePolicy.Overwrite });
            DocumentPairs.Record(memoryDirectory, session.Pair);
            said.Add($"Replaced {replaced.Removed} units of {session.Document} in the memory with {replaced.Added + replaced.Overwritten}.");
        }

        return said.Count > 0 ? string.Join(' ', said) : "Nothing to save to: the review has no output and no memory.";
    }

    /// <summary>
    /// The reviewed units, and for a TMX, as <c>align</c> writes one, the segments a CAT tool cuts the source into
    /// where they differ from the sentences (the sentence units keep the review's origins).
    /// </summary>
    private static IReadOnlyList<TranslationUnit> UnitsFor(string output, ReviewedAlignment reviewed)
    {
        if (FileFormats.Of(output) != FileFormat.Tmx)
        {
            return reviewed.Units;
        }

        // The sentence units keep their ids, and their places: a target segment sharing a sentence's source goes before it.
        var withSegments = AlignedUnits.From(reviewed.Bitext, new AlignedUnitOptions { Segments = UnitSegments.SentencesAndCatSegments });
        var reviewedById = reviewed.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var units = withSegments.Select(u => reviewedById.GetValueOrDefault(u.Id, u)).ToList();
        return WithEveryReviewedUnit(units, reviewed.Units);
    }

    /// <summary>
    /// The units with any reviewed unit that the segment pass did not make (by id) put after the reviewed unit before
    /// it: a person's confirmed or edited pair must never be dropped from the file on the way out.
    /// </summary>
    internal static IReadOnlyList<TranslationUnit> WithEveryReviewedUnit(List<TranslationUnit> units, IReadOnlyList<TranslationUnit> reviewedUnits)
    {
        var present = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var previousId = (string?)null;
        foreach (var unit in reviewedUnits)
        {
            if (present.Add(unit.Id))
            {
                var at = previousId is null ? 0 : units.FindIndex(u => u.Id == previousId) + 1;
                units.Insert(at, unit);
            }

            previousId = unit.Id;
        }

        return units;
    }
}
