using System.Text;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// Tables of units and glossaries arrive as spreadsheets save them: UTF-8 with or without a byte order mark,
/// UTF-16 ("Unicode text"), or GB18030 on a Chinese Windows. They are read as their text, as documents are; bytes
/// that are text in none of those encodings stop the read instead of becoming U+FFFD in a memory.
/// </summary>
public sealed class TableEncodingTests
{
    private const string Table = "source\ttarget\n会员国应加强电子证据收集方面的合作。\tMember States should strengthen cooperation in the collection of electronic evidence.\n";

    static TableEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestCase("GB18030")]
    [TestCase("utf-16")]
    [TestCase("utf-8")]
    public void A_table_reads_as_its_text_in_the_encoding_it_was_saved_in(string encoding)
    {
        var units = Read(Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(Table)).ToArray());

        Assert.That(units.Select(u => u.Source.Text), Is.EqualTo(new[] { "会员国应加强电子证据收集方面的合作。" }));
    }

    [Test]
    public void A_table_in_no_encoding_that_is_detected_is_refused_naming_the_file()
    {
        var latin1 = Encoding.Latin1.GetBytes("source\ttarget\nCaf\u00e9 cr\u00e8me\tcoffee\n");

        var error = Assert.Throws<InputException>(() => Read(latin1));

        Assert.That(error!.Message, Does.StartWith("pairs.tsv: is not valid UTF-8"));
    }

    [Test]
    public void A_glossary_saved_in_GB18030_reads_as_its_terms()
    {
        using var input = new MemoryStream(Encoding.GetEncoding("GB18030").GetBytes("电子证据,electronic evidence\n国际合作,international cooperation\n"));

        var glossary = Glossary.Read(input, "terms.csv", GlossaryFormat.Csv, Language.Chinese, Language.English);

        Assert.That(glossary.Entries.Select(e => e.SourceTerm), Is.EqualTo(new[] { "电子证据", "国际合作" }));
    }

    private static List<TranslationUnit> Read(byte[] table)
    {
        using var input = new MemoryStream(table);
        return [.. UnitTable.Read(input, "pairs.tsv", UnitTableFormat.Tsv, Language.Chinese, Language.English)];
    }
}
