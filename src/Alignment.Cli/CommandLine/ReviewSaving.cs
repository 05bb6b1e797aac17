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
            var count = AlignmentOutput.Write(session.Output, reviewed.Bitext, () => reviewed.Units);
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
}
