using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class TmxReaderTests
{
    private static readonly TmxReadOptions ChineseToEnglish = new(Language.Chinese, Language.English);

    [Test]
    public void Kept_inline_codes_are_markup_and_the_text_is_plain()
    {
        const string inner = "Press <bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">&lt;/b&gt;</ept><ph x=\"2\">&lt;br/&gt;</ph> <hi type=\"em\">now</hi>";

        var unit = ReadOne(Tu("按确定。", inner), ChineseToEnglish);

        Assert.That(unit.Target.Text, Is.EqualTo("Press OK now"));
        Assert.That(unit.Target.Markup, Is.EqualTo(inner));
    }

    [Test]
    public void Stripped_inline_codes_leave_plain_text_only()
    {
        const string inner = "Press <bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">&lt;/b&gt;</ept> <it pos=\"begin\">&lt;i&gt;</it><hi>now</hi>";

        var unit = ReadOne(Tu("按确定。", inner), ChineseToEnglish with { InlineCodes = InlineCodes.Strip });

        Assert.That((unit.Target.Text, unit.Target.Markup), Is.EqualTo(("Press OK now", string.Empty)));
    }

    [Test]
    public void A_segment_without_elements_has_no_markup()
    {
        var unit = ReadOne(Tu("甲 &amp; 乙", "A &amp; B"), ChineseToEnglish);

        Assert.That((unit.Target.Text, unit.Target.Markup), Is.EqualTo(("A & B", string.Empty)));
    }

    [Test]
    public void The_text_inside_sub_flows_of_codes_is_not_segment_text()
    {
        const string inner = "See <ph>&lt;img alt=\"<sub>the map</sub>\"/&gt;</ph> below";

        var unit = ReadOne(Tu("见下图。", inner), ChineseToEnglish);

        Assert.That(unit.Target.Text, Is.EqualTo("See  below"));
    }

    [TestCase("ZH-cn")]
    [TestCase("zh")]
    [TestCase("zh-Hans")]
    [TestCase("zh_CN")]
    [TestCase("zh-Hans-CN")]
    public void Any_tag_of_the_requested_language_matches(string tag)
    {
        var unit = ReadOne(Tu(("en-US", "Hello."), (tag, "你好。")), ChineseToEnglish);

        Assert.That((unit.Source.Text, unit.Target.Text), Is.EqualTo(("你好。", "Hello.")));
    }

    [Test]
    public void The_unit_keeps_the_language_tag_of_its_file_in_canonical_case()
    {
        var unit = ReadOne(Tu(("EN-us", "Hello."), ("zh_cn", "你好。")), ChineseToEnglish);

        Assert.That((unit.Source.Language.Tag, unit.Target.Language.Tag), Is.EqualTo(("zh-CN", "en-US")));
    }

    [Test]
    public void The_exact_tag_wins_when_several_variants_match()
    {
        var unit = ReadOne(Tu(("zh-TW", "專家組。"), ("zh", "专家组?"), ("zh-CN", "专家组。"), ("en", "The group.")), ChineseToEnglish);

        Assert.That(unit.Source.Text, Is.EqualTo("专家组。"));
    }

    [Test]
    public void The_same_script_wins_over_another_region_when_no_tag_is_exact()
    {
        var unit = ReadOne(Tu(("zh-TW", "專家組。"), ("zh-Hans", "专家组。"), ("en", "The group.")), ChineseToEnglish);

        Assert.That(unit.Source.Text, Is.EqualTo("专家组。"));
    }

    [Test]
    public void A_unit_in_many_languages_gives_the_requested_pair()
    {
        var unit = ReadOne(Tu(("fr", "Le groupe."), ("en", "The group."), ("ru", "Группа."), ("zh-CN", "专家组。")), ChineseToEnglish);

        Assert.That((unit.Source.Text, unit.Target.Text), Is.EqualTo(("专家组。", "The group.")));
    }

    [Test]
    public void The_lang_attribute_of_tmx_1_1_is_read()
    {
        const string tu = "<tu><tuv lang=\"ZH-CN\"><seg>你好。</seg></tuv><tuv lang=\"EN-US\"><seg>Hello.</seg></tuv></tu>";

        var unit = ReadOne(tu, ChineseToEnglish);

        Assert.That((unit.Source.Text, unit.Target.Text), Is.EqualTo(("你好。", "Hello.")));
    }

    [Test]
    public void Notes_and_foreign_properties_of_units_and_variants_are_kept()
    {
        const string tu = """
            <tu tuid="7"><note>Unit note.</note><prop type="client">UNODC</prop>
              <tuv xml:lang="zh-CN"><prop type="x-status">final</prop><seg>你好。</seg></tuv>
              <tuv xml:lang="en"><note>Variant note.</note><seg>Hello.</seg></tuv></tu>
            """;

        var unit = ReadOne(tu, ChineseToEnglish);

        Assert.That(unit.Notes, Is.EqualTo(new[] { "Unit note.", "Variant note." }));
        Assert.That(unit.Properties, Is.EqualTo(new KeyValuePair<string, string>[] { new("client", "UNODC"), new("x-status", "final") }));
    }

    [Test]
    public void Our_x_properties_restore_provenance_origin_and_context()
    {
        const string tu = """
            <tu tuid="r#3" creationdate="20210406T093015Z">
              <prop type="x-document">zh.txt</prop><prop type="x-path">body › 12</prop><prop type="x-bead">2-1</prop>
              <prop type="x-confidence">0.81</prop><prop type="x-origin">aligned</prop>
              <prop type="x-context-prev">前。</prop><prop type="x-context-next">后。</prop>
              <tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>
            """;

        var unit = ReadOne(tu, ChineseToEnglish);

        Assert.Multiple(() =>
        {
            Assert.That(unit.Id, Is.EqualTo("r#3"));
            Assert.That(unit.Created, Is.EqualTo(Samples.Now));
            Assert.That(unit.Origin, Is.EqualTo(UnitOrigin.Aligned));
            Assert.That(unit.Provenance, Is.EqualTo(new Provenance("zh.txt", "body › 12", new BeadType(2, 1), 0.81)));
            Assert.That((unit.PreviousSource, unit.NextSource), Is.EqualTo(("前。", "后。")));
            Assert.That(unit.Properties, Is.Empty);
        });
    }

    [Test]
    public void An_x_property_that_does_not_read_stays_a_property()
    {
        const string tu = """
            <tu><prop type="x-confidence">high</prop>
              <tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>
            """;

        var unit = ReadOne(tu, ChineseToEnglish);

        Assert.That(unit.Provenance.Confidence, Is.EqualTo(1.0));
        Assert.That(unit.Properties, Is.EqualTo(new KeyValuePair<string, string>[] { new("x-confidence", "high") }));
    }

    [Test]
    public void A_unit_from_another_tool_is_imported_with_an_id_from_its_position()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("other.tmx", Tmx(Tu("甲。", "A.") + Tu("乙。", "B.")));

        var units = TmxReader.ReadAll(path, ChineseToEnglish);

        Assert.That(units.Select(u => (u.Id, u.Origin)), Is.EqualTo(new[] { ("other.tmx#1", UnitOrigin.Imported), ("other.tmx#2", UnitOrigin.Imported) }));
    }

    [Test]
    public void The_header_is_read()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("m.tmx", Tmx(Tu("甲。", "A."), srclang: "ZH-CN"));

        using var reader = TmxReader.Open(path, ChineseToEnglish);

        Assert.That(reader.Header, Is.EqualTo(new TmxHeader("OmegaT", "5.7", "ZH-CN", "sentence", "OmegaT TMX", "plaintext")
        {
            Created = new DateTimeOffset(2021, 4, 6, 9, 30, 15, TimeSpan.Zero),
        }));
    }

    [Test]
    public void Units_missing_a_language_or_text_are_counted_not_thrown()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("m.tmx", Tmx(
            Tu("甲。", "A.") + Tu(("zh-CN", "只有中文。")) + Tu(("en", "English only.")) + Tu("  ", "Blank source.") + Tu("乙。", "<ph/>")));

        using var reader = TmxReader.Open(path, ChineseToEnglish);
        var units = reader.ReadUnits().ToList();

        Assert.That(units, Has.Count.EqualTo(1));
        Assert.That((reader.UnitsRead, reader.SkippedMissingLanguage, reader.SkippedEmpty, reader.UnitsSkipped), Is.EqualTo((1, 2, 2, 4)));
    }

    [Test]
    public void Whitespace_inside_a_segment_is_kept()
    {
        var unit = ReadOne(Tu(" 甲 ", "  A\tB  "), ChineseToEnglish);

        Assert.That((unit.Source.Text, unit.Target.Text), Is.EqualTo((" 甲 ", "  A\tB  ")));
    }

    [Test]
    public void A_file_with_a_doctype_reads_without_loading_the_dtd()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("m.tmx", Tmx(Tu("甲。", "A.")).Replace("<tmx ", "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx "));

        Assert.That(TmxReader.ReadAll(path, ChineseToEnglish), Has.Count.EqualTo(1));
    }

    [Test]
    public void Entities_declared_in_the_file_are_never_expanded()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("m.tmx", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <tmx version="1.4"><header srclang="zh-CN"/><body>
            <tu><tuv xml:lang="zh-CN"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>A.</seg></tuv></tu>
            </body></tmx>
            """);

        Assert.That(() => TmxReader.ReadAll(path, ChineseToEnglish), Throws.TypeOf<InputException>().With.Property("Line").EqualTo(4));
    }

    [Test]
    public void A_utf16_file_as_trados_writes_it_is_read()
    {
        using var directory = new TempDirectory();
        var path = directory.File("trados.tmx");
        File.WriteAllText(path, Tmx(Tu("甲。", "A.")).Replace("utf-8", "utf-16"), new System.Text.UnicodeEncoding(false, true));

        Assert.That(TmxReader.ReadAll(path, ChineseToEnglish).Single().Source.Text, Is.EqualTo("甲。"));
    }

    [Test]
    public void Malformed_xml_is_reported_with_file_line_and_column()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("bad.tmx", Tmx(Tu("甲。", "A.") + "<tu><tuv xml:lang=\"en\"><seg>B.</sgg></tuv></tu>"));

        var error = Assert.Throws<InputException>(() => TmxReader.ReadAll(path, ChineseToEnglish))!;

        // Line 9 of the file, at the name of the end tag that does not match.
        Assert.That((error.FileName, error.Line, error.Column), Is.EqualTo((path, 9, 33)));
        Assert.That(error.Message, Does.StartWith($"{path}(9,33): is not well-formed XML"));
    }

    [Test]
    public void A_truncated_file_is_reported_as_malformed_with_its_position()
    {
        using var directory = new TempDirectory();
        var whole = Tmx(Tu("甲。", "A.") + Tu("乙。", "B."));
        var path = directory.Write("cut.tmx", whole[..(whole.Length - 40)]);

        var error = Assert.Throws<InputException>(() => TmxReader.ReadAll(path, ChineseToEnglish))!;

        Assert.That(error.Line, Is.GreaterThan(0));
        Assert.That(error.Problem, Does.Contain("end of file"));
    }

    [Test]
    public void An_xml_file_that_is_not_tmx_is_rejected_at_open()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("page.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>");

        Assert.That(
            () => TmxReader.Open(path, ChineseToEnglish),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}(2,2): is not a TMX file: its root element is <html>, not <tmx>"));
    }

    [Test]
    public void A_text_file_is_rejected_as_not_tmx()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("notes.txt", "专家组第一次会议。\nThe first meeting.");

        Assert.That(() => TmxReader.Open(path, ChineseToEnglish), Throws.TypeOf<InputException>().With.Property("Problem").StartsWith("is not a TMX file"));
    }

    [Test]
    public void A_missing_file_is_reported_as_such()
    {
        using var directory = new TempDirectory();
        var path = directory.File("none.tmx");

        Assert.That(() => TmxReader.Open(path, ChineseToEnglish), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: does not exist"));
    }

    [Test]
    public void A_file_without_the_requested_languages_names_the_languages_it_has()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("fr-de.tmx", Tmx(Tu(("fr-FR", "Bonjour."), ("de-DE", "Hallo.")) + Tu(("FR-fr", "Merci."), ("de-DE", "Danke.")), srclang: "*all*"));

        Assert.That(
            () => TmxReader.ReadAll(path, ChineseToEnglish),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: has no translation unit in both zh-CN and en; the languages it has are fr-FR, de-DE"));
    }

    [Test]
    public void An_empty_memory_reads_as_no_units()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("empty.tmx", Tmx(string.Empty));

        Assert.That(TmxReader.ReadAll(path, ChineseToEnglish), Is.Empty);
    }

    [Test]
    public void Units_can_be_read_only_once()
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Tmx(Tu("甲。", "A."))));
        using var reader = TmxReader.Open(input, "memory", ChineseToEnglish);
        _ = reader.ReadUnits().ToList();

        Assert.That(() => reader.ReadUnits(), Throws.InvalidOperationException);
    }

    internal static string Tmx(string units, string srclang = "zh-CN") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <tmx version="1.4">
          <header creationtool="OmegaT" creationtoolversion="5.7" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US"
                  srclang="{srclang}" datatype="plaintext" creationdate="20210406T093015Z">
            <note>A memory made elsewhere.</note>
          </header>
          <body>
        {units}
          </body>
        </tmx>
        """;

    internal static string Tu(string chinese, string english) => Tu(("zh-CN", chinese), ("en", english));

    internal static string Tu(params (string Language, string Seg)[] variants) =>
        "    <tu>" + string.Concat(variants.Select(v => $"<tuv xml:lang=\"{v.Language}\"><seg>{v.Seg}</seg></tuv>")) + "</tu>\n";

    private static TranslationUnit ReadOne(string tu, TmxReadOptions options)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Tmx(tu)));
        using var reader = TmxReader.Open(input, "memory.tmx", options);
        return reader.ReadUnits().Single();
    }
}
