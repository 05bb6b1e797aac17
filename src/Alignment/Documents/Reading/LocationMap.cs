namespace Alignment.Documents.Reading;

/// <summary>
/// Where each stretch of a document's text came from in its file: the location of every line the reader laid out,
/// by the offset at which the line starts. Immutable.
/// </summary>
internal sealed class LocationMap
{
    private readonly int[] starts;
    private readonly SourceLocation[] locations;

    public LocationMap(int[] starts, SourceLocation[] locations)
    {
        if (starts.Length != locations.Length || starts.Length == 0)
        {
            throw new ArgumentException("Every start needs its location, and there is at least one.", nameof(locations));
        }

        this.starts = starts;
        this.locations = locations;
    }

    /// <summary>Locations for plain text: the line and column of an offset.</summary>
    public static LocationMap ForText(string text)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
            }
        }

        return new LocationMap([.. lineStarts], [.. lineStarts.Select((_, i) => new LineLocation(i + 1, 1))]);
    }

    /// <summary>The location of the line holding <paramref name="offset"/>, with the column for text lines.</summary>
    public SourceLocation At(int offset)
    {
        var at = Array.BinarySearch(starts, offset);
        var line = at >= 0 ? at : Math.Max(~at - 1, 0);
        return locations[line] is LineLocation text ? text with { Column = offset - starts[line] + 1 } : locations[line];
    }
}
