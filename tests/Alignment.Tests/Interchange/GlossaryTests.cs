using System.Text;
using System.Xml.Linq;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class GlossaryTests
{
    private static readonly GlossaryEntry[] Entries =
    [
        new("电子证据", "electronic evidence") { Comment = "Chapter 3 usage", Occurrences = 12, Confidence = 0.85 },
        new("网络犯罪", "cybercrime"),
        new("《公约》", "the \"Convention\", as adopted") { Comment = "quotes, commas & <brackets>" },
        new("预防犯罪和刑事司法委员会", "Commission on Crime Prevention and Criminal Justice") { Occurrences = 3 },
    ];

    private static Glossary Sample => new(Language.Chinese, Language.English, Entries);

    [TestCase(GlossaryFormat.Csv)]
    [TestCase(GlossaryFormat.Tsv)]
    [TestCase(GlossaryFormat.Tbx)]
    public void Entries_read_back_as_written(GlossaryFormat format)
    {
        var read = RoundTrip(Sample, format);

        Assert.That(read.Entries, Is.EqualTo(Entries));
    }

    [Test]
    public void OmegaT_glossaries_keep_terms_and_comments()
    {
        var read = RoundTrip(Sample, GlossaryFormat.OmegaT);

        Assert.That(read.Entries, Is.EqualTo(Entries.Select(e => new GlossaryEntry(e.SourceTerm, e.TargetTerm) { Comment = e.Comment })));
    }

    [Test]
    public void OmegaT_glossaries_are_unquoted_tab_separated_lines_without_header()
    {
        var text = Write(Sample, GlossaryFormat.OmegaT);

        Assert.That(text.Split('\n')[0], Is.EqualTo("电子证据\telectronic evidence\tChapter 3 usage"));
        Assert.That(text.Split('\n')[2], Is.EqualTo("《公约》\tthe \"Convention\", as adopted\tquotes, commas & <brackets>"));
    }

    [Test]
    public void OmegaT_glossaries_write_tabs_and_line_breaks_inside_terms_as_spaces()
    {
        var glossary = new Glossary(Language.Chinese, Language.English, [new("电子\t证据", "electronic\nevidence")]);

        var read = RoundTrip(glossary, GlossaryFormat.OmegaT);

        Assert.That(read.Entries.Single(), Is.EqualTo(new GlossaryEntry("电子 证据", "electronic evidence")));
    }

    [Test]
    public void OmegaT_comment_lines_and_two_column_lines_are_read()
    {
        var read = Read("# Glossary in tab-separated format -*- coding: utf-8 -*-\n电子证据\telectronic evidence\n\n网络犯罪\tcybercrime\tnote\n", GlossaryFormat.OmegaT);

        Assert.That(read.Entries, Is.EqualTo(new[]
        {
            new GlossaryEntry("电子证据", "electronic evidence"),
            new GlossaryEntry("网络犯罪", "cybercrime") { Comment = "note" },
        }));
    }

    [Test]
    public void A_two_column_csv_without_header_reads_as_terms()
    {
        var read = Read("电子证据,electronic evidence\n网络犯罪,cybercrime\n", GlossaryFormat.Csv);

        Assert.That(read.Entries, Is.EqualTo(new[] { new GlossaryEntry("电子证据", "electronic evidence"), new GlossaryEntry("网络犯罪", "cybercrime") }));
    }

    [Test]
    public void Csv_has_a_header_row_naming_its_columns()
    {
        var text = Write(Sample, GlossaryFormat.Csv);

        Assert.That(text.Split('\n')[0], Is.EqualTo("source,target,comment,occurrences,confidence"));
    }

    [Test]
    public void A_row_without_a_target_term_is_reported_with_its_line()
    {
        var error = Assert.Throws<InputException>(() => Read("电子证据\telectronic evidence\n网络犯罪\n", GlossaryFormat.Tsv))!;

        Assert.That((error.FileName, error.Line), Is.EqualTo(("terms", 2)));
    }

    [Test]
    public void Tbx_is_a_tbx_basic_martif_document()
    {
        var tbx = XDocument.Parse(Write(Sample, GlossaryFormat.Tbx));
        var root = tbx.Root!;
        XNamespace xml = XNamespace.Xml;

        Assert.Multiple(() =>
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("martif"));
            Assert.That(root.Attribute("type")?.Value, Is.EqualTo("TBX-Basic"));
            Assert.That(root.Attribute(xml + "lang")?.Value, Is.EqualTo("en"));
            Assert.That(root.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "martifHeader", "text" }));
            Assert.That(root.Element("text")!.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "body" }));
            Assert.That(root.Descendants("termEntry").Count(), Is.EqualTo(Entries.Length));
        });
    }

    [Test]
    public void A_tbx_term_entry_has_a_lang_set_per_language_and_its_notes()
    {
        var entry = XDocument.Parse(Write(Sample, GlossaryFormat.Tbx)).Descendants("termEntry").First();
        XNamespace xml = XNamespace.Xml;

        Assert.Multiple(() =>
        {
            Assert.That(entry.Attribute("id")?.Value, Is.EqualTo("c1"));
            Assert.That(entry.Elements("langSet").Select(l => l.Attribute(xml + "lang")?.Value), Is.EqualTo(new[] { "zh-CN", "en" }));
            Assert.That(entry.Elements("langSet").Select(l => l.Element("tig")?.Element("term")?.Value), Is.EqualTo(new[] { "电子证据", "electronic evidence" }));
            Assert.That(entry.Element("note")?.Value, Is.EqualTo("Chapter 3 usage"));
            Assert.That(entry.Elements("descrip").Select(d => (d.Attribute("type")?.Value, d.Value)), Is.EqualTo(new (string?, string)[] { ("x-occurrences", "12"), ("x-confidence", "0.85") }));
        });
    }

    [Test]
    public void Tbx_import_takes_the_requested_languages_of_a_multilingual_term_base()
    {
        const string tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>From a term base</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="t1">
                  <descrip type="subjectField">law</descrip>
                  <langSet xml:lang="fr"><tig><term>preuve électronique</term></tig></langSet>
                  <langSet xml:lang="EN-us"><ntig><termGrp><term>electronic evidence</term></termGrp></ntig><tig><term>e-evidence</term></tig></langSet>
                  <langSet xml:lang="zh"><tig><term>电子证据</term></tig></langSet>
                </termEntry>
                <termEntry id="t2"><langSet xml:lang="fr"><tig><term>crime</term></tig></langSet></termEntry>
              </body></text>
            </martif>
            """;

        var read = Read(tbx, GlossaryFormat.Tbx);

        Assert.That(read.Entries, Is.EqualTo(new[] { new GlossaryEntry("电子证据", "electronic evidence") }));
    }

    [Test]
    public void Tbx_without_the_requested_languages_names_the_languages_it_has()
    {
        const string tbx = "<martif type=\"TBX-Basic\"><text><body><termEntry><langSet xml:lang=\"fr\"><tig><term>crime</term></tig></langSet>"
            + "<langSet xml:lang=\"de\"><tig><term>Verbrechen</term></tig></langSet></termEntry></body></text></martif>";

        Assert.That(
            () => Read(tbx, GlossaryFormat.Tbx),
            Throws.TypeOf<InputException>().With.Message.EqualTo("terms: has no term entry in both zh-CN and en; the languages it has are fr, de"));
    }

    [Test]
    public void A_file_that_is_not_tbx_is_rejected()
    {
        Assert.That(
            () => Read("<tmx version=\"1.4\"/>", GlossaryFormat.Tbx),
            Throws.TypeOf<InputException>().With.Message.EqualTo("terms(1,2): is not a TBX file: its root element is <tmx>, not <martif>"));
    }

    [Test]
    public void Malformed_tbx_is_reported_with_its_position()
    {
        var error = Assert.Throws<InputException>(() => Read("<martif>\n<text><body></text></martif>", GlossaryFormat.Tbx))!;

        Assert.That((error.Line, error.Column), Is.EqualTo((2, 15)));
    }

    [Test]
    public void Writing_a_glossary_to_a_path_writes_the_file()
    {
        using var directory = new TempDirectory();
        var path = directory.File("terms.tbx");

        Sample.Write(path, GlossaryFormat.Tbx);

        Assert.That(Glossary.Read(path, GlossaryFormat.Tbx, Language.Chinese, Language.English).Entries, Is.EqualTo(Entries));
    }

    private static string Write(Glossary glossary, GlossaryFormat format)
    {
        using var output = new MemoryStream();
        glossary.Write(output, format);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static Glossary Read(string text, GlossaryFormat format)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Glossary.Read(input, "terms", format, Language.Chinese, Language.English);
    }

    private static Glossary RoundTrip(Glossary glossary, GlossaryFormat format) => Read(Write(glossary, format), format);
}
