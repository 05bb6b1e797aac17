using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>Our TMX as another implementation reads it: Translate Toolkit, the Python library behind Pootle and Weblate's importers.</summary>
public sealed class TranslateToolkitTests
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys
        from translate.storage import tmx
        store = tmx.tmxfile.parsefile(sys.argv[1])
        print(len(store.units))
        for unit in store.units:
            print(repr(unit.source) + "\t" + repr(unit.target))
        """;

    [Test]
    public void Translate_toolkit_reads_every_unit_of_our_tmx()
    {
        var units = Samples.Tricky().Where(u => !u.Source.Text.Contains('\t')).ToArray();

        var lines = ReadWithTranslateToolkit(units);

        Assert.That(int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(units.Length));
    }

    [Test]
    public void Translate_toolkit_sees_our_source_and_target_texts()
    {
        TranslationUnit[] units =
        [
            Samples.Full("u1", "专家组第一次会议。", "The first meeting."),
            Samples.Full("u2", "《公约》<第 3 条> & “引号”", "Article 3 <b> & \"quotes\""),
        ];

        var lines = ReadWithTranslateToolkit(units);

        Assert.That(lines.Skip(1), Is.EqualTo(units.Select(u => $"'{u.Source.Text}'\t'{u.Target.Text}'")));
    }

    private static string[] ReadWithTranslateToolkit(IEnumerable<TranslationUnit> units)
    {
        if (!File.Exists(Python))
        {
            Assert.Ignore($"{Python} not found; the Translate Toolkit interoperability check was skipped");
        }

        var probe = ExternalTool.Run(Python, "-c", "import translate.storage.tmx");
        if (probe.ExitCode != 0)
        {
            Assert.Ignore($"Translate Toolkit is not installed for {Python} (apt-get install translate-toolkit); the interoperability check was skipped");
        }

        using var directory = new TempDirectory();
        var path = directory.File("memory.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));
        var (exitCode, output, error) = ExternalTool.Run(Python, "-c", Script, path);
        Assert.That(exitCode, Is.Zero, error);
        return output.TrimEnd('\n').Split('\n');
    }
}
