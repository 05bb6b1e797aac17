using System.Globalization;
using System.Xml;
using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>
/// Glossaries as TBX-Basic (ISO 30042, the <c>martif</c> form most terminology tools import): a <c>termEntry</c> per
/// entry, holding the comment as a <c>note</c>, counts as <c>descrip</c> and a <c>langSet</c> with one term per language.
/// Reading also takes the TBX 3 names (<c>tbx</c>, <c>conceptEntry</c>, <c>langSec</c>).
/// </summary>
internal static class Tbx
{
    private const string Occurrences = "x-occurrences";
    private const string Confidence = "x-confidence";
    private const int LanguagesToList = 20;

    public static void Write(Stream output, Glossary glossary)
    {
        using var xml = XmlWriter.Create(output, XmlText.WriterSettings());
        xml.WriteStartDocument();
        xml.WriteStartElement("martif");
        xml.WriteAttributeString("type", "TBX-Basic");
        xml.WriteAttributeString("xml", "lang", null, "en");
        xml.WriteStartElement("martifHeader");
        xml.WriteStartElement("fileDesc");
        xml.WriteStartElement("titleStmt");
        xml.WriteElementString("title", $"Glossary {glossary.SourceLanguage}–{glossary.TargetLanguage}");
        xml.WriteEndElement();
        xml.WriteStartElement("sourceDesc");
        xml.WriteElementString("p", "Written by Alignment");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("encodingDesc");
        xml.WriteStartElement("p");
        xml.WriteAttributeString("type", "XCSURI");
        xml.WriteString("TBXBasicXCSV02.xcs");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("text");
        xml.WriteStartElement("body");
        var number = 0;
        foreach (var entry in glossary.Entries)
        {
            xml.WriteStartElement("termEntry");
            xml.WriteAttributeString("id", $"c{++number}");
            if (entry.Occurrences > 0)
            {
                Descrip(xml, Occurrences, entry.Occurrences.ToString(CultureInfo.InvariantCulture));
            }

            if (entry.Confidence != 1.0)
            {
                Descrip(xml, Confidence, TmxConventions.FormatConfidence(entry.Confidence));
            }

            if (entry.Comment.Length > 0)
            {
                xml.WriteElementString("note", XmlText.Clean(entry.Comment));
            }

            LangSet(xml, glossary.SourceLanguage, entry.SourceTerm);
            LangSet(xml, glossary.TargetLanguage, entry.TargetTerm);
            xml.WriteEndElement();
        }

        xml.WriteEndDocument();
    }

    public static IReadOnlyList<GlossaryEntry> Read(Stream input, string name, Language sourceLanguage, Language targetLanguage)
    {
        var entries = new List<GlossaryEntry>();
        var languages = new List<string>();
        var entriesSeen = 0;
        var rootSeen = false;
        try
        {
            using var xml = XmlReader.Create(input, XmlReading.Settings(closeInput: false));
            XmlReading.ExpectRoot(xml, name, "TBX", "martif", "tbx");
            rootSeen = true;
            while (xml.Read())
            {
                while (xml.NodeType == XmlNodeType.Element && xml.LocalName is "termEntry" or "conceptEntry")
                {
                    entriesSeen++;
                    if (ReadEntry(xml, sourceLanguage, targetLanguage, languages) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }
        }
        catch (XmlException e)
        {
            throw XmlReading.Malformed(e, name, "TBX", rootSeen);
        }

        if (entries.Count == 0 && entriesSeen > 0)
        {
            var found = languages.Count == 0 ? "none" : string.Join(", ", languages);
            throw new InputException(
                name, $"has no term entry in both {sourceLanguage} and {targetLanguage}; the languages it has are {found}");
        }

        return entries;
    }

    /// <summary>Reads the entry the reader is on and leaves the reader after it; null when it lacks one of the languages.</summary>
    private static GlossaryEntry? ReadEntry(XmlReader xml, Language sourceLanguage, Language targetLanguage, List<string> languages)
    {
        var notes = new List<string>();
        var occurrences = 0;
        var confidence = 1.0;
        var tags = new List<string>();
        var terms = new List<string>();
        XmlReading.Children(xml, () =>
        {
            switch (xml.LocalName)
            {
                case "note":
                    notes.Add(XmlReading.Text(xml).Trim());
                    break;
                case "descrip" when xml.GetAttribute("type") == Occurrences:
                    _ = int.TryParse(XmlReading.Text(xml).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out occurrences);
                    break;
                case "descrip" when xml.GetAttribute("type") == Confidence:
                    if (!TmxConventions.TryParseConfidence(XmlReading.Text(xml), out confidence))
                    {
                        confidence = 1.0;
                    }

                    break;
                case "langSet" or "langSec":
                    tags.Add(XmlReading.LanguageOf(xml));
                    terms.Add(FirstTerm(xml));
                    break;
                default:
                    xml.Skip();
                    break;
            }
        });

        foreach (var tag in tags)
        {
            if (languages.Count < LanguagesToList && !languages.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                languages.Add(tag);
            }
        }

        var s = LanguageMatch.Best(tags, tag => LanguageMatch.Score(sourceLanguage, tag));
        var t = s < 0 ? -1 : LanguageMatch.Best(tags, tag => LanguageMatch.Score(targetLanguage, tag), excluded: s);
        if (s < 0 || t < 0 || string.IsNullOrWhiteSpace(terms[s]) || string.IsNullOrWhiteSpace(terms[t]))
        {
            return null;
        }

        return new GlossaryEntry(terms[s].Trim(), terms[t].Trim())
        {
            Comment = string.Join("\n", notes.Where(n => n.Length > 0)),
            Occurrences = occurrences,
            Confidence = confidence,
        };
    }

    /// <summary>The first <c>term</c> inside the language set the reader is on (synonyms after it are left out); leaves the reader after the set.</summary>
    private static string FirstTerm(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        var term = string.Empty;
        XmlReading.Advance(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "term" && term.Length == 0)
            {
                term = XmlReading.Text(xml);
                continue;
            }

            XmlReading.Advance(xml);
        }

        xml.Read();
        return term;
    }

    private static void Descrip(XmlWriter xml, string type, string value)
    {
        xml.WriteStartElement("descrip");
        xml.WriteAttributeString("type", type);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void LangSet(XmlWriter xml, Language language, string term)
    {
        xml.WriteStartElement("langSet");
        xml.WriteAttributeString("xml", "lang", null, language.Tag);
        xml.WriteStartElement("tig");
        xml.WriteElementString("term", XmlText.Clean(term));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
