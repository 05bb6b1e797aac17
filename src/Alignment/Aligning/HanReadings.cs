using System.IO.Compression;
using System.Text;

namespace Alignment.Aligning;

/// <summary>
/// The readings of Han characters in pinyin, lower case and without tones (<c>长</c> → <c>chang</c>, <c>zhang</c>), as
/// the bundled dictionary gives them: what it takes to see that <c>Li Xiuying</c> in an English sentence is
/// <c>李秀英</c> in a Chinese one. Immutable and thread-safe.
/// </summary>
internal sealed class HanReadings
{
    private readonly Dictionary<char, string[]> readings;

    private HanReadings(Dictionary<char, string[]> readings) => this.readings = readings;

    /// <summary>No readings: names written in pinyin are then not recognised.</summary>
    public static HanReadings Empty { get; } = new([]);

    /// <summary>True when no character has a reading.</summary>
    public bool IsEmpty => readings.Count == 0;

    /// <summary>The readings of <paramref name="character"/>; empty when it has none.</summary>
    public string[] Of(char character) => readings.TryGetValue(character, out var found) ? found : [];

    /// <summary>The readings of the characters <paramref name="readings"/> holds (<see cref="LexiconFile"/> reads them so).</summary>
    public static HanReadings Of(Dictionary<char, string[]> readings) => new(readings);

    /// <summary>
    /// Reads the text form of the readings (<c>cc-cedict-readings.tsv.gz</c>, kept readable in the repository; the
    /// dictionary package ships them in <see cref="LexiconFile"/>'s form): one line per character, the character, a tab
    /// and its readings separated by <c>/</c>.
    /// </summary>
    public static HanReadings Read(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var readings = new Dictionary<char, string[]>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab == 1 && line.Length > 2)
            {
                readings[line[0]] = line[2..].Split('/', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return new HanReadings(readings);
    }
}
