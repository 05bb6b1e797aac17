using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Terminology;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Learning;

/// <summary>
/// The Chinese–English word pairs a memory has learned from its units, with the number of units holding each pair,
/// kept in the memory's folder (<see cref="FileName"/>) for the commit they describe. The writer brings the file up
/// to each commit right after making it, under its lock, and replaces it whole; a reader takes the file when it
/// was written for the commit the reader sees, and otherwise (a writer killed between its commit and the file, a
/// memory written before the file existed, an in-memory memory) learns the pairs itself without writing anything.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Learning costs seconds (IBM Model 1 over a sample of up to 4,000 units), so a commit that changes few units
/// does not pay it: the pairs are learned again once the units added, replaced or deleted since they were last
/// learned reach <see cref="RelearnShare"/> of the memory (and at least <see cref="RelearnMinimum"/>); until then each commit stamps them as its own. A model
/// learned from thousands of units does not move measurably for a handful more or fewer. A commit that finds the
/// file was not kept for the commit before it (the changes in between are unknown) learns them again.
/// </para>
/// <para>
/// The file is UTF-8 text, one pair a line, so it stays small (the pairs both directions of the word model agree
/// on, not the model) and can be read by eye:
/// </para>
/// <code>
/// alignment learned word pairs
/// format	1
/// generation	17
/// units	186
/// changed	0
/// pairs	2
/// 证据	evidence	37
/// 犯罪	crime	21
/// end
/// </code>
/// <para>
/// <c>units</c> is the memory's units at that commit, <c>changed</c> the units changed since the pairs were learned.
/// A file that does not end with <c>end</c> after as many pairs as it announces, or of another format, is not used.
/// </para>
/// </remarks>
internal sealed class LearnedWords
{
    /// <summary>The file's name in the memory's folder.</summary>
    public const string FileName = "learned-words";

    /// <summary>Where the writer writes the file before moving it into place; only the holder of the writer lock writes it.</summary>
    public const string TemporaryFileName = FileName + ".tmp";

    /// <summary>Raise when the file's layout changes; a file of another format is learned afresh.</summary>
    public const int Format = 1;

    /// <summary>The share of a memory's units that may change before its pairs are learned again.</summary>
    public const double RelearnShare = 0.01;

    /// <summary>
    /// The fewest changed units that learn the pairs again, however small the memory: a CAT tool that adds one unit
    /// at a time to a memory of a few hundred would otherwise pay the learning on every add.
    /// </summary>
    public const int RelearnMinimum = 20;

    /// <summary>How likely, in both directions, a learned word pair must be: below it, pairs are mostly a frequent word's company.</summary>
    private const double PairThreshold = 0.5;

    private const string Title = "alignment learned word pairs";
    private const int HeaderLines = 6;

    private static readonly ConditionalWeakTable<IndexReader, LearnedWords> Loaded = [];

    private LearnedWords(long generation, int units, int changed, IReadOnlyList<LearnedPair> pairs)
    {
        Generation = generation;
        Units = units;
        Changed = changed;
        Pairs = pairs;
    }

    /// <summary>The commit generation the pairs are kept for; -1 for a memory without a commit.</summary>
    public long Generation { get; }

    /// <summary>The memory's units at that commit.</summary>
    public int Units { get; }

    /// <summary>The units added, replaced or deleted between the commit the pairs were learned from and <see cref="Generation"/>.</summary>
    public int Changed { get; }

    /// <summary>The pairs, those held by most units first.</summary>
    public IReadOnlyList<LearnedPair> Pairs { get; }

    /// <summary>The pairs as a lexicon for the aligner.</summary>
    public Lexicon ToLexicon() => Lexicon.FromPairs(Pairs.Select(p => KeyValuePair.Create(p.Chinese, p.English)));

    /// <summary>
    /// The pairs for the commit <paramref name="searcher"/> reads: from the file in <paramref name="folder"/> when it
    /// was kept for that commit, else learned now. Kept beside the reader, so each commit is read or learned once.
    /// </summary>
    public static LearnedWords Of(IndexSearcher searcher, string folder) =>
        Loaded.GetValue(searcher.IndexReader, reader => TryRead(folder) is { } kept && kept.Generation == GenerationOf(reader) ? kept : Learn(searcher));

    /// <summary>
    /// Brings the file in <paramref name="folder"/> up to the commit <paramref name="searcher"/> reads, for a writer
    /// that has just made it, changing <paramref name="changed"/> units, and still holds the memory's lock. A file
    /// that cannot be written is left as it was (readers then learn for themselves): the commit it would describe
    /// has succeeded already.
    /// </summary>
    public static void Keep(IndexSearcher searcher, string folder, int changed)
    {
        if (folder.Length == 0)
        {
            return;
        }

        var generation = GenerationOf(searcher.IndexReader);
        var units = searcher.IndexReader.NumDocs;
        var kept = TryRead(folder);
        if (kept?.Generation == generation)
        {
            return;
        }

        var updated = kept is not null && kept.Generation == generation - 1 && kept.Changed + changed < Math.Max(RelearnMinimum, RelearnShare * units)
            ? new LearnedWords(generation, units, kept.Changed + changed, kept.Pairs)
            : Of(searcher, folder);
        try
        {
            updated.Write(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Stale until the next commit: readers see the generation differ and learn from the units.
        }
    }

    private static LearnedWords Learn(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var (zh, en) = (IndexSchema.Words(Language.Chinese.Code), IndexSchema.Words(Language.English.Code));
        var pairs = new List<LearnedPair>();
        foreach (var (chinese, english) in WordAlignment.Of(reader).WordPairs(PairThreshold))
        {
            var both = new BooleanQuery
            {
                { new TermQuery(new Term(zh, chinese)), Occur.MUST },
                { new TermQuery(new Term(en, english)), Occur.MUST },
            };
            var counter = new TotalHitCountCollector();
            searcher.Search(both, counter);
            pairs.Add(new LearnedPair(chinese, english, counter.TotalHits));
        }

        return new LearnedWords(
            GenerationOf(reader),
            reader.NumDocs,
            changed: 0,
            [.. pairs.OrderByDescending(p => p.Units).ThenBy(p => p.Chinese, StringComparer.Ordinal).ThenBy(p => p.English, StringComparer.Ordinal)]);
    }

    private static long GenerationOf(IndexReader reader) => reader is DirectoryReader directory ? directory.IndexCommit.Generation : -1;

    private void Write(string folder)
    {
        var temporary = Path.Combine(folder, TemporaryFileName);
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                writer.NewLine = "\n";
                writer.WriteLine(Title);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"format\t{Format}"));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generation\t{Generation}"));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"units\t{Units}"));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"changed\t{Changed}"));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs\t{Pairs.Count}"));
                foreach (var pair in Pairs)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pair.Chinese}\t{pair.English}\t{pair.Units}"));
                }

                writer.WriteLine("end");
            }

            stream.Flush(flushToDisk: true);
        }

        // A rename within the folder replaces the file whole: a reader opens the old file or the new one.
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    /// <summary>The file in <paramref name="folder"/> when it is there, whole and in this format.</summary>
    private static LearnedWords? TryRead(string folder)
    {
        if (folder.Length == 0)
        {
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(folder, FileName), Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length < HeaderLines + 1 || lines[0] != Title || Field(lines[1], "format") != Format
            || Field(lines[2], "generation") is not { } generation || Field(lines[3], "units") is not { } units
            || Field(lines[4], "changed") is not { } changed || Field(lines[5], "pairs") != lines.Length - HeaderLines - 1 || lines[^1] != "end")
        {
            return null;
        }

        var pairs = new List<LearnedPair>(lines.Length - HeaderLines - 1);
        for (var i = HeaderLines; i < lines.Length - 1; i++)
        {
            var cells = lines[i].Split('\t');
            if (cells.Length != 3 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return null;
            }

            pairs.Add(new LearnedPair(cells[0], cells[1], count));
        }

        return new LearnedWords(generation, (int)units, (int)changed, pairs);
    }

    private static long? Field(string line, string name) =>
        line.StartsWith(name + "\t", StringComparison.Ordinal)
        && long.TryParse(line.AsSpan(name.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
