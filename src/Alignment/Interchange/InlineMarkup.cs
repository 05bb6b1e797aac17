using System.Text;
using System.Xml;

namespace Alignment.Interchange;

/// <summary>The inline content of a TMX <c>&lt;seg&gt;</c> kept as markup: serialised while reading, checked before writing.</summary>
internal static class InlineMarkup
{
    /// <summary>The TMX elements whose content is code, not text (native formatting, placeholders).</summary>
    public static bool IsCode(string localName) => localName is "bpt" or "ept" or "ph" or "it" or "ut" or "sub";

    /// <summary>Throws when <paramref name="markup"/> is not well-formed XML content that can go inside a <c>&lt;seg&gt;</c>.</summary>
    public static void Check(string markup, string unitId, string language)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader("<seg>" + markup + "</seg>"), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            throw new ArgumentException(
                $"Unit {unitId}: the {language} segment's markup is not well-formed XML ({e.Message}).", nameof(markup), e);
        }
    }

    public static void AppendText(StringBuilder markup, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => markup.Append("&amp;"),
                '<' => markup.Append("&lt;"),
                '>' => markup.Append("&gt;"),
                '\r' => markup.Append("&#xD;"),
                _ => markup.Append(c),
            };
        }
    }

    /// <summary>Appends the start tag of the element <paramref name="reader"/> is on, with its attributes, and leaves the reader there.</summary>
    public static void AppendStartTag(StringBuilder markup, XmlReader reader)
    {
        markup.Append('<').Append(reader.Name);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                markup.Append(' ').Append(reader.Name).Append("=\"");
                foreach (var c in reader.Value)
                {
                    _ = c switch
                    {
                        '&' => markup.Append("&amp;"),
                        '<' => markup.Append("&lt;"),
                        '"' => markup.Append("&quot;"),
                        '\t' => markup.Append("&#x9;"),
                        '\n' => markup.Append("&#xA;"),
                        '\r' => markup.Append("&#xD;"),
                        _ => markup.Append(c),
                    };
                }

                markup.Append('"');
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        markup.Append(reader.IsEmptyElement ? "/>" : ">");
    }

    public static void AppendEndTag(StringBuilder markup, XmlReader reader) => markup.Append("</").Append(reader.Name).Append('>');
}
