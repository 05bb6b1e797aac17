using System.Reflection;
using System.Xml;

namespace Alignment.Interchange;

/// <summary>
/// Writes translation units as TMX 1.4b, one unit at a time, so that a memory of any size is written in constant memory.
/// The file is valid against the TMX 1.4 DTD; a unit's provenance, origin and context travel as <c>x-</c> properties
/// (<c>x-document</c>, <c>x-path</c>, <c>x-location</c>, <c>x-bead</c>, <c>x-confidence</c>, <c>x-origin</c>, <c>x-context-prev</c>,
/// <c>x-context-next</c>) that <see cref="TmxReader"/> restores. Dates are kept to the second, as TMX writes them.
/// Characters that XML 1.0 cannot carry (most C0 controls, unpaired surrogates) are dropped.
/// </summary>
/// <remarks>
/// Disposing the writer closes the document, so a stream written up to a failure still ends well-formed; write to a
/// path (<see cref="Write(string, IEnumerable{TranslationUnit}, TmxWriteOptions)"/>) to get all or nothing.
/// </remarks>
public sealed class TmxWriter : IDisposable
{
    private static readonly string Version = ToolVersion();

    private readonly XmlWriter xml;
    private readonly TmxWriteOptions options;
    private bool disposed;

    /// <summary>Starts a TMX document on <paramref name="output"/>, which stays open, and writes its header.</summary>
    public TmxWriter(Stream output, TmxWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        xml = XmlWriter.Create(output, XmlText.WriterSettings());
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", "Alignment");
        xml.WriteAttributeString("creationtoolversion", Version);
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("o-tmf", "Alignment");
        xml.WriteAttributeString("adminlang", "en");
        xml.WriteAttributeString("srclang", options.SourceLanguage.Tag);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteAttributeString("creationdate", TmxConventions.FormatTmxDate(options.Clock.GetUtcNow()));
        xml.WriteEndElement();
        xml.WriteStartElement("body");
    }

    /// <summary>How many units have been written.</summary>
    public int UnitsWritten { get; private set; }

    /// <summary>Writes all of <paramref name="units"/> to a new TMX file, replacing <paramref name="path"/> only once it is complete.</summary>
    /// <returns>The number of units written.</returns>
    public static int Write(string path, IEnumerable<TranslationUnit> units, TmxWriteOptions options)
    {
        var count = 0;
        AtomicFile.Write(path, stream => count = Write(stream, units, options));
        return count;
    }

    /// <summary>Writes all of <paramref name="units"/> as a TMX document to <paramref name="output"/>, which stays open.</summary>
    /// <returns>The number of units written.</returns>
    public static int Write(Stream output, IEnumerable<TranslationUnit> units, TmxWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(units);
        using var writer = new TmxWriter(output, options);
        foreach (var unit in units)
        {
            writer.Write(unit);
        }

        return writer.UnitsWritten;
    }

    /// <summary>Writes one unit as a <c>&lt;tu&gt;</c>.</summary>
    /// <exception cref="ArgumentException">The unit's segment markup is not well-formed XML.</exception>
    public void Write(TranslationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ObjectDisposedException.ThrowIf(disposed, this);
        CheckMarkup(unit, unit.Source);
        CheckMarkup(unit, unit.Target);

        xml.WriteStartElement("tu");
        if (unit.Id.Length > 0)
        {
            xml.WriteAttributeString("tuid", XmlText.Clean(unit.Id));
        }

        if (unit.Created != DateTimeOffset.UnixEpoch)
        {
            xml.WriteAttributeString("creationdate", TmxConventions.FormatTmxDate(unit.Created));
        }

        if (unit.Source.Language != options.SourceLanguage)
        {
            xml.WriteAttributeString("srclang", unit.Source.Language.Tag);
        }

        var provenance = unit.Provenance;
        WriteProperty(TmxConventions.Document, provenance.Document);
        WriteProperty(TmxConventions.Path, provenance.Path);
        WriteProperty(TmxConventions.Location, provenance.Location);
        WriteProperty(TmxConventions.Bead, TmxConventions.FormatBead(provenance.BeadType));
        WriteProperty(TmxConventions.Confidence, TmxConventions.FormatConfidence(provenance.Confidence));
        WriteProperty(TmxConventions.Origin, TmxConventions.FormatOrigin(unit.Origin));
        WriteProperty(TmxConventions.PreviousSource, unit.PreviousSource);
        WriteProperty(TmxConventions.NextSource, unit.NextSource);
        foreach (var (type, value) in unit.Properties)
        {
            xml.WriteStartElement("prop");
            xml.WriteAttributeString("type", XmlText.Clean(type));
            xml.WriteString(XmlText.Clean(value));
            xml.WriteEndElement();
        }

        foreach (var note in unit.Notes)
        {
            xml.WriteElementString("note", XmlText.Clean(note));
        }

        WriteVariant(unit.Source);
        WriteVariant(unit.Target);
        xml.WriteEndElement();
        UnitsWritten++;
    }

    /// <summary>Closes the document (<c>&lt;/body&gt;&lt;/tmx&gt;</c>) and flushes it; the stream stays open.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        xml.WriteEndDocument();
        xml.Dispose();
    }

    private static void CheckMarkup(TranslationUnit unit, Segment segment)
    {
        if (segment.Markup.Length > 0)
        {
            InlineMarkup.Check(segment.Markup, unit.Id, segment.Language.Tag);
        }
    }

    private static string ToolVersion()
    {
        var assembly = typeof(TmxWriter).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            // "0.1.0+3f2a…": the commit that built it is no concern of a TMX reader.
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version?.ToString() ?? "0";
    }

    private void WriteProperty(string type, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        xml.WriteStartElement("prop");
        xml.WriteAttributeString("type", type);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private void WriteVariant(Segment segment)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", null, segment.Language.Tag);
        xml.WriteStartElement("seg");
        if (segment.Markup.Length > 0)
        {
            xml.WriteRaw(segment.Markup);
        }
        else
        {
            xml.WriteString(XmlText.Clean(segment.Text));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
