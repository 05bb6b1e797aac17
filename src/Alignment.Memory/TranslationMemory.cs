using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Indexing;
using Alignment.Memory.Learning;
using Alignment.Memory.Searching;
using Alignment.Memory.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory;

/// <summary>
/// An embedded translation memory in a folder on disk: add translation units, look up CAT-style fuzzy matches
/// with match percentages, search a bilingual concordance. Either language of a unit can be the query side.
/// </summary>
/// <remarks>
/// One writer at a time, in any process, may open a memory for writing (<see cref="Open(string, WriterOptions)"/>);
/// the next waits for it to close, and any number of readers (<see cref="OpenReadOnly"/>) keep answering from the
/// last commit meanwhile. Every <see cref="Add(IEnumerable{TranslationUnit}, AddOptions)"/>,
/// <see cref="DeleteDocument"/>, <see cref="ReplaceDocuments"/> and <see cref="Compact"/> ends with an atomic commit,
/// so a crash mid-write leaves the memory as the last completed call left it. All methods but <see cref="Dispose"/>
/// may be called from many threads at once: searches run in parallel, writes one at a time. A memory whose files are
/// damaged is refused when it is opened, or reported by the search that meets the damage, with an
/// <see cref="InputException"/>; it is never written into. See <c>docs/threading.md</c>.
/// </remarks>
public sealed class TranslationMemory : IDisposable
{
    private readonly IndexStore store;
    private bool disposed;

    private TranslationMemory(IndexStore store, string location)
    {
        this.store = store;
        Location = location;
    }

    /// <summary>The memory's folder; empty for an in-memory one.</summary>
    public string Location { get; }

    /// <summary>True when the memory was opened with <see cref="OpenReadOnly"/>.</summary>
    public bool IsReadOnly => store.IsReadOnly;

    internal SearchTuning Tuning { get; set; } = SearchTuning.Default;

    /// <summary>Opens the memory in <paramref name="directory"/> for writing (<see cref="WriterOptions.Default"/>).</summary>
    /// <exception cref="InputException">See <see cref="Open(string, WriterOptions)"/>.</exception>
    public static TranslationMemory Open(string directory) => Open(directory, WriterOptions.Default);

    /// <summary>
    /// Opens the memory in <paramref name="directory"/> for reading and writing, once no other writer has it open,
    /// or starts a new one there when there is none (creating the folder). A new memory is written with its first
    /// commit: if it never comes (nothing added, or the first add fails), closing removes what was created.
    /// </summary>
    /// <exception cref="InputException">
    /// The folder holds something that is not a translation memory, a damaged one or one of another format version;
    /// or another writer kept it open for all of <see cref="WriterOptions.LockTimeout"/> ("is being written by
    /// another process (pid …)").
    /// </exception>
    public static TranslationMemory Open(string directory, WriterOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        return new TranslationMemory(IndexStore.OpenWritable(directory, options), Path.GetFullPath(directory));
    }

    /// <summary>Like <see cref="Open(string)"/>, writing buffered units to disk (uncommitted) every <paramref name="flushEvery"/> units, so tests can see what a crash mid-add leaves.</summary>
    internal static TranslationMemory OpenFlushingEvery(string directory, int flushEvery) =>
        new(IndexStore.OpenWritable(directory, WriterOptions.Default, flushEvery), Path.GetFullPath(directory));

    /// <summary>
    /// Opens an existing memory for lookups and concordance only. It never locks the folder, and follows what writers
    /// commit: a commit shows in searches started a moment after it (a tenth of a second or so).
    /// </summary>
    /// <exception cref="InputException">There is no memory in the folder, or it is not a usable one.</exception>
    public static TranslationMemory OpenReadOnly(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new TranslationMemory(IndexStore.OpenReadOnly(directory), Path.GetFullPath(directory));
    }

    /// <summary>A new, empty memory held in RAM and lost on <see cref="Dispose"/>; for tests and short-lived tools.</summary>
    public static TranslationMemory OpenInMemory() => new(IndexStore.InMemory(), string.Empty);

    /// <summary>Adds <paramref name="units"/> with duplicates kept out as <paramref name="policy"/> says; see <see cref="Add(IEnumerable{TranslationUnit}, AddOptions)"/>.</summary>
    /// <exception cref="ArgumentException">A unit's two segments are in the same language.</exception>
    /// <exception cref="InvalidOperationException">The memory was opened read-only.</exception>
    public AddReport Add(IEnumerable<TranslationUnit> units, DuplicatePolicy policy = DuplicatePolicy.Keep) =>
        Add(units, new AddOptions { Duplicates = policy });

    /// <summary>
    /// Adds <paramref name="units"/> and commits. A unit with the same languages and texts (up to width and
    /// whitespace) as a stored one, or as one earlier in the same call, is a duplicate: kept out or written over as
    /// <see cref="AddOptions.Duplicates"/> says, never stored twice. A unit with a side longer than
    /// <see cref="AddOptions.MaxSegmentLength"/> is left out and counted. If adding fails part-way, nothing of this
    /// call is kept.
    /// </summary>
    /// <exception cref="ArgumentException">A unit's two segments are in the same language.</exception>
    /// <exception cref="InvalidOperationException">The memory was opened read-only.</exception>
    public AddReport Add(IEnumerable<TranslationUnit> units, AddOptions options)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Write(
            (writer, committed) => UnitWriter.Add(writer, committed.IndexReader, units, options),
            commitWhen: _ => true,
            (report, searcher) => LearnedWords.Keep(searcher, store.Folder, changed: report.Added + report.Overwritten));
    }

    /// <summary>
    /// The longest document name a memory keeps as it is (in UTF-16 code units). A longer name is stored as its
    /// beginning, an ellipsis and a digest of the whole name, within this length; <see cref="DeleteDocument"/> and
    /// <see cref="ReplaceDocuments"/> find its units by the full name as well.
    /// </summary>
    public const int MaxDocumentNameLength = 1_000;

    /// <summary>Deletes every unit whose provenance names <paramref name="document"/> (exactly), commits, and returns how many there were.</summary>
    /// <exception cref="InvalidOperationException">The memory was opened read-only.</exception>
    public int DeleteDocument(string document)
    {
        ArgumentException.ThrowIfNullOrEmpty(document);
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Write(
            (writer, committed) => UnitWriter.DeleteDocument(writer, committed, document),
            commitWhen: deleted => deleted > 0,
            (deleted, searcher) => LearnedWords.Keep(searcher, store.Folder, changed: deleted));
    }

    /// <summary>
    /// Replaces the units of <paramref name="documents"/> (units whose provenance names one of them exactly) with
    /// <paramref name="units"/>, in one commit: the memory ends as <see cref="DeleteDocument"/> for each document
    /// and then <see cref="Add(IEnumerable{TranslationUnit}, AddOptions)"/> would leave it, but a reader sees the
    /// old units or the new ones, never neither, and a crash or a failure part-way leaves the old ones. This is how a
    /// document aligned again, or reviewed, goes back into the memory. The report counts the units removed as well.
    /// </summary>
    /// <exception cref="ArgumentException">A unit's two segments are in the same language, or a document name is empty.</exception>
    /// <exception cref="InvalidOperationException">The memory was opened read-only.</exception>
    public AddReport ReplaceDocuments(IEnumerable<string> documents, IEnumerable<TranslationUnit> units, AddOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(disposed, this);
        var names = documents.ToList();
        if (names.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A document to replace has no name.", nameof(documents));
        }

        return store.Write(
            (writer, committed) => UnitWriter.Replace(writer, committed, names, units, options),
            commitWhen: _ => true,
            (report, searcher) => LearnedWords.Keep(searcher, store.Folder, changed: report.Removed + report.Added + report.Overwritten));
    }

    /// <summary>
    /// Merges the memory into a single index segment and commits. Large adds leave a memory in several segments, and
    /// a lookup reads each query term once per segment, so lookups get a little faster (docs/benchmarks.md gives the
    /// figures); it also drops what deleted units leave behind. It needs free disk space about the size of the
    /// memory while it runs; readers keep their view until it commits, and if it fails the memory stays as it was.
    /// </summary>
    /// <exception cref="InvalidOperationException">The memory was opened read-only.</exception>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public void Compact()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        store.Compact(searcher => LearnedWords.Keep(searcher, store.Folder, changed: 0));
    }

    /// <summary>Up to five matches of at least 70% for <paramref name="text"/>, best first (<see cref="LookupOptions.Default"/>).</summary>
    public IReadOnlyList<FuzzyMatch> Lookup(string text, Language sourceLanguage, Language targetLanguage) =>
        Lookup(text, sourceLanguage, targetLanguage, LookupOptions.Default);

    /// <summary>
    /// The stored units whose <paramref name="sourceLanguage"/> side best matches <paramref name="text"/>, with their
    /// <paramref name="targetLanguage"/> side as the suggested translation, best first. Scores follow CAT tools
    /// (see <see cref="MatchScore"/>, <see cref="MatchPenalties"/>): 100 only for identical text, 101 for an exact
    /// match in the same context, leading paragraph labels compared apart.
    /// </summary>
    /// <exception cref="ArgumentException">The two languages are the same.</exception>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public IReadOnlyList<FuzzyMatch> Lookup(string text, Language sourceLanguage, Language targetLanguage, LookupOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(disposed, this);
        RefuseSameLanguage(sourceLanguage, targetLanguage);
        return store.Read(searcher => FuzzyLookup.Run(searcher, text, sourceLanguage.Code, targetLanguage.Code, options, Tuning));
    }

    /// <summary>The first page of units containing <paramref name="phrase"/> in <paramref name="language"/> (<see cref="ConcordanceOptions.Default"/>).</summary>
    public ConcordancePage Concordance(string phrase, Language language) => Concordance(phrase, language, ConcordanceOptions.Default);

    /// <summary>
    /// The units whose <paramref name="language"/> side contains <paramref name="phrase"/>, case-insensitively
    /// (English words stemmed, Chinese matched by characters), with both sides and every occurrence highlighted.
    /// Units that read the same are one hit with a count, shown by the first of them; hits come in the order their
    /// units were stored (within one bulk add, the index's internal order). Occurrences are highlighted in a unit's
    /// first 10,000 characters (<see cref="AddOptions.MaxSegmentLength"/>; longer units can only have been stored
    /// with a higher limit). A word of letters or digits ending in <c>*</c> stands for every word of the memory it
    /// begins (<c>bridg*</c> finds bridge, bridges and bridging).
    /// </summary>
    /// <exception cref="ArgumentException">A word ending in <c>*</c> begins more than 1,024 of the memory's words.</exception>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public ConcordancePage Concordance(string phrase, Language language, ConcordanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Read(searcher => ConcordanceSearch.Run(searcher, phrase, language.Code, options));
    }

    /// <summary>How <paramref name="term"/> is rendered in <paramref name="targetLanguage"/> across the memory (<see cref="TermLookupOptions.Default"/>).</summary>
    public TermEquivalents LookupTerm(string term, Language language, Language targetLanguage) =>
        LookupTerm(term, language, targetLanguage, TermLookupOptions.Default);

    /// <summary>
    /// How <paramref name="term"/> is rendered in <paramref name="targetLanguage"/> across the memory: candidate
    /// equivalents ranked by their association with the term over the units that contain it versus the whole memory,
    /// each with counts, its variants and examples with both highlighted. Either language can be the term's. Units
    /// longer than 10,000 characters count as holding the term but lend it no candidates.
    /// </summary>
    /// <exception cref="ArgumentException">The two languages are the same.</exception>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public TermEquivalents LookupTerm(string term, Language language, Language targetLanguage, TermLookupOptions options)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(disposed, this);
        RefuseSameLanguage(language, targetLanguage);
        return store.Read(searcher => Terminology.TermSearch.Run(searcher, term, language, targetLanguage, options));
    }

    /// <summary>
    /// The Chinese–English word pairs the memory has learned from its units (IBM Model 1 in both directions, seeded by
    /// the bundled lexicon when present), as a <see cref="Lexicon"/>: give it to the aligner with the bundled one
    /// (<c>AlignerOptions.Default with { Lexicon = Lexicon.Bundled.With(memory.LearnedLexicon()) }</c>) so that a short
    /// document starts from what the memory knows instead of teaching itself from its few sentences. The pairs are
    /// kept in the memory's folder, stamped with the commit they describe: a write call that has changed (added,
    /// replaced or deleted) at least 1% of the units (and at least 20) since they were last learned learns them again from its commit
    /// (from an evenly spread sample of 4,000 units in a larger memory) before it returns, one that has changed less
    /// stamps them with its commit as they are; so they follow what is added and deleted, and reading them is cheap.
    /// Where the folder's pairs are not of the commit being read (a writer killed just after its
    /// commit, a memory written by an earlier version, an in-memory memory), they are learned from that commit on
    /// first use and kept until a newer commit is read. Empty for a memory without Chinese–English units.
    /// </summary>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public Lexicon LearnedLexicon()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Read(searcher => LearnedWords.Of(searcher, store.Folder).ToLexicon());
    }

    /// <summary>
    /// Extracts a bilingual glossary from the whole memory: recurring terms of <paramref name="sourceLanguage"/>,
    /// ranked by termhood, each with its best equivalent in <paramref name="targetLanguage"/>, its number of units
    /// and the association as confidence. Write it as CSV, TSV, an OmegaT glossary or TBX with <see cref="Glossary.Write(string, GlossaryFormat)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The two languages are the same.</exception>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public Glossary ExtractTerms(Language sourceLanguage, Language targetLanguage, TermExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(disposed, this);
        RefuseSameLanguage(sourceLanguage, targetLanguage);
        return store.Read(searcher => Terminology.TermExtraction.Run(searcher, sourceLanguage, targetLanguage, options));
    }

    /// <summary>The names of the documents the memory's units came from, in ordinal order (units without one are not counted).</summary>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public IReadOnlyList<string> ListDocuments()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Read(searcher => LiveTerms(searcher.IndexReader, IndexSchema.DocumentName).Where(name => name.Length > 0).ToList());
    }

    /// <summary>
    /// Whether the memory holds units of the document named <paramref name="name"/>: its full name, also when the
    /// memory keeps it shortened (see <see cref="MaxDocumentNameLength"/>), or the shortened name as
    /// <see cref="ListDocuments"/> gives it.
    /// </summary>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public bool ContainsDocument(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(disposed, this);
        var stored = DocumentNames.Stored(name);
        return stored.Length > 0 && store.Read(searcher => searcher.Search(new TermQuery(new Term(IndexSchema.DocumentName, stored)), 1).TotalHits > 0);
    }

    /// <summary>
    /// Hands <paramref name="consume"/> the units <paramref name="selection"/> picks, in the order they were stored, read
    /// one at a time from the last commit; returns what it returns. The sequence can be read only while
    /// <paramref name="consume"/> runs (it reads from a searcher that is released afterwards), and writers committing
    /// meanwhile do not change it.
    /// </summary>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public T ReadUnits<T>(UnitSelection selection, Func<IEnumerable<TranslationUnit>, T> consume)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(consume);
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Read(searcher => consume(Selected(searcher, selection)));
    }

    private static IEnumerable<TranslationUnit> Selected(IndexSearcher searcher, UnitSelection selection)
    {
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var stored = new StoredUnits(searcher);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var unit = stored.Load(doc);
                if (selection.Includes(unit))
                {
                    yield return unit;
                }
            }
        }
    }

    /// <summary>Counts what the memory holds.</summary>
    /// <exception cref="InputException">The memory turned out to be damaged (see the remarks on the class).</exception>
    public MemoryStatistics GetStatistics()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return store.Read(searcher =>
        {
            var reader = searcher.IndexReader;
            var documents = LiveTerms(reader, IndexSchema.DocumentName).Count(name => name.Length > 0);
            var languages = LiveTerms(reader, IndexSchema.LanguageTags).Select(Language.Parse).ToList();
            return new MemoryStatistics(reader.NumDocs, documents, languages, store.SizeInBytes(), reader.Leaves.Count);
        });
    }

    /// <summary>Closes the memory, and lets the next writer in; call it when no other call on the memory is running.</summary>
    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            store.Dispose();
        }
    }

    private static void RefuseSameLanguage(Language language, Language targetLanguage)
    {
        if (language.IsSameLanguageAs(targetLanguage))
        {
            throw new ArgumentException($"Source and target are both {language.Code}.", nameof(targetLanguage));
        }
    }

    // Terms of a field that still have a live unit (deleted units leave their terms until segments merge).
    private static List<string> LiveTerms(IndexReader reader, string field)
    {
        var names = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return names;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var iterator = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (iterator.MoveNext())
        {
            docs = iterator.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                names.Add(iterator.Term.Utf8ToString());
            }
        }

        return names;
    }
}
