namespace Alignment.Documents.Reading;

/// <summary>A line that carries content, cleaned, with what its start looks like and whether a gap precedes it.</summary>
/// <param name="Source">The original line.</param>
/// <param name="Text">The cleaned line.</param>
/// <param name="GapBefore">Blank lines or page furniture stand between this line and the previous content line.</param>
/// <param name="Labels">The labels the line may start with, most likely first.</param>
/// <param name="AnnexSection">The annex this line opens (<c>annex</c>, <c>annex II</c>), or empty.</param>
/// <param name="IsMetadata">The whole line is a date, a language name or similar front-matter item.</param>
internal sealed record ContentLine(
    SourceLine Source,
    MappedText Text,
    bool GapBefore,
    IReadOnlyList<LabelCandidate> Labels,
    string AnnexSection,
    bool IsMetadata)
{
    /// <summary>The lines that are neither blank nor furniture, in order.</summary>
    /// <param name="lines">The original lines.</param>
    /// <param name="cleaned">Each line cleaned.</param>
    /// <param name="furniture">Why each line is furniture, or null.</param>
    /// <param name="labels">Labels found apart from the line they belong to, by line (see <see cref="ExtractedText"/>).</param>
    public static IReadOnlyList<ContentLine> Select(
        IReadOnlyList<SourceLine> lines,
        IReadOnlyList<MappedText> cleaned,
        RemovalReason?[] furniture,
        IReadOnlyDictionary<int, IReadOnlyList<LabelCandidate>> labels)
    {
        var content = new List<ContentLine>();
        var gap = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = cleaned[i];
            if (text.Length == 0 || furniture[i] is not null)
            {
                gap = true;
                continue;
            }

            var annex = AnnexMarker.TryParse(text.Text, out var section) ? section : string.Empty;
            var found = labels.TryGetValue(i, out var apart) ? apart : LabelParser.Parse(text.Text);
            content.Add(new ContentLine(lines[i], text, gap && content.Count > 0, found, annex, MetadataLine.IsMatch(text.Text)));
            gap = false;
        }

        return content;
    }
}
