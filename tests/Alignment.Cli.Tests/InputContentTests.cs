using System.Text;
using System.Text.RegularExpressions;
using Alignment.Cli.CommandLine;
using Alignment.Tests;
using Alignment.Tests.Documents.Files;

namespace Alignment.Cli.Tests;

/// <summary>
/// Inputs whose content contradicts the command line, or that would run away: a declared language the text
/// denies, a pair in one language, documents too different in length, a segmentation rule that backtracks without
/// end. One line naming the file, exit code 1, nothing written. And a TMX in a legacy encoding is simply read.
/// </summary>
public sealed class InputContentTests
{
    private TempFolder folder = null!;
    private string chinese = null!;
    private string english = null!;
    private string output = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = new TempFolder();
        chinese = folder.Copy(Corpus.PathOf("zh.txt"), "zh.txt");
        english = folder.Copy(Corpus.PathOf("en.txt"), "en.txt");
        output = folder.File("report.tmx");
        File.WriteAllText(output, "the previous alignment");
    }

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Chinese_declared_for_an_English_file_is_refused_instead_of_written_as_Chinese() =>
        AssertRefused(
            ["align", english, chinese, "--source-lang", "zh", "--target-lang", "en", "-o", output],
            $"alignment align: error: {english}: is declared zh but its text reads as English");

    [Test]
    public void A_pair_declared_in_one_language_is_refused() =>
        AssertRefused(
            ["align", chinese, english, "--source-lang", "zh", "--target-lang", "zh-TW", "-o", output],
            $"alignment align: error: {english}: is declared zh-TW, the language of {chinese}; expected one Chinese and one English document");

    [Test]
    public void A_password_protected_Word_file_is_refused_in_one_line_with_exit_code_1()
    {
        var protectedFile = folder.File("protected.docx");
        PasswordProtectedFiles.Docx(protectedFile);

        AssertRefused(
            ["align", protectedFile, english, "-o", output],
            $"alignment align: error: {protectedFile}: is a password-protected (encrypted) Word or Office document: open it with its password, remove the password and save it as .docx");
    }

    [Test]
    public void Presegmented_files_declared_in_one_language_are_refused()
    {
        var source = folder.Copy(Corpus.PathOf("zh.sentences.txt"), "zh.sentences.txt");
        var target = folder.Copy(Corpus.PathOf("en.sentences.txt"), "en.sentences.txt");

        AssertRefused(
            ["align", "--presegmented", source, target, "--target-lang", "zh", "-o", output],
            $"alignment align: error: {target}: is declared zh, the language of {source}; expected one Chinese and one English file");
    }

    [Test]
    public void Presegmented_English_taken_for_Chinese_is_refused()
    {
        var source = folder.Copy(Corpus.PathOf("en.sentences.txt"), "en.sentences.txt");
        var target = folder.Copy(Corpus.PathOf("zh.sentences.txt"), "zh.sentences.txt");

        AssertRefused(
            ["align", "--presegmented", source, target, "-o", output],
            $"alignment align: error: {source}: is declared zh-CN but its text reads as English; name its language with --source-lang or --target-lang");
    }

    [Test]
    public void Tables_read_in_one_language_are_refused_before_the_memory_is_opened()
    {
        var table = folder.File("units.tsv");
        File.WriteAllText(table, "source\ttarget\nThe meeting opened.\tThe meeting opened.\n");

        AssertRefused(
            ["index", table, "--source-lang", "en", "--target-lang", "en-GB", "--index", folder.File("memory")],
            $"alignment index: error: {table}: would be read as en to en-GB, the same language twice; name the pair with --source-lang and --target-lang");
        Assert.That(Directory.Exists(folder.File("memory")), Is.False);
    }

    [Test]
    public void An_English_to_Chinese_table_taken_as_Chinese_to_English_is_refused_before_the_memory_is_opened()
    {
        var table = folder.File("units.en-zh.tsv");
        File.WriteAllText(table, "source\ttarget\nThe meeting opened.\t会议开幕。\nThe meeting rose at noon.\t中午散会。\n");

        AssertRefused(
            ["index", table, "--index", folder.File("memory")],
            $"alignment index: error: {table}: is taken as zh-CN to en, but its source column reads as English and its target column as Chinese; name its languages with --source-lang and --target-lang");
        Assert.That(Directory.Exists(folder.File("memory")), Is.False);
    }

    [Test]
    public void An_English_to_Chinese_table_is_indexed_when_its_languages_are_named()
    {
        var table = folder.File("units.en-zh.tsv");
        File.WriteAllText(table, "source\ttarget\nThe meeting opened.\t会议开幕。\n");

        var run = CliRun.Of("index", table, "--source-lang", "en", "--target-lang", "zh", "--index", folder.File("memory"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(CliRun.Of("lookup", "会议开幕。", "--index", folder.File("memory")).Output, Does.StartWith("100%  会议开幕。"));
    }

    [Test]
    public void A_length_mismatch_names_the_flag_that_allows_it()
    {
        var excerpt = folder.File("excerpt.txt");
        File.WriteAllLines(excerpt, Corpus.Lines("en.txt").Take(40));

        AssertRefused(
            ["align", chinese, excerpt, "-o", output],
            Does.Match($@"^alignment align: error: {Regex.Escape(chinese)}: is \d+\.\d times as long as {Regex.Escape(excerpt)}, so one looks like a summary or an excerpt of the other; if they are translations of each other, align them anyway with --allow-length-mismatch$"));
    }

    [Test]
    public void A_document_and_an_unrelated_one_are_refused_naming_both_and_nothing_is_written()
    {
        var pension = folder.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "financial-pension-fund-2026", "zh.txt"), "pension.zh.txt");

        AssertRefused(
            ["align", pension, english, "--allow-length-mismatch", "-o", output],
            Does.Match($@"^alignment align: error: {Regex.Escape(pension)}: does not look like a translation of {Regex.Escape(english)}: (?:at least \d+% of the sentences of each found no counterpart|no sentence of either found a counterpart); nothing written; if they are translations of each other, keep the alignment with --force$"));
    }

    [Test]
    public void An_unrelated_text_pair_adds_nothing_to_a_memory()
    {
        var pension = folder.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "financial-pension-fund-2026", "zh.txt"), "pension.zh.txt");

        AssertRefused(
            ["index", pension, english, "--allow-length-mismatch", "--index", folder.File("memory")],
            Does.StartWith($"alignment index: error: {pension}: does not look like a translation of {english}: "));
        Assert.That(Directory.Exists(folder.File("memory")), Is.False);
    }

    [Test]
    public void An_unrelated_pair_is_aligned_anyway_with_force()
    {
        var pension = folder.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "financial-pension-fund-2026", "zh.txt"), "pension.zh.txt");

        var run = CliRun.Of("align", pension, english, "--allow-length-mismatch", "--force", "-o", output);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(CliApplication.Success), run.Error);
            Assert.That(File.ReadAllText(output), Does.Contain("<tmx"));
        });
    }

    [Test]
    public void A_rule_that_backtracks_without_end_is_named_in_one_line()
    {
        var rules = folder.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Segmentation", "backtracking.srx"), "slow.srx");
        var text = folder.File("text.txt");
        File.WriteAllText(text, "The " + new string('a', 30) + " end.\n");

        AssertRefused(
            ["segment", text, "--rules", rules],
            $"alignment segment: error: {rules}: the rule with beforebreak \"c(a+)+\" and afterbreak \"x\" took more than 2 s to match at one place; it backtracks without end (a nested quantifier such as (a+)+?), so simplify it");
    }

    [Test]
    public void A_GB18030_TMX_is_indexed_like_a_UTF8_one()
    {
        var tmx = folder.File("legacy.tmx");
        var xml = $"""
            <?xml version="1.0" encoding="gb18030"?>
            <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
            <body><tu><tuv xml:lang="zh-CN"><seg>会员国应努力加强电子证据收集方面的合作。</seg></tuv><tuv xml:lang="en"><seg>Member States should cooperate.</seg></tuv></tu></body></tmx>
            """;
        File.WriteAllBytes(tmx, CodePagesEncodingProvider.Instance.GetEncoding("gb18030")!.GetBytes(xml));

        var run = CliRun.Of("index", tmx, "--index", folder.File("memory"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.StartWith("1 units added"));
        Assert.That(CliRun.Of("lookup", "会员国应努力加强电子证据收集方面的合作。", "--index", folder.File("memory")).Output, Does.Contain("Member States should cooperate."));
    }

    [Test]
    public void A_Word_file_whose_XML_unpacks_to_gigabytes_is_refused()
    {
        var bomb = folder.File("bomb.docx");
        HostileFiles.WordBomb(bomb, 200L * 1024 * 1024);

        AssertRefused(
            ["segment", bomb],
            Does.Match($@"^alignment segment: error: {Regex.Escape(bomb)}: is a Word document whose text unpacks to 200(\.\d)? MB of XML, over the 64 MB limit for one document; if it really is one document, raise the limit$"));
    }

    [Test]
    public void A_PDF_whose_page_inflates_to_gigabytes_is_refused()
    {
        var bomb = folder.File("bomb.pdf");
        HostileFiles.PdfBomb(bomb, 1, 200L * 1024 * 1024);

        AssertRefused(
            ["align", bomb, english, "-o", output],
            $"alignment align: error: {bomb}: is a PDF whose page 1 unpacks to more than 4 MB of content, more than any page of text holds; it was made to exhaust memory, or is not a document of text");
    }

    private void AssertRefused(string[] args, string expected) => AssertRefused(args, Is.EqualTo(expected));

    private void AssertRefused(string[] args, NUnit.Framework.Constraints.IResolveConstraint expected)
    {
        var before = folder.Snapshot();

        var run = CliRun.Of(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
            Assert.That(run.ErrorLines, Has.Length.EqualTo(1), run.Error);
            Assert.That(run.ErrorLines.FirstOrDefault(), expected);
            Assert.That(run.Output, Is.Empty);
            Assert.That(folder.Snapshot(), Is.EqualTo(before), "no file changed");
        });
    }
}
