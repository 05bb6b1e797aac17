using Alignment.Interchange;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Adds units to the index and deletes them. An add checks each unit, decides in input order whether it is new or a
/// duplicate (<see cref="DuplicateFilter"/>), and hands it to the threads that index it (<see cref="WritingLanes"/>).
/// </summary>
internal static class UnitWriter
{
    /// <summary>Adds <paramref name="units"/> through <paramref name="writer"/> without committing.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="committed">A reader of the last commit, for the units already stored.</param>
    /// <param name="units">The units to add.</param>
    /// <param name="options">What to do with duplicates and overlong units.</param>
    public static AddReport Add(IndexWriter writer, IndexReader committed, IEnumerable<TranslationUnit> units, AddOptions options)
    {
        var duplicates = new DuplicateFilter(committed, options.Duplicates);
        using var lanes = new WritingLanes(writer);
        var tooLong = 0;
        try
        {
            foreach (var unit in units)
            {
                RefuseOneLanguageOnBothSides(unit, nameof(units));
                if (IsTooLong(unit, options.MaxSegmentLength))
                {
                    tooLong++;
                }
                else if (duplicates.TryAdmit(unit, out var work))
                {
                    lanes.Post(work);
                }
            }
        }
        catch (OperationCanceledException) when (lanes.Stopped)
        {
            // A lane failed and stopped the rest: its failure is the one Complete reports.
        }
        catch
        {
            lanes.Abandon();
            throw;
        }

        lanes.Complete();
        return duplicates.Report(tooLong);
    }

    private static void RefuseOneLanguageOnBothSides(TranslationUnit unit, string parameter)
    {
        ArgumentNullException.ThrowIfNull(unit, parameter);
        if (unit.Source.Language.IsSameLanguageAs(unit.Target.Language))
        {
            throw new ArgumentException($"Unit '{unit.Id}' has both segments in {unit.Source.Language.Code}; a memory pairs two languages.", parameter);
        }
    }

    private static bool IsTooLong(TranslationUnit unit, int maxLength) =>
        unit.Source.Text.Length > maxLength || unit.Target.Text.Length > maxLength;

    /// <summary>
    /// Deletes every unit of <paramref name="document"/> without committing, and returns how many there were. Where a
    /// deleted unit was the first of units reading the same, the first surviving one takes its place.
    /// </summary>
    public static int DeleteDocument(IndexWriter writer, IndexSearcher committed, string document)
    {
        document = DocumentNames.Stored(document);
        var term = new Term(IndexSchema.DocumentName, document);
        var hits = committed.Search(new TermQuery(term), Math.Max(1, committed.IndexReader.MaxDoc)).ScoreDocs;
        if (hits.Length == 0)
        {
            return 0;
        }

        var stored = new StoredUnits(committed);
        var firsts = hits
            .Where(hit => !IsCopy(committed.IndexReader, hit.Doc))
            .Select(hit => IndexSchema.ReadingKey(stored.Load(hit.Doc)))
            .ToList();
        writer.DeleteDocuments(term);
        using var builder = new UnitDocument();
        foreach (var reading in firsts)
        {
            var survivor = committed.Search(new TermQuery(new Term(IndexSchema.Reading, reading)), int.MaxValue).ScoreDocs
                .Select(hit => hit.Doc)
                .Order()
                .Select(stored.Load)
                .FirstOrDefault(unit => unit.Provenance.Document != document);
            if (survivor is not null)
            {
                var key = IndexSchema.IdentityKey(survivor);
                writer.UpdateDocument(new Term(IndexSchema.Identity, key), builder.Fill(survivor, key, reading, isCopy: false));
            }
        }

        return hits.Length;
    }

    /// <summary>
    /// Deletes every unit of <paramref name="documents"/>, then adds <paramref name="units"/> as
    /// <see cref="Add"/> would to the memory left by those deletions, without committing: one commit then does what
    /// <see cref="DeleteDocument"/> and <see cref="Add"/> would do in two. Each step reads a near-real-time reader of
    /// the writer, which sees the steps before it.
    /// </summary>
    public static AddReport Replace(IndexWriter writer, IndexSearcher committed, IEnumerable<string> documents, IEnumerable<TranslationUnit> units, AddOptions options)
    {
        var removed = 0;
        var current = committed;
        DirectoryReader? pending = null;
        try
        {
            foreach (var document in documents.Distinct(StringComparer.Ordinal))
            {
                var deleted = DeleteDocument(writer, current, document);
                if (deleted > 0)
                {
                    removed += deleted;
                    pending?.Dispose();
                    pending = DirectoryReader.Open(writer, applyAllDeletes: true);
                    current = new IndexSearcher(pending);
                }
            }

            return Add(writer, current.IndexReader, units, options) with { Removed = removed };
        }
        finally
        {
            pending?.Dispose();
        }
    }

    private static bool IsCopy(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(IndexSchema.Copy)?.Get(doc - leaf.DocBase) == 1;
    }
}
