using System.Globalization;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Matching;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Alignment.Memory.Indexing;

/// <summary>
/// One index document per translation unit (built by <see cref="UnitDocument"/>). Each side is kept and indexed under fields named by its language
/// code (<c>text.zh</c>, <c>grams.zh</c>, <c>words.en</c> …), so either language can be the query side:
/// <list type="bullet">
/// <item><c>text.{code}</c>: the text, as doc values: fuzzy candidates are scored from it without decompressing
/// stored fields (which costs tens of microseconds a unit), and the unit is rebuilt from it with the stored fields
/// (identity, provenance, context, properties);</item>
/// <item><c>exact.{code}</c>: digest of the folded text without its leading label, for exact and label-only matches;</item>
/// <item><c>grams.zh</c>: character bigrams and unigrams (fuzzy prefilter and concordance);</item>
/// <item><c>words.{code}</c>: SmartCn words for Chinese, stemmed words for English;</item>
/// <item><c>wordmap.{code}</c>: the words of <c>words.{code}</c> with their offsets, as doc values (<see cref="Indexing.WordMap"/>), so term lookup need not analyse its sample again;</item>
/// <item><c>length.{code}</c>: the token count the scorer uses, so candidates too short or long to reach the minimum score are skipped unread;</item>
/// <item><c>terms.{code}</c>: the side's candidate terms of two words or more (<see cref="Terminology.TermShingles"/>), one
/// untokenised term each, without positions: how many units contain a phrase is then one dictionary lookup, which term
/// lookup needs for every candidate equivalent (single-word terms are counted in <c>words.{code}</c>);</item>
/// <item><c>pair</c> (<see cref="Identity"/>): the unit's identity (languages and both texts, case kept), which keeps
/// re-added units from duplicating and is what <see cref="DuplicatePolicy"/> acts on;</item>
/// <item><c>duplicate</c> (<see cref="Reading"/>): a digest of both folded texts in either direction: units that read
/// the same to a translator; <c>copy</c>: 1 when another unit reading the same was stored first, so that a concordance shows each
/// such group once by reading one number per hit, never grouping its hits (which for a frequent phrase would cost
/// a hash lookup per hit);</item>
/// <item><c>trust</c>: the aligner's confidence in millionths (-1 for imported units), for the scorer's penalty.</item>
/// </list>
/// </summary>
internal static class IndexSchema
{
    /// <summary>The field of <see cref="IdentityKey"/> (named <c>pair</c> on disk, as in every memory written so far).</summary>
    public const string Identity = "pair";
    public const string DocumentName = "document";
    public const string LanguageCodes = "language";
    public const string LanguageTags = "tag";
    public const string SourceCode = "source";
    public const string Id = "id";
    public const string Path = "path";
    public const string Bead = "bead";
    public const string Confidence = "confidence";
    public const string Origin = "origin";
    public const string Created = "created";
    public const string PreviousSource = "previous";
    public const string NextSource = "next";
    public const string Property = "property";
    public const string Note = "note";
    /// <summary>The field of <see cref="ReadingKey"/> (named <c>duplicate</c> on disk, as in every memory written so far).</summary>
    public const string Reading = "duplicate";
    public const string Copy = "copy";
    public const string Trust = "trust";

    /// <summary>The <see cref="Trust"/> of an imported unit; aligned units store their confidence in millionths.</summary>
    public const long Imported = -1;

    private const char PropertySeparator = '\u001F';

    /// <summary>Terms only: which units hold them is all term statistics need (no positions, frequencies or norms).</summary>
    public static readonly FieldType TermListField = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>
    /// Searched text, with positions for phrases but without norms: nothing ranks by Lucene's scores (fuzzy
    /// candidates are counted, concordance and term hits collected in index order), and norms cost a value per field
    /// per unit to write and to merge.
    /// </summary>
    public static readonly FieldType SearchedField = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        OmitNorms = true,
    });

    public static string Text(string code) => "text." + code;

    public static string Tag(string code) => "tag." + code;

    public static string Markup(string code) => "markup." + code;

    public static string Exact(string code) => "exact." + code;

    public static string Grams(string code) => "grams." + code;

    public static string Words(string code) => "words." + code;

    public static string Length(string code) => "length." + code;

    public static string Terms(string code) => "terms." + code;

    public static string WordMap(string code) => "wordmap." + code;

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>Chinese is compared and searched by characters; every other language by words.</summary>
    public static bool IsCharacterBased(string code) => code == Language.Chinese.Code;

    /// <summary>The field whose terms pick fuzzy-match candidates in <paramref name="code"/>.</summary>
    public static string FuzzyField(string code) => IsCharacterBased(code) ? Grams(code) : Words(code);

    public static Analyzer AnalyzerFor(string field) => field switch
    {
        _ when field.StartsWith("grams.", StringComparison.Ordinal) => Analyzers.Grams,
        "words.zh" => Analyzers.ChineseWords,
        "words.en" => Analyzers.EnglishWords,
        _ => Analyzers.OtherWords,
    };

    /// <summary>The digest looked up for exact and label-only matches of <paramref name="text"/>.</summary>
    public static string ExactKey(string text) => TextKey.Digest(TextKey.Fold(LeadingLabel.Split(text).Remainder));

    /// <summary>The identity of a unit: same languages and same texts up to width and whitespace (not case, not script).</summary>
    public static string IdentityKey(TranslationUnit unit) =>
        TextKey.Digest(
            unit.Source.Language.Code,
            TextKey.Canonical(unit.Source.Text, width: true, letterCase: false, whitespace: true, script: false),
            unit.Target.Language.Code,
            TextKey.Canonical(unit.Target.Text, width: true, letterCase: false, whitespace: true, script: false));

    /// <summary>The identity of what a unit reads like: both texts folded, in either direction.</summary>
    public static string ReadingKey(TranslationUnit unit)
    {
        var sides = new[] { unit.Source, unit.Target }.OrderBy(s => s.Language.Code, StringComparer.Ordinal).ToArray();
        return TextKey.Digest(sides[0].Language.Code, TextKey.Fold(sides[0].Text), sides[1].Language.Code, TextKey.Fold(sides[1].Text));
    }

    /// <summary>Rebuilds a unit from its stored fields and its texts (read by language code from <see cref="Text"/>).</summary>
    public static TranslationUnit ToUnit(LuceneDocument document, Func<string, string> text)
    {
        var sourceCode = document.Get(SourceCode, CultureInfo.InvariantCulture);
        var targetCode = document.GetValues(LanguageCodes, CultureInfo.InvariantCulture).First(code => code != sourceCode);
        return new TranslationUnit(document.Get(Id, CultureInfo.InvariantCulture) ?? string.Empty, ReadSegment(document, sourceCode, text), ReadSegment(document, targetCode, text))
        {
            Created = new DateTimeOffset(document.GetField(Created)?.GetInt64Value() ?? 0, TimeSpan.Zero),
            Origin = ParseOrigin(document.Get(Origin, CultureInfo.InvariantCulture)),
            Provenance = new Provenance(
                document.Get(DocumentName, CultureInfo.InvariantCulture) ?? string.Empty,
                document.Get(Path, CultureInfo.InvariantCulture) ?? string.Empty,
                BeadType.Parse(document.Get(Bead, CultureInfo.InvariantCulture) ?? "0-0"),
                document.GetField(Confidence)?.GetDoubleValue() ?? 1.0),
            PreviousSource = document.Get(PreviousSource, CultureInfo.InvariantCulture) ?? string.Empty,
            NextSource = document.Get(NextSource, CultureInfo.InvariantCulture) ?? string.Empty,
            Properties = [.. document.GetValues(Property, CultureInfo.InvariantCulture).Select(ReadProperty)],
            Notes = document.GetValues(Note, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>How a unit's origin is stored: its name in lower case, as TMX writes it in <c>x-origin</c>.</summary>
    public static string OriginName(UnitOrigin origin) => origin.ToString().ToLowerInvariant();

    /// <summary>A stored origin; units stored before people could confirm or edit them are aligned or imported.</summary>
    private static UnitOrigin ParseOrigin(string? stored) =>
        Enum.GetValues<UnitOrigin>().FirstOrDefault(origin => OriginName(origin) == stored, UnitOrigin.Imported);

    private static Segment ReadSegment(LuceneDocument document, string code, Func<string, string> text) =>
        new(Language.Parse(document.Get(Tag(code), CultureInfo.InvariantCulture)), text(code))
        {
            Markup = document.Get(Markup(code), CultureInfo.InvariantCulture) ?? string.Empty,
        };

    /// <summary>How a unit's property is stored: key and value in one stored value.</summary>
    public static string PropertyValue(string key, string value) => key + PropertySeparator + value;

    private static KeyValuePair<string, string> ReadProperty(string stored)
    {
        var separator = stored.IndexOf(PropertySeparator, StringComparison.Ordinal);
        return separator < 0 ? new(stored, string.Empty) : new(stored[..separator], stored[(separator + 1)..]);
    }
}
