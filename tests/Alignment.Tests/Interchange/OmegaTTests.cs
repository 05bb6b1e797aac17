using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// Our TMX in OmegaT: a project translates a numbered Chinese paragraph with the memory in <c>tm/auto</c>, which OmegaT
/// applies to exact matches. OmegaT keeps a paragraph's number inside its first segment, hence the label policy.
/// </summary>
public sealed class OmegaTTests
{
    private const string Project = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>zh-CN</source_lang>
            <target_lang>en</target_lang>
            <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
            <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
            <sentence_seg>true</sentence_seg>
            <support_default_translations>true</support_default_translations>
            <remove_tags>false</remove_tags>
          </project>
        </omegat>
        """;

    [Test]
    public void OmegaT_translates_every_sentence_of_numbered_paragraphs_from_units_with_labels_inline()
    {
        var translated = TranslateWithOmegaT(LabelPolicy.Inline);

        Assert.That(translated, Does.Contain("2. The first meeting was held in 2011."));
        Assert.That(translated, Does.Contain("It adopted the agenda."));
        Assert.That(translated, Does.Contain("3. The second meeting was held."));
        Assert.That(translated, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"));
    }

    [Test]
    public void OmegaT_misses_the_first_sentence_of_numbered_paragraphs_when_labels_are_stripped()
    {
        var translated = TranslateWithOmegaT(LabelPolicy.Strip);

        Assert.That(translated, Does.Contain("2. 专家组第一次会议于2011年举行。"));
        Assert.That(translated, Does.Contain("It adopted the agenda."));
    }

    private static string TranslateWithOmegaT(LabelPolicy labels)
    {
        var omegat = ExternalTool.Find("omegat");
        if (omegat.Length == 0)
        {
            Assert.Ignore("OmegaT not installed (apt-get install omegat); the OmegaT check of our TMX was skipped");
        }

        var source = Samples.Numbered(
            "doc.txt", Language.Chinese, " ", ("2.", ["专家组第一次会议于2011年举行。", "会议通过了议程。"]), ("3.", ["专家组第二次会议举行。"]));
        var target = Samples.Numbered(
            "doc.en.txt", Language.English, " ", ("2.", ["The first meeting was held in 2011.", "It adopted the agenda."]), ("3.", ["The second meeting was held."]));
        var units = AlignedUnits.From(new Bitext(source, target, Samples.Beads("1-1:0.9", "1-1:0.9", "1-1:0.9")), new AlignedUnitOptions { Labels = labels });

        using var directory = new TempDirectory();
        var project = directory.File("project");
        foreach (var folder in new[] { "source", "target", "tm/auto", "omegat", "glossary", "dictionary" })
        {
            Directory.CreateDirectory(Path.Combine(project, folder));
        }

        File.WriteAllText(Path.Combine(project, "omegat.project"), Project, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(project, "source", "doc.txt"), source.Document.Text + "\n", new UTF8Encoding(false));
        TmxWriter.Write(Path.Combine(project, "tm", "auto", "aligned.tmx"), units, new TmxWriteOptions(Language.Chinese));

        var (exitCode, output, error) = ExternalTool.Run(
            omegat, project, "--mode=console-translate", "--config-dir=" + directory.File("config"));
        var translated = Path.Combine(project, "target", "doc.txt");
        Assert.That(exitCode == 0 && File.Exists(translated), Is.True, output + error);
        return File.ReadAllText(translated, Encoding.UTF8);
    }
}
