using System.Text;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// Runs OmegaT's console translation on one source file with our TMX in the project's <c>tm/auto</c> folder, whose
/// exact matches OmegaT writes into the translated file; the test is ignored, visibly, where OmegaT is not installed.
/// </summary>
internal static class OmegaTProject
{
    /// <summary>The translated file's text.</summary>
    /// <param name="sourceFile">The source file's name in the project.</param>
    /// <param name="sourceText">The source file's text.</param>
    /// <param name="units">The units of the TMX, written with <paramref name="source"/> as source language.</param>
    /// <param name="source">The project's source language.</param>
    /// <param name="target">The project's target language.</param>
    /// <param name="skipped">What the ignored test did not check, for the message.</param>
    public static string Translate(string sourceFile, string sourceText, IReadOnlyList<TranslationUnit> units, Language source, Language target, string skipped) =>
        Translate(sourceFile, path => File.WriteAllText(path, sourceText, new UTF8Encoding(false)), path => File.ReadAllText(path, Encoding.UTF8), units, source, target, skipped);

    /// <summary>The text of the Word file OmegaT translates <paramref name="sourcePath"/> into: its paragraphs a line each, tabs kept.</summary>
    public static string TranslateWord(string sourcePath, IReadOnlyList<TranslationUnit> units, Language source, Language target, string skipped) =>
        Translate(Path.GetFileName(sourcePath), path => File.Copy(sourcePath, path), WordText, units, source, target, skipped);

    private static string WordText(string path)
    {
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>();
        return string.Join('\n', paragraphs.Select(p => string.Concat(p.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text text => text.Text,
            DocumentFormat.OpenXml.Wordprocessing.TabChar => "\t",
            _ => string.Empty,
        }))));
    }

    private static string Translate(string sourceFile, Action<string> writeSource, Func<string, string> readTranslated, IReadOnlyList<TranslationUnit> units, Language source, Language target, string skipped)
    {
        var omegat = ExternalTool.Find("omegat");
        if (omegat.Length == 0)
        {
            Assert.Ignore($"OmegaT not installed (apt-get install omegat); {skipped} was skipped");
        }

        using var directory = new TempDirectory();
        var project = directory.File("project");
        foreach (var folder in new[] { "source", "target", "tm/auto", "omegat", "glossary", "dictionary" })
        {
            Directory.CreateDirectory(Path.Combine(project, folder));
        }

        File.WriteAllText(Path.Combine(project, "omegat.project"), ProjectFile(source, target), new UTF8Encoding(false));
        writeSource(Path.Combine(project, "source", sourceFile));
        TmxWriter.Write(Path.Combine(project, "tm", "auto", "aligned.tmx"), units, new TmxWriteOptions(source));

        var (exitCode, output, error) = ExternalTool.Run(omegat, project, "--mode=console-translate", "--config-dir=" + directory.File("config"));
        var translated = Path.Combine(project, "target", sourceFile);
        Assert.That(exitCode == 0 && File.Exists(translated), Is.True, output + error);
        return readTranslated(translated);
    }

    private static string ProjectFile(Language source, Language target) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>{source.Tag}</source_lang>
            <target_lang>{target.Tag}</target_lang>
            <source_tok>{Tokenizer(source)}</source_tok>
            <target_tok>{Tokenizer(target)}</target_tok>
            <sentence_seg>true</sentence_seg>
            <support_default_translations>true</support_default_translations>
            <remove_tags>false</remove_tags>
          </project>
        </omegat>
        """;

    private static string Tokenizer(Language language) =>
        language.IsChinese ? "org.omegat.tokenizer.LuceneSmartChineseTokenizer" : "org.omegat.tokenizer.LuceneEnglishTokenizer";
}
