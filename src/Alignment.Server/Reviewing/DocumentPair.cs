namespace Alignment.Server.Reviewing;

/// <summary>
/// A document pair whose units are in a translation memory, with what its review page needs: the two inputs and the
/// review file. Kept in the memory's folder (<see cref="DocumentPairs"/>), so that a unit found in the memory leads to
/// its pair without the browser ever naming a file.
/// </summary>
/// <param name="Document">The source document's name, as the memory's units name it in their provenance.</param>
/// <param name="SourcePath">The source document's full path.</param>
/// <param name="TargetPath">The target document's full path.</param>
/// <param name="ReviewFile">The review file's full path.</param>
/// <param name="Output">The file a save writes the reviewed alignment to (TMX, TSV, CSV, JSONL or beads); empty when a save only updates the memory.</param>
public sealed record DocumentPair(string Document, string SourcePath, string TargetPath, string ReviewFile, string Output);
