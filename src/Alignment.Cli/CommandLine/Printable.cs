using System.Globalization;
using System.Text;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Text from a memory or a document as the human output shows it: control characters (a stray escape, a bell, a
/// line break inside a segment) written as <c>\u001B</c>, <c>\n</c> and the like, so that a unit can neither drive the
/// terminal nor break the one-line-per-segment layout. <c>--json</c> output carries the text as it is, escaped by JSON.
/// </summary>
internal static class Printable
{
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var printed = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            printed.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return printed.ToString();
    }
}
