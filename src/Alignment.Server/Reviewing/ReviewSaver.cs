namespace Alignment.Server.Reviewing;

/// <summary>
/// Saves a review when the person asks for it: writes the output file and updates a memory, as the host application
/// decides (the command-line tool picks the format from the output's extension, as <c>align</c> does).
/// </summary>
/// <param name="session">The review being saved: its document, inputs, review file and output.</param>
/// <param name="reviewed">The alignment as it stands and its translation units.</param>
/// <returns>What was saved, in one sentence for the page (<c>Wrote 182 units to report.tmx.</c>).</returns>
/// <exception cref="InputException">The save failed for a reason the person can act on (a memory in use, say); the page shows the message.</exception>
/// <exception cref="IOException">A file could not be written; the page shows the message.</exception>
public delegate string ReviewSaver(ReviewSession session, ReviewedAlignment reviewed);
