using System.Globalization;
using System.Text;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// The TMX made from the bundled report, in the tools translators use: valid against the TMX 1.4 DTD, read back by
/// us without loss, read by Translate Toolkit, and applied by OmegaT to the raw report in both directions.
/// Each check skips, visibly, where its tool is not installed.
/// </summary>
public sealed class BundledReportInClientsTests
{
    private static readonly Lazy<IReadOnlyList<TranslationUnit>> ChineseToEnglish = new(() =>
        AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"))));

    private static readonly Lazy<IReadOnlyList<TranslationUnit>> EnglishToChinese = new(() =>
        AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Corpus.PathOf("en.txt"), Corpus.PathOf("zh.txt"))));

    [Test]
    public void The_report_tmx_is_valid_against_the_tmx_dtd()
    {
        var xmllint = ExternalTool.Find("xmllint");
        if (xmllint.Length == 0)
        {
            Assert.Ignore("xmllint not installed (apt-get install libxml2-utils); TMX DTD validation skipped");
        }

        using var directory = new TempDirectory();
        var path = WriteTmx(directory, ChineseToEnglish.Value, Language.Chinese);

        var (exitCode, _, error) = ExternalTool.Run(xmllint, "--noout", "--dtdvalid", Corpus.TestData("tmx14.dtd"), path);

        Assert.That(exitCode, Is.Zero, error);
    }

    [Test]
    public void The_report_tmx_reads_back_without_loss()
    {
        using var directory = new TempDirectory();
        var written = ChineseToEnglish.Value;
        var path = WriteTmx(directory, written, Language.Chinese);

        var read = TmxReader.ReadAll(path, new TmxReadOptions(Language.Chinese, Language.English));

        Assert.That(read, Is.EqualTo(written).UsingPropertiesComparer());
    }

    [Test]
    public void Translate_toolkit_reads_as_many_units_as_we_wrote()
    {
        const string Python = "/usr/bin/python3";
        if (!File.Exists(Python) || ExternalTool.Run(Python, "-c", "import translate.storage.tmx").ExitCode != 0)
        {
            Assert.Ignore($"Translate Toolkit is not installed for {Python} (apt-get install translate-toolkit); the check was skipped");
        }

        using var directory = new TempDirectory();
        var path = WriteTmx(directory, ChineseToEnglish.Value, Language.Chinese);

        var (exitCode, output, error) = ExternalTool.Run(
            Python, "-c", "import sys\nfrom translate.storage import tmx\nprint(len(tmx.tmxfile.parsefile(sys.argv[1]).units))", path);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(int.Parse(output.Trim(), CultureInfo.InvariantCulture), Is.EqualTo(ChineseToEnglish.Value.Count));
    }

    [Test]
    public void OmegaT_fills_the_Chinese_report_with_our_English()
    {
        var translated = TranslateWithOmegaT("zh.txt", Language.Chinese, Language.English, ChineseToEnglish.Value);
        var filled = FilledShare(ChineseToEnglish.Value, translated);
        TestContext.Out.WriteLine($"filled: {filled:P1}");

        Assert.That(filled, Is.GreaterThanOrEqualTo(0.97));
        Assert.That(translated, Does.Contain("2. The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011."));
        Assert.That(translated, Does.Contain("- (a) Illegal access to, or hacking of, computer systems;"));
    }

    [Test]
    public void OmegaT_fills_the_English_report_with_our_Chinese()
    {
        var translated = TranslateWithOmegaT("en.txt", Language.English, Language.Chinese, EnglishToChinese.Value);
        var filled = FilledShare(EnglishToChinese.Value, translated);
        TestContext.Out.WriteLine($"filled: {filled:P1}");

        Assert.That(filled, Is.GreaterThanOrEqualTo(0.98));
        Assert.That(translated, Does.Contain("2. 专家组第一次会议于 2011 年 1 月 17 日至 21 日在维也纳举行。"));
        Assert.That(translated, Does.Contain("会员国应采取必要措施，颁布确保电子证据可采性的法律"));
    }

    /// <summary>Share of our units whose translation OmegaT put into the translated document.</summary>
    private static double FilledShare(IReadOnlyList<TranslationUnit> units, string translated)
    {
        var missing = units.Where(u => !translated.Contains(u.Target.Text, StringComparison.Ordinal)).ToList();
        foreach (var unit in missing)
        {
            TestContext.Out.WriteLine($"not filled: {unit.Source.Text}");
        }

        return 1 - ((double)missing.Count / units.Count);
    }

    private static string WriteTmx(TempDirectory directory, IReadOnlyList<TranslationUnit> units, Language source)
    {
        var path = directory.File("report.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(source));
        return path;
    }

    /// <summary>OmegaT's translation of <paramref name="file"/> with the TMX <c>align -o</c> writes: the units and the segments OmegaT cuts differently.</summary>
    private static string TranslateWithOmegaT(string file, Language source, Language target, IReadOnlyList<TranslationUnit> units)
    {
        var other = file == "zh.txt" ? "en.txt" : "zh.txt";
        var tmx = AlignedUnits.From(
            AlignmentPipeline.Default.AlignFiles(Corpus.PathOf(file), Corpus.PathOf(other)), new AlignedUnitOptions { Segments = UnitSegments.SentencesAndCatSegments });
        Assert.That(tmx.Select(u => u.Id), Is.SupersetOf(units.Select(u => u.Id)));
        return OmegaTProject.Translate(file, File.ReadAllText(Corpus.PathOf(file), Encoding.UTF8), tmx, source, target, "the OmegaT check of the report TMX");
    }
}
