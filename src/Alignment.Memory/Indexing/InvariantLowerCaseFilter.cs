using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Lower-cases terms with the invariant culture, as Lucene's <c>LowerCaseFilter</c> does, but without asking the
/// culture about characters that have no case: that filter looks up every code point, ideographs included, and was
/// a tenth of the time spent indexing Chinese text.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        LowerCase(term.Buffer.AsSpan(0, term.Length));
        return true;
    }

    /// <summary>Lower-cases <paramref name="text"/> in place, code point by code point.</summary>
    public static void LowerCase(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    text[i] = (char)(c | 0x20);
                }
            }
            else if (IsCaseless(c))
            {
                continue;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Every supplementary letter with a lower case has it in the supplementary planes: the length holds.
                Rune.ToLowerInvariant(new Rune(c, text[i + 1])).EncodeToUtf16(text[i..]);
                i++;
            }
            else
            {
                text[i] = char.ToLowerInvariant(c);
            }
        }
    }

    // CJK punctuation, kana, compatibility forms and the unified ideographs (U+3000–U+9FFF): no character there has
    // a lower-case mapping.
    private static bool IsCaseless(char c) => c is >= '\u3000' and <= '\u9FFF';
}
