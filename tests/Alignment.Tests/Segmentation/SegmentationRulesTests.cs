using System.Text;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Segmentation;

public sealed class SegmentationRulesTests
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          <header segmentsubflows="yes" cascade="yes"/>
        """;

    [Test]
    public void Load_reads_the_rules_of_an_srx_file()
    {
        var rules = SegmentationRules.Load(Corpus.TestData("Segmentation/semicolon-breaks.srx"));

        Assert.That(Segments.Of("Some agreed; others did not.", Language.English, Segments.With(rules)), Is.EqualTo(new[] { "Some agreed;", "others did not." }));
    }

    [Test]
    public void Rules_apply_only_to_the_languages_their_map_names()
    {
        var rules = SegmentationRules.Load(Corpus.TestData("Segmentation/semicolon-breaks.srx"));

        Assert.That(Segments.Of("Certains ont accepté; d'autres non.", Language.Parse("fr"), Segments.With(rules)), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_user_rule_overrides_a_default_rule()
    {
        var user = BreakAfterDr();

        Assert.That(
            Segments.Of("Ask Dr. Smith.", Language.English, Segments.With(SegmentationRules.Default.OverriddenBy(user))),
            Is.EqualTo(new[] { "Ask Dr.", "Smith." }));
    }

    [Test]
    public void Rules_cascaded_the_other_way_round_keep_the_defaults_first()
    {
        var user = BreakAfterDr();

        Assert.That(
            Segments.Of("Ask Dr. Smith.", Language.English, Segments.With(user.OverriddenBy(SegmentationRules.Default))),
            Is.EqualTo(new[] { "Ask Dr. Smith." }));
    }

    [Test]
    public void Without_cascading_only_the_first_matching_map_applies()
    {
        var rules = Parse(
            """
            <body>
              <languagerules>
                <languagerule languagerulename="Any"><rule><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
                <languagerule languagerulename="English"><rule><beforebreak>,</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
              </languagerules>
              <maprules>
                <languagemap languagepattern=".*" languagerulename="Any"/>
                <languagemap languagepattern="en.*" languagerulename="English"/>
              </maprules>
            </body>
            """,
            cascade: "no");

        Assert.That(Segments.Of("One, two; three.", Language.English, Segments.With(rules)), Is.EqualTo(new[] { "One, two;", "three." }));
    }

    [Test]
    public void The_default_rules_cover_languages_without_rules_of_their_own() =>
        Assert.That(
            Segments.Of("Voir le site www.unodc.org/index.php?Id=3 du Groupe.¹ La réunion est close.", Language.Parse("fr")),
            Is.EqualTo(new[] { "Voir le site www.unodc.org/index.php?Id=3 du Groupe.¹", "La réunion est close." }));

    [Test]
    public void Malformed_xml_is_reported_with_its_line_and_column()
    {
        var e = Assert.Throws<InputException>(() => SegmentationRules.Load(Corpus.TestData("Segmentation/malformed.srx")))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.FileName, Does.EndWith("malformed.srx"));
            Assert.That((e.Line, e.Column), Is.EqualTo((10, 9)));
            Assert.That(e.Problem, Does.StartWith("is not well-formed XML"));
        });
    }

    [Test]
    public void An_invalid_pattern_is_reported_at_its_element()
    {
        var e = Assert.Throws<InputException>(() => Parse("""
            <body>
              <languagerules>
                <languagerule languagerulename="Bad">
                  <rule><beforebreak>[.!?</beforebreak></rule>
                </languagerule>
              </languagerules>
            </body>
            """))!;

        Assert.Multiple(() =>
        {
            Assert.That((e.Line, e.Column), Is.EqualTo((7, 14)));
            Assert.That(e.Problem, Does.Contain("<beforebreak> pattern is not a valid regular expression"));
            Assert.That(e.Message, Does.StartWith("rules.srx(7,14): "));
        });
    }

    [Test]
    public void A_map_to_an_undefined_language_rule_is_rejected()
    {
        var e = Assert.Throws<InputException>(() => Parse("""
            <body>
              <languagerules/>
              <maprules><languagemap languagepattern="en.*" languagerulename="Missing"/></maprules>
            </body>
            """))!;

        Assert.That(e.Problem, Does.Contain("'Missing', which is not defined"));
    }

    [Test]
    public void A_document_that_is_not_srx_is_rejected()
    {
        using var xml = new MemoryStream(Encoding.UTF8.GetBytes("<tmx version=\"1.4\"/>"));

        var e = Assert.Throws<InputException>(() => SegmentationRules.Parse(xml, "memory.tmx"))!;

        Assert.That(e.Message, Is.EqualTo("memory.tmx(1,2): the root element is <tmx>, not <srx>"));
    }

    [Test]
    public void Load_reports_a_missing_file_by_name()
    {
        var path = Corpus.TestData("Segmentation/no-such-file.srx");

        var e = Assert.Throws<InputException>(() => SegmentationRules.Load(path))!;

        Assert.That(e.Message, Is.EqualTo($"{path}: does not exist"));
    }

    [Test]
    public void Chinese_semicolons_end_sentences_when_enabled()
    {
        var segmenter = Segments.With(SegmentationRules.Default.WithChineseSemicolonBreaks(true));

        Assert.That(Segments.Of("(a) 分享信息；(b) 促进合作。", Language.Chinese, segmenter), Is.EqualTo(new[] { "(a) 分享信息；", "(b) 促进合作。" }));
    }

    [Test]
    public void Enabling_chinese_semicolon_breaks_leaves_english_alone()
    {
        var segmenter = Segments.With(SegmentationRules.Default.WithChineseSemicolonBreaks(true));

        Assert.That(Segments.Of("Some agreed; others did not.", Language.English, segmenter), Has.Length.EqualTo(1));
    }

    [Test]
    public void Semicolon_breaks_are_off_in_the_default_rules() =>
        Assert.That(SegmentationRules.Default.BreaksAtChineseSemicolons, Is.False);

    [Test]
    public void Cascading_user_rules_keeps_semicolon_breaks()
    {
        var rules = SegmentationRules.Default.WithChineseSemicolonBreaks(true)
            .OverriddenBy(SegmentationRules.Load(Corpus.TestData("Segmentation/semicolon-breaks.srx")));

        Assert.That(rules.BreaksAtChineseSemicolons, Is.True);
    }

    // A user rule that contradicts a default one: the default keeps "Dr." from ending a sentence.
    private static SegmentationRules BreakAfterDr() => Parse("""
        <body>
          <languagerules>
            <languagerule languagerulename="Titles">
              <rule break="yes"><beforebreak>\bDr\.</beforebreak><afterbreak>\s</afterbreak></rule>
            </languagerule>
          </languagerules>
          <maprules><languagemap languagepattern="en.*" languagerulename="Titles"/></maprules>
        </body>
        """);

    private static SegmentationRules Parse(string body, string cascade = "yes")
    {
        var srx = Header.Replace("cascade=\"yes\"", $"cascade=\"{cascade}\"") + "\n" + body + "\n</srx>\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(srx));
        return SegmentationRules.Parse(stream, "rules.srx");
    }
}
