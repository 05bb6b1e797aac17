using System.Text;
using System.Xml;

namespace Alignment.Interchange;

/// <summary>
/// What a TMX reader collects from one <c>&lt;seg&gt;</c>, node by node: its plain text (text inside <c>&lt;hi&gt;</c>
/// kept, the content of codes left out) and, when codes are kept, its inline markup.
/// </summary>
internal sealed class SegmentContent(bool keepMarkup)
{
    private readonly StringBuilder text = new();
    private readonly Stack<bool> openElements = new();
    private StringBuilder? markup;
    private int codeDepth;

    public string Text => text.ToString();

    /// <summary>The segment's inline markup; empty when it holds no elements or codes are not kept.</summary>
    public string Markup => markup?.ToString() ?? string.Empty;

    public void StartElement(XmlReader xml)
    {
        var isCode = InlineMarkup.IsCode(xml.LocalName);
        if (keepMarkup)
        {
            // Most segments have no codes: their markup is only made once the first element shows up, from the text
            // so far, which is all plain.
            if (markup is null)
            {
                markup = new StringBuilder();
                InlineMarkup.AppendText(markup, text.ToString());
            }

            InlineMarkup.AppendStartTag(markup, xml);
        }

        if (!xml.IsEmptyElement)
        {
            openElements.Push(isCode);
            codeDepth += isCode ? 1 : 0;
        }
    }

    public void EndElement(XmlReader xml)
    {
        codeDepth -= openElements.Pop() ? 1 : 0;
        if (markup is not null)
        {
            InlineMarkup.AppendEndTag(markup, xml);
        }
    }

    public void AppendText(string value)
    {
        if (codeDepth == 0)
        {
            text.Append(value);
        }

        if (markup is not null)
        {
            InlineMarkup.AppendText(markup, value);
        }
    }
}
