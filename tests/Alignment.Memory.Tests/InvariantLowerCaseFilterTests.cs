using System.Text;
using Alignment.Memory.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Tests;

public sealed class InvariantLowerCaseFilterTests
{
    [Test]
    public void Every_code_point_lower_cases_as_Lucenes_filter_lower_cases_it()
    {
        var text = AllCodePoints();

        var ours = text.ToCharArray();
        InvariantLowerCaseFilter.LowerCase(ours);

        Assert.That(new string(ours), Is.EqualTo(LowerCasedByLucene(text)));
    }

    [Test]
    public void Mixed_text_keeps_its_ideographs_and_lowers_its_letters()
    {
        var text = "ＵＮＯＤＣ的Cybercrime Repository 𐐀 ΣΑΣ".ToCharArray();

        InvariantLowerCaseFilter.LowerCase(text);

        Assert.That(new string(text), Is.EqualTo("ｕｎｏｄｃ的cybercrime repository 𐐨 σασ"));
    }

    private static string AllCodePoints()
    {
        var text = new StringBuilder();
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            if (Rune.IsValid(value))
            {
                text.Append(char.ConvertFromUtf32(value));
            }
        }

        return text.ToString();
    }

    private static string LowerCasedByLucene(string text)
    {
        using var tokenizer = new KeywordTokenizer(new StringReader(text), text.Length);
        using var filter = new LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, tokenizer);
        var term = filter.AddAttribute<ICharTermAttribute>();
        filter.Reset();
        Assert.That(filter.IncrementToken(), Is.True);
        var lowered = term.ToString();
        filter.End();
        return lowered;
    }
}
