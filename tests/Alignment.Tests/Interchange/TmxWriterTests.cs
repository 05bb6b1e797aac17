using System.Xml.Linq;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class TmxWriterTests
{
    private static readonly TmxWriteOptions Options = new(Language.Chinese) { Clock = Samples.Clock };

    [Test]
    public void Written_tmx_is_valid_against_the_tmx_1_4_dtd()
    {
        var xmllint = ExternalTool.Find("xmllint");
        if (xmllint.Length == 0)
        {
            Assert.Ignore("xmllint not installed (apt-get install libxml2-utils); TMX DTD validation skipped");
        }

        using var directory = new TempDirectory();
        var path = directory.File("memory.tmx");
        var markup = Samples.Full("m1", "见第 3 条", "See article 3") with
        {
            Target = new Segment(Language.English, "See article 3") { Markup = "See <bpt i=\"1\">&lt;b&gt;</bpt>article 3<ept i=\"1\">&lt;/b&gt;</ept>" },
        };
        var imported = new TranslationUnit("i1", new Segment(Language.Chinese, "导入。"), new Segment(Language.English, "Imported."));
        TmxWriter.Write(path, [.. Samples.Tricky(), markup, imported], Options);

        var (exitCode, _, error) = ExternalTool.Run(xmllint, "--noout", "--dtdvalid", Corpus.TestData("tmx14.dtd"), path);

        Assert.That(exitCode, Is.Zero, error);
    }

    [Test]
    public void Header_carries_every_attribute_the_dtd_requires()
    {
        var header = Write([Samples.Full("u1", "甲。", "A.")]).Root!.Element("header")!;

        Assert.Multiple(() =>
        {
            Assert.That(header.Attribute("creationtool")?.Value, Is.EqualTo("Alignment"));
            Assert.That(header.Attribute("creationtoolversion")?.Value, Does.Match(@"^\d+\.\d+\.\d+"));
            Assert.That(header.Attribute("segtype")?.Value, Is.EqualTo("sentence"));
            Assert.That(header.Attribute("o-tmf")?.Value, Is.EqualTo("Alignment"));
            Assert.That(header.Attribute("adminlang")?.Value, Is.EqualTo("en"));
            Assert.That(header.Attribute("srclang")?.Value, Is.EqualTo("zh-CN"));
            Assert.That(header.Attribute("datatype")?.Value, Is.EqualTo("plaintext"));
            Assert.That(header.Attribute("creationdate")?.Value, Is.EqualTo("20210406T093015Z"));
        });
    }

    [Test]
    public void A_unit_is_a_tu_with_id_date_and_a_tuv_per_language_source_first()
    {
        var tu = Write([Samples.Full("report#7", "甲。", "A.")]).Descendants("tu").Single();
        XNamespace xml = XNamespace.Xml;

        Assert.Multiple(() =>
        {
            Assert.That(tu.Attribute("tuid")?.Value, Is.EqualTo("report#7"));
            Assert.That(tu.Attribute("creationdate")?.Value, Is.EqualTo("20210406T093015Z"));
            Assert.That(tu.Elements("tuv").Select(v => v.Attribute(xml + "lang")?.Value), Is.EqualTo(new[] { "zh-CN", "en" }));
            Assert.That(tu.Elements("tuv").Select(v => v.Element("seg")?.Value), Is.EqualTo(new[] { "甲。", "A." }));
        });
    }

    [Test]
    public void Provenance_origin_and_context_are_written_as_x_properties()
    {
        var tu = Write([Samples.Full("u1", "甲。", "A.")]).Descendants("tu").Single();

        var properties = tu.Elements("prop").Select(p => (p.Attribute("type")?.Value, p.Value));

        Assert.That(properties, Is.EqualTo(new (string?, string)[]
        {
            ("x-document", "report.zh.txt"),
            ("x-path", "body › II › 12"),
            ("x-bead", "1-2"),
            ("x-confidence", "0.875"),
            ("x-origin", "aligned"),
            ("x-context-prev", "上一句。"),
            ("x-context-next", "下一句。"),
            ("x-client", "UNODC"),
            ("x-project", "EG4"),
        }));
    }

    [Test]
    public void Notes_are_written_in_order()
    {
        var tu = Write([Samples.Full("u1", "甲。", "A.")]).Descendants("tu").Single();

        Assert.That(tu.Elements("note").Select(n => n.Value), Is.EqualTo(new[] { "Checked by a reviewer.", "第二条注释" }));
    }

    [Test]
    public void Empty_provenance_and_context_write_no_property()
    {
        var unit = new TranslationUnit("i1", new Segment(Language.Chinese, "甲。"), new Segment(Language.English, "A."));

        var types = Write([unit]).Descendants("prop").Select(p => p.Attribute("type")?.Value);

        Assert.That(types, Is.EqualTo(new[] { "x-confidence", "x-origin" }));
    }

    [Test]
    public void An_unknown_date_is_left_out()
    {
        var unit = new TranslationUnit("i1", new Segment(Language.Chinese, "甲。"), new Segment(Language.English, "A."));

        var tu = Write([unit]).Descendants("tu").Single();

        Assert.That(tu.Attribute("creationdate"), Is.Null);
    }

    [Test]
    [SetCulture("de-DE")]
    public void Confidence_is_written_with_a_decimal_point_whatever_the_culture()
    {
        var unit = Samples.Full("u1", "甲。", "A.") with { Provenance = Provenance.Unknown with { Confidence = 0.5 } };

        var confidence = Write([unit]).Descendants("prop").Single(p => p.Attribute("type")?.Value == "x-confidence").Value;

        Assert.That(confidence, Is.EqualTo("0.50"));
    }

    [Test]
    public void Characters_xml_cannot_carry_are_dropped()
    {
        var unit = Samples.Full("u1", "甲\u0001乙\uFFFF丙\uD800。", "A\u0008B.");

        var segments = Write([unit]).Descendants("seg").Select(s => s.Value);

        Assert.That(segments, Is.EqualTo(new[] { "甲乙丙。", "AB." }));
    }

    [Test]
    public void Markup_of_a_segment_is_written_verbatim_inside_seg()
    {
        const string markup = "Press <ph x=\"1\">&lt;br/&gt;</ph> then <hi type=\"b\">OK</hi>";
        var unit = Samples.Full("u1", "按。", "Press then OK") with
        {
            Target = new Segment(Language.English, "Press  then OK") { Markup = markup },
        };

        using var directory = new TempDirectory();
        var path = directory.File("m.tmx");
        TmxWriter.Write(path, [unit], Options);

        Assert.That(File.ReadAllText(path), Does.Contain("<seg>" + markup + "</seg>"));
    }

    [Test]
    public void Markup_that_is_not_well_formed_is_rejected_naming_the_unit()
    {
        var unit = Samples.Full("u9", "按。", "Press") with
        {
            Target = new Segment(Language.English, "Press") { Markup = "Press <ph>" },
        };

        Assert.That(() => Write([unit]), Throws.ArgumentException.With.Message.Contains("u9"));
    }

    [Test]
    public void A_unit_whose_source_is_in_another_language_states_its_own_srclang()
    {
        var unit = Samples.Full("u1", "甲。", "A.").Reverse();

        var tu = Write([unit]).Descendants("tu").Single();

        Assert.That(tu.Attribute("srclang")?.Value, Is.EqualTo("en"));
    }

    [Test]
    public void A_failure_while_writing_to_a_path_leaves_the_previous_file_untouched()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("memory.tmx", "previous content");

        Assert.That(() => TmxWriter.Write(path, Failing(), Options), Throws.InvalidOperationException);
        Assert.That(File.ReadAllText(path), Is.EqualTo("previous content"));
        Assert.That(Directory.GetFiles(directory.Path), Has.Length.EqualTo(1));
    }

    [Test]
    public void The_stream_writer_counts_the_units_it_writes()
    {
        using var output = new MemoryStream();

        var count = TmxWriter.Write(output, Samples.Tricky(), Options);

        Assert.That(count, Is.EqualTo(Samples.Tricky().Count));
    }

    private static IEnumerable<TranslationUnit> Failing()
    {
        yield return Samples.Full("u1", "甲。", "A.");
        throw new InvalidOperationException("The aligner failed.");
    }

    private static XDocument Write(IEnumerable<TranslationUnit> units)
    {
        using var output = new MemoryStream();
        TmxWriter.Write(output, units, Options);
        output.Position = 0;
        return XDocument.Load(output, LoadOptions.PreserveWhitespace);
    }
}
