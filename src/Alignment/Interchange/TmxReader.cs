using System.Xml;
using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>
/// Reads the translation units of one language pair from a TMX file (1.4b, and the <c>lang</c> attribute of 1.1),
/// streaming: one <c>&lt;tu&gt;</c> at a time, so that files of hundreds of megabytes are read in bounded memory.
/// </summary>
/// <remarks>
/// A unit is taken from every <c>&lt;tu&gt;</c> that has a variant in each requested language (see
/// <see cref="TmxReadOptions"/>); the others are counted in <see cref="UnitsSkipped"/>, not reported as errors.
/// Properties and notes are kept, and the <c>x-</c> properties written by <see cref="TmxWriter"/> restore a unit's
/// provenance, origin and context. A unit with the <c>x-label</c> property, which <see cref="AlignedUnits"/> writes only
/// so that a CAT tool reading the file finds a block's label segmented as it segments it, is not read: it restates
/// another unit of the file with its labels left out, or holds only the labels. Nor is a unit with the <c>x-tags</c>
/// property, which restates another with the inline tags OmegaT shows in a Word file's segment. The DTD a file names is never loaded.
/// </remarks>
public sealed class TmxReader : IDisposable
{
    private const int LanguagesToList = 20;

    private readonly XmlReader xml;
    private readonly string name;
    private readonly TmxReadOptions options;
    private readonly List<string> languages = [];
    private readonly Dictionary<string, Fit> fits = new(StringComparer.Ordinal);
    private bool rootSeen;
    private bool positioned;
    private bool enumerated;
    private int unitsSeen;

    private TmxReader(Stream input, string name, TmxReadOptions options, bool closeInput)
    {
        this.name = name;
        this.options = options;
        xml = XmlReader.Create(input, XmlReading.Settings(closeInput));
        try
        {
            Header = Guard(ReadHeader);
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    /// <summary>The file's header.</summary>
    public TmxHeader Header { get; }

    /// <summary>How many units have been read so far.</summary>
    public int UnitsRead { get; private set; }

    /// <summary>How many <c>&lt;tu&gt;</c> elements were passed over because they lack a variant in the source or the target language.</summary>
    public int SkippedMissingLanguage { get; private set; }

    /// <summary>How many <c>&lt;tu&gt;</c> elements were passed over because their source or target text is empty.</summary>
    public int SkippedEmpty { get; private set; }

    /// <summary>
    /// How many <c>&lt;tu&gt;</c> elements were passed over so far as faults of the file. The units this library writes
    /// beside a unit to restate it for CAT tools (its label form, its tagged form, the pieces a tool's rules cut it
    /// into) are passed over too, by design, and not counted.
    /// </summary>
    public int UnitsSkipped => SkippedMissingLanguage + SkippedEmpty;

    /// <summary>Opens a TMX file and reads its header.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, not XML or not TMX.</exception>
    public static TmxReader Open(string path, TmxReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stream = InputFile.Open(path);
        try
        {
            return new TmxReader(stream, path, options, closeInput: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Starts reading TMX from <paramref name="input"/>, which stays open, and reads its header.</summary>
    /// <param name="input">The TMX document.</param>
    /// <param name="name">A name for the input in error messages, usually its file name.</param>
    /// <param name="options">The language pair to read.</param>
    /// <exception cref="InputException">The input is not XML or not TMX.</exception>
    public static TmxReader Open(Stream input, string name, TmxReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        return new TmxReader(input, name, options, closeInput: false);
    }

    /// <summary>Reads all units of a TMX file into memory; for large files prefer <see cref="ReadUnits"/>.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, malformed, or has no unit in the requested languages.</exception>
    public static IReadOnlyList<TranslationUnit> ReadAll(string path, TmxReadOptions options)
    {
        using var reader = Open(path, options);
        return [.. reader.ReadUnits()];
    }

    /// <summary>
    /// The units of the file in order, read as they are enumerated; they can be enumerated once. The skip counts are
    /// up to date after each unit.
    /// </summary>
    /// <exception cref="InputException">
    /// While enumerating: the XML is malformed or truncated (with the line and column), or the file has units but none
    /// in the requested languages (naming the languages it has).
    /// </exception>
    public IEnumerable<TranslationUnit> ReadUnits()
    {
        if (enumerated)
        {
            throw new InvalidOperationException("The units of a TMX file can be read only once.");
        }

        enumerated = true;
        return Units();
    }

    /// <inheritdoc/>
    public void Dispose() => xml.Dispose();

    private IEnumerable<TranslationUnit> Units()
    {
        while (Guard(Next) is { } unit)
        {
            yield return unit;
        }

        if (UnitsRead == 0 && unitsSeen > 0)
        {
            var found = languages.Count == 0 ? "none" : string.Join(", ", languages);
            throw new InputException(
                name,
                $"has no translation unit in both {options.SourceLanguage} and {options.TargetLanguage}; the languages it has are {found}");
        }
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e)
        {
            throw XmlReading.Malformed(e, name, "TMX", rootSeen);
        }
    }

    private TmxHeader ReadHeader()
    {
        XmlReading.ExpectRoot(xml, name, "TMX", "tmx");
        rootSeen = true;

        if (xml.IsEmptyElement)
        {
            return TmxHeader.None;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName != "header")
            {
                positioned = true;
                return TmxHeader.None;
            }

            var header = new TmxHeader(
                Attribute("creationtool"),
                Attribute("creationtoolversion"),
                Attribute("srclang"),
                Attribute("segtype"),
                Attribute("o-tmf"),
                Attribute("datatype"))
            {
                Created = DateOf(Attribute("creationdate")),
            };
            xml.Skip();
            positioned = true;
            return header;
        }

        return TmxHeader.None;
    }

    private string Attribute(string attribute) => xml.GetAttribute(attribute) ?? string.Empty;

    private static DateTimeOffset DateOf(string text) =>
        TmxConventions.TryParseTmxDate(text, out var date) ? date : DateTimeOffset.UnixEpoch;

    private TranslationUnit? Next()
    {
        while (true)
        {
            if (!positioned && !xml.Read())
            {
                return null;
            }

            positioned = false;
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "tu")
            {
                var unit = ReadUnit();
                positioned = true;
                if (unit is not null)
                {
                    UnitsRead++;
                    return unit;
                }
            }
        }
    }

    private TranslationUnit? ReadUnit()
    {
        unitsSeen++;
        var id = Attribute("tuid");
        var created = DateOf(Attribute("creationdate"));
        var written = Attribute("srclang") is { Length: > 0 } srclang ? srclang : Header.SourceLanguage;
        var properties = new List<KeyValuePair<string, string>>();
        var notes = new List<string>();
        var variants = new List<Variant>();
        XmlReading.Children(xml, () =>
        {
            switch (xml.LocalName)
            {
                case "prop":
                    properties.Add(new(Attribute("type"), XmlReading.Text(xml)));
                    break;
                case "note":
                    notes.Add(XmlReading.Text(xml));
                    break;
                case "tuv":
                    variants.Add(ReadVariant());
                    break;
                default:
                    xml.Skip();
                    break;
            }
        });

        // A unit restating another in the label form a CAT tool segments the target in (LabelSegments) adds nothing
        // once read: a memory matches across labels, and holding both would count the pair twice. So for a unit
        // restating another with the inline tags a tool shows in a Word file's segment (WordTagUnits), and for a
        // tool's segment of a plain-text file (CatSegments, TargetSegments): a memory matches across line breaks, and
        // the wrapped form, written before its sentence's unit, would be the one it kept. The pieces a tool's rules
        // cut one of our sentences into (SentenceCuts) hold part of the sentence against all or none of its
        // translation, which a memory must not serve as a pair. Such units are the writer's design, not faults of
        // the file, so they are passed over without being counted as skipped.
        if (properties.Any(static p => p.Key is TmxConventions.Label or TmxConventions.Tags or TmxConventions.Cut or TmxConventions.Segment))
        {
            return null;
        }

        var s = LanguageMatch.Best(variants, static v => v.Fit.Source);
        var t = s < 0 ? -1 : LanguageMatch.Best(variants, static v => v.Fit.Target, excluded: s);
        if (s < 0 || t < 0)
        {
            SkippedMissingLanguage++;
            return null;
        }

        var (source, target) = (variants[s], variants[t]);
        if (string.IsNullOrWhiteSpace(source.Segment.Text) || string.IsNullOrWhiteSpace(target.Segment.Text))
        {
            SkippedEmpty++;
            return null;
        }

        properties.AddRange(source.Properties);
        properties.AddRange(target.Properties);
        notes.AddRange(source.Notes);
        notes.AddRange(target.Notes);
        var unit = new TranslationUnit(id.Length > 0 ? id : $"{Path.GetFileName(name)}#{unitsSeen}", source.Segment, target.Segment)
        {
            Created = created != DateTimeOffset.UnixEpoch ? created : source.Created,
            Notes = notes,
        };
        unit = Restore(unit, properties);

        // Read against the direction it was written in, the unit is the written one reversed: its context holds
        // neighbours in the other language and its bead is the other way round.
        return FitOf(written).Language is { } writtenSource && !writtenSource.IsSameLanguageAs(source.Segment.Language)
            ? unit.Reverse() with { Source = unit.Source, Target = unit.Target }
            : unit;
    }

    /// <summary>Takes this library's own properties (the first of each type) back into the unit; the rest stay properties.</summary>
    private static TranslationUnit Restore(TranslationUnit unit, List<KeyValuePair<string, string>> properties)
    {
        string document = string.Empty, path = string.Empty, location = string.Empty, previous = string.Empty, next = string.Empty;
        var bead = BeadType.Unknown;
        var confidence = 1.0;
        var origin = UnitOrigin.Imported;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var others = new List<KeyValuePair<string, string>>();
        foreach (var property in properties)
        {
            var (type, value) = property;
            var ours = !taken.Contains(type) && type switch
            {
                TmxConventions.Document => Set(ref document, value),
                TmxConventions.Path => Set(ref path, value),
                TmxConventions.Location => Set(ref location, value),
                TmxConventions.PreviousSource => Set(ref previous, value),
                TmxConventions.NextSource => Set(ref next, value),
                TmxConventions.Bead => TmxConventions.TryParseBead(value, out bead),
                TmxConventions.Confidence => TmxConventions.TryParseConfidence(value, out confidence),
                TmxConventions.Origin => TmxConventions.TryParseOrigin(value, out origin),
                _ => false,
            };
            if (ours)
            {
                taken.Add(type);
            }
            else
            {
                others.Add(property);
            }
        }

        // A failed parse leaves the out value at its default, which is the value of a unit without the property.
        if (!taken.Contains(TmxConventions.Confidence))
        {
            confidence = 1.0;
        }

        return unit with
        {
            Origin = origin,
            Provenance = new Provenance(document, path, bead, confidence) { Location = location },
            PreviousSource = previous,
            NextSource = next,
            Properties = others,
        };
    }

    private static bool Set(ref string field, string value)
    {
        field = value;
        return true;
    }

    private Variant ReadVariant()
    {
        var tag = XmlReading.LanguageOf(xml);
        var created = DateOf(Attribute("creationdate"));
        var segment = (Text: string.Empty, Markup: string.Empty);
        var segmentRead = false;
        var properties = new List<KeyValuePair<string, string>>();
        var notes = new List<string>();
        XmlReading.Children(xml, () =>
        {
            switch (xml.LocalName)
            {
                case "seg" when !segmentRead:
                    segment = ReadSegment();
                    segmentRead = true;
                    break;
                case "prop":
                    properties.Add(new(Attribute("type"), XmlReading.Text(xml)));
                    break;
                case "note":
                    notes.Add(XmlReading.Text(xml));
                    break;
                default:
                    xml.Skip();
                    break;
            }
        });

        if (tag.Length > 0 && languages.Count < LanguagesToList && !languages.Contains(tag, StringComparer.OrdinalIgnoreCase))
        {
            languages.Add(tag);
        }

        var fit = FitOf(tag);
        var language = fit.Language ?? options.SourceLanguage;
        return new Variant(fit, new Segment(language, segment.Text) { Markup = segment.Markup }, created, properties, notes);
    }

    /// <summary>
    /// What a language tag of the file is and how well it fits the requested pair. A file uses a handful of tags for
    /// millions of variants, so each is parsed and scored once.
    /// </summary>
    private Fit FitOf(string tag)
    {
        if (fits.TryGetValue(tag, out var fit))
        {
            return fit;
        }

        fit = new Fit(
            Documents.Language.TryParse(tag, out var language) ? language : null,
            LanguageMatch.Score(options.SourceLanguage, tag),
            LanguageMatch.Score(options.TargetLanguage, tag));
        if (fits.Count < 1000)
        {
            fits.Add(tag, fit);
        }

        return fit;
    }

    /// <summary>
    /// The plain text of a <c>&lt;seg&gt;</c> (text inside <c>&lt;hi&gt;</c> kept, the content of codes left out) and,
    /// when it holds elements and codes are kept, its inline markup.
    /// </summary>
    private (string Text, string Markup) ReadSegment()
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return (string.Empty, string.Empty);
        }

        var content = new SegmentContent(options.InlineCodes == InlineCodes.Keep);
        var depth = xml.Depth;
        XmlReading.Advance(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    content.StartElement(xml);
                    break;
                case XmlNodeType.EndElement:
                    content.EndElement(xml);
                    break;
                case var type when XmlReading.IsText(type):
                    content.AppendText(xml.Value);
                    break;
            }

            XmlReading.Advance(xml);
        }

        xml.Read();
        return (content.Text, content.Markup);
    }

    private sealed record Fit(Documents.Language? Language, int Source, int Target);

    private sealed record Variant(
        Fit Fit,
        Segment Segment,
        DateTimeOffset Created,
        List<KeyValuePair<string, string>> Properties,
        List<string> Notes);
}
