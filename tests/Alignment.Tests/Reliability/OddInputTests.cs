using System.Diagnostics;
using System.Text;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Segmentation;
using Alignment.Tests.Interchange;

namespace Alignment.Tests.Reliability;

/// <summary>
/// Inputs that are not what a reader expects: a named pipe or a device instead of a file, TMX in a legacy Chinese
/// or Western encoding, a language declared against the text, and segmentation rules that would backtrack for
/// minutes. Each is read or refused in one line, promptly.
/// </summary>
public sealed class OddInputTests
{
    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_named_pipe_is_refused_by_every_reader_without_waiting_for_a_writer()
    {
        var pipe = NamedPipe("zh.txt");

        var readers = new Action[]
        {
            () => DocumentReader.Default.ReadFile(pipe),
            () => TmxReader.Open(pipe, new TmxReadOptions(Language.Chinese, Language.English)).Dispose(),
            () => UnitTable.Read(pipe, UnitTableFormat.Tsv, Language.Chinese, Language.English).GetEnumerator().MoveNext(),
            () => SegmentationRules.Load(pipe),
        };

        foreach (var read in readers)
        {
            var reading = Task.Run(() => Assert.That(
                read,
                Throws.InstanceOf<InputException>().With.Message.EqualTo($"{pipe}: is not a regular file (a pipe, a device or a socket); save it to a file first")));
            Assert.That(reading.Wait(TimeSpan.FromSeconds(30)), Is.True, "the reader refused the pipe at once instead of waiting for a writer");
            reading.GetAwaiter().GetResult();
        }
    }

    [Test]
    public void A_device_that_never_ends_is_refused_rather_than_read_as_empty()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("This system has no /dev/zero.");
        }

        Assert.That(
            () => DocumentReader.Default.ReadFile("/dev/zero"),
            Throws.InstanceOf<InputException>().With.Message.StartsWith("/dev/zero: is not a regular file"));
    }

    // The bytes are written out here rather than encoded by .NET, which would need the test to register the legacy
    // code pages itself and so hide whether the reader does.
    [TestCase("gb18030", "zh-CN", "电子证据", "b5e7d7d3d6a4bedd")]
    [TestCase("GBK", "zh-CN", "电子证据", "b5e7d7d3d6a4bedd")]
    [TestCase("Big5", "zh-TW", "電子證據", "b971a46cc3d2beda")]
    [TestCase("windows-1252", "fr", "preuve électronique", "70726575766520 e9 6c656374726f6e69717565")]
    public void A_TMX_file_in_a_legacy_encoding_is_read_as_it_declares(string encoding, string tag, string source, string sourceBytes)
    {
        var language = Language.Parse(tag);
        var xml = TmxReaderTests.Tmx(TmxReaderTests.Tu((tag, "SOURCE"), ("en", "electronic evidence")), tag)
            .Replace("encoding=\"utf-8\"", $"encoding=\"{encoding}\"", StringComparison.Ordinal)
            .Split("SOURCE");
        var path = directory.File("legacy.tmx");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(xml[0]), .. Convert.FromHexString(sourceBytes.Replace(" ", string.Empty, StringComparison.Ordinal)), .. Encoding.ASCII.GetBytes(xml[1])]);

        var unit = TmxReader.ReadAll(path, new TmxReadOptions(language, Language.English)).Single();

        Assert.That((unit.Source.Text, unit.Target.Text), Is.EqualTo((source, "electronic evidence")));
    }

    [Test]
    public void Chinese_declared_for_an_English_file_is_refused_instead_of_labelling_English_as_Chinese()
    {
        var english = directory.Write("en.txt", Corpus.EnglishText);
        var chinese = directory.Write("zh.txt", Corpus.ChineseText);

        Assert.That(
            () => AlignmentPipeline.Default.AlignFiles(english, Language.Chinese, chinese, Language.English),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{english}: is declared zh-CN but its text reads as English"));
    }

    [Test]
    public void A_pair_declared_in_one_language_is_refused_before_either_file_is_read()
    {
        var first = directory.File("missing-zh.txt");
        var second = directory.File("missing-en.txt");

        Assert.That(
            () => AlignmentPipeline.Default.AlignFiles(first, Language.English, second, Language.Parse("en-GB")),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{second}: is declared en-GB, the language of {first}; expected one Chinese and one English document"));
    }

    [Test]
    public void A_rule_that_backtracks_without_end_stops_segmentation_naming_its_file_and_itself()
    {
        var srx = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Segmentation", "backtracking.srx");
        var segmenter = new SentenceSegmenter(SegmentationRules.Default.OverriddenBy(SegmentationRules.Load(srx)));

        Assert.That(
            () => segmenter.Split("The " + new string('a', 30) + " end.", Language.English),
            Throws.TypeOf<InputException>().With.Message.StartsWith($"{srx}: the rule with beforebreak \"c(a+)+\" and afterbreak \"x\" took more than 2 s to match"));
    }

    [Test]
    public void Rules_from_a_file_segment_as_before_under_their_time_limit()
    {
        var srx = directory.Write("abbreviations.srx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx version="2.0" xmlns="http://www.lisa.org/srx20">
              <header segmentsubflows="yes" cascade="yes"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="en">
                    <rule break="no"><beforebreak>\bapprox\.</beforebreak><afterbreak>\s</afterbreak></rule>
                    <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules><languagemap languagepattern="en.*" languagerulename="en"/></maprules>
              </body>
            </srx>
            """);
        var segmenter = new SentenceSegmenter(SegmentationRules.Default.OverriddenBy(SegmentationRules.Load(srx)));
        var text = "It costs approx. Ten dollars; the rest is free. The end.";

        var sentences = segmenter.Split(text, Language.English).Select(s => text.Substring(s.Start, s.Length));

        Assert.That(sentences, Is.EqualTo(new[] { "It costs approx. Ten dollars;", "the rest is free.", "The end." }));
    }

    private string NamedPipe(string name)
    {
        var path = directory.File(name);
        try
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            mkfifo.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("mkfifo is not available here, so a named pipe cannot be made.");
        }

        if (!File.Exists(path))
        {
            Assert.Ignore("mkfifo could not make a named pipe here.");
        }

        return path;
    }
}
