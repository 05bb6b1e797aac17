using Alignment.Interchange;
using Alignment.Memory.Matching;
using Alignment.Memory.Searching;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Builds the index document of a unit (<see cref="IndexSchema"/>), reusing one set of fields from unit to unit.
/// Every fresh field costs Lucene a token stream with its attribute maps when it is indexed, which made building
/// documents, and the garbage collections it caused, a large share of indexing time. The document returned is
/// overwritten by the next call, so each writing thread owns one builder and hands the document to the writer before
/// building the next.
/// </summary>
internal sealed class UnitDocument : IDisposable
{
    private readonly LuceneDocument document = [];
    private readonly StringField identity = new(IndexSchema.Identity, string.Empty, Field.Store.NO);
    private readonly StringField documentName = new(IndexSchema.DocumentName, string.Empty, Field.Store.YES);
    private readonly StoredField sourceCode = new(IndexSchema.SourceCode, string.Empty);
    private readonly StoredField id = new(IndexSchema.Id, string.Empty);
    private readonly StoredField path = new(IndexSchema.Path, string.Empty);
    private readonly StoredField bead = new(IndexSchema.Bead, string.Empty);
    private readonly StoredField confidence = new(IndexSchema.Confidence, 0.0);
    private readonly StoredField origin = new(IndexSchema.Origin, string.Empty);
    private readonly StoredField created = new(IndexSchema.Created, 0L);
    private readonly StoredField previousSource = new(IndexSchema.PreviousSource, string.Empty);
    private readonly StoredField nextSource = new(IndexSchema.NextSource, string.Empty);
    private readonly StringField reading = new(IndexSchema.Reading, string.Empty, Field.Store.NO);
    private readonly NumericDocValuesField copy = new(IndexSchema.Copy, 0);
    private readonly NumericDocValuesField trust = new(IndexSchema.Trust, 0);
    private readonly Dictionary<string, SideFields> sides = new(StringComparer.Ordinal);

    /// <summary>The document for <paramref name="unit"/>, valid until the next call.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="identityKey">Its <see cref="IndexSchema.IdentityKey"/>.</param>
    /// <param name="readingKey">Its <see cref="IndexSchema.ReadingKey"/>.</param>
    /// <param name="isCopy">True when another unit reading the same is stored before it.</param>
    public LuceneDocument Fill(TranslationUnit unit, string identityKey, string readingKey, bool isCopy)
    {
        document.Fields.Clear();
        Add(identity, identityKey);
        Add(documentName, DocumentNames.Stored(unit.Provenance.Document));
        Add(sourceCode, unit.Source.Language.Code);
        Add(id, unit.Id);
        Add(path, unit.Provenance.Path);
        Add(bead, unit.Provenance.BeadType.ToString());
        confidence.SetDoubleValue(unit.Provenance.Confidence);
        document.Add(confidence);
        Add(origin, IndexSchema.OriginName(unit.Origin));
        created.SetInt64Value(unit.Created.UtcTicks);
        document.Add(created);
        Add(previousSource, unit.PreviousSource);
        Add(nextSource, unit.NextSource);
        Add(reading, readingKey);
        copy.SetInt64Value(isCopy ? 1 : 0);
        document.Add(copy);
        trust.SetInt64Value(unit.Origin == UnitOrigin.Aligned ? (long)Math.Round(unit.Provenance.Confidence * 1_000_000) : IndexSchema.Imported);
        document.Add(trust);
        Side(unit.Source.Language.Code).Fill(document, unit.Source);
        Side(unit.Target.Language.Code).Fill(document, unit.Target);
        foreach (var (key, value) in unit.Properties)
        {
            document.Add(new StoredField(IndexSchema.Property, IndexSchema.PropertyValue(key, value)));
        }

        foreach (var note in unit.Notes)
        {
            document.Add(new StoredField(IndexSchema.Note, note));
        }

        return document;
    }

    public void Dispose()
    {
        foreach (var side in sides.Values)
        {
            side.Dispose();
        }
    }

    private void Add(Field field, string value)
    {
        field.SetStringValue(value);
        document.Add(field);
    }

    private SideFields Side(string code)
    {
        if (!sides.TryGetValue(code, out var side))
        {
            side = new SideFields(code);
            sides.Add(code, side);
        }

        return side;
    }

    /// <summary>The fields of one language's side, named by its code.</summary>
    private sealed class SideFields : IDisposable
    {
        private readonly string code;
        private readonly bool characterBased;
        private readonly StringField language;
        private readonly StringField tagTerm = new(IndexSchema.LanguageTags, string.Empty, Field.Store.NO);
        private readonly StoredField tag;
        private readonly BinaryDocValuesField text;
        private readonly StoredField markup;
        private readonly StringField exact;
        private readonly NumericDocValuesField length;
        private readonly Field grams;
        private readonly List<AnalyzedToken> analysed = [];
        private readonly ReplayedTokens replayed = new();
        private readonly Field words;
        private readonly BinaryDocValuesField wordMap;
        private readonly TermKeyTokens termKeys = new();
        private readonly Field terms;

        public SideFields(string code)
        {
            this.code = code;
            characterBased = IndexSchema.IsCharacterBased(code);
            language = new StringField(IndexSchema.LanguageCodes, code, Field.Store.YES);
            tag = new StoredField(IndexSchema.Tag(code), string.Empty);
            text = new BinaryDocValuesField(IndexSchema.Text(code), new BytesRef());
            markup = new StoredField(IndexSchema.Markup(code), string.Empty);
            exact = new StringField(IndexSchema.Exact(code), string.Empty, Field.Store.NO);
            length = new NumericDocValuesField(IndexSchema.Length(code), 0);
            grams = new Field(IndexSchema.Grams(code), string.Empty, IndexSchema.SearchedField);
            words = new Field(IndexSchema.Words(code), replayed, IndexSchema.SearchedField);
            wordMap = new BinaryDocValuesField(IndexSchema.WordMap(code), new BytesRef());
            terms = new Field(IndexSchema.Terms(code), termKeys, IndexSchema.TermListField);
        }

        public void Fill(LuceneDocument document, Segment segment)
        {
            document.Add(language);
            tagTerm.SetStringValue(segment.Language.Tag);
            document.Add(tagTerm);
            tag.SetStringValue(segment.Language.Tag);
            document.Add(tag);
            text.SetBytesValue(new BytesRef(segment.Text));
            document.Add(text);
            if (segment.Markup.Length > 0)
            {
                markup.SetStringValue(segment.Markup);
                document.Add(markup);
            }

            var key = TextKey.Fold(LeadingLabel.Split(segment.Text).Remainder);
            exact.SetStringValue(TextKey.Digest(key));
            document.Add(exact);
            length.SetInt64Value(Tokens.Count(key));
            document.Add(length);
            if (characterBased)
            {
                grams.SetStringValue(segment.Text);
                document.Add(grams);
            }

            // One analysis feeds the word field, its word map and the term statistics. Its list is reused: the
            // document is indexed before this side is filled again.
            AnalyzedToken.Analyze(IndexSchema.Words(code), segment.Text, analysed);
            replayed.Replay(analysed);
            document.Add(words);
            wordMap.SetBytesValue(WordMap.Encode(segment.Text, analysed));
            document.Add(wordMap);
            termKeys.Replay(code, segment.Text, analysed);
            document.Add(terms);
        }

        public void Dispose()
        {
            replayed.Dispose();
            termKeys.Dispose();
        }
    }
}
