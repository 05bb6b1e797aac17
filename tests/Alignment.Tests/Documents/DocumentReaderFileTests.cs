using System.Text;
using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>Reading files: encodings, errors, language detection.</summary>
public sealed class DocumentReaderFileTests
{
    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "reader-files", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void A_UTF8_byte_order_mark_is_not_part_of_the_text_and_offsets_start_after_it()
    {
        var document = DocumentReader.Default.ReadFile(Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("1. 会议开幕。")]));
        Assert.That(document.Text, Is.EqualTo("1. 会议开幕。"));
        Assert.That(document.Blocks[0].Source, Is.EqualTo(new TextSpan(0, 8)));
    }

    [Test]
    public void UTF8_without_a_byte_order_mark_is_read() =>
        Assert.That(DocumentReader.Default.ReadFile(Write("plain.txt", Encoding.UTF8.GetBytes("1. Opening."))).Blocks[0].Text, Is.EqualTo("Opening."));

    [TestCase(false)]
    [TestCase(true)]
    public void UTF16_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var document = DocumentReader.Default.ReadFile(Write("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("1. 会议开幕。")]));
        Assert.That(document.Text, Is.EqualTo("1. 会议开幕。"));
        Assert.That(document.Blocks[0].Text, Is.EqualTo("会议开幕。"));
    }

    [Test]
    public void Invalid_UTF8_is_reported_with_the_offending_byte()
    {
        var path = Write("broken.txt", [(byte)'1', (byte)'.', (byte)' ', 0xE4, 0xBC, (byte)'x']);
        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<Alignment.InputException>().With.Message.StartsWith($"{path}: is not valid UTF-8 at byte 3,"));
    }

    [Test]
    public void A_missing_file_is_reported()
    {
        var path = Path.Combine(directory, "missing.txt");
        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<Alignment.InputException>().With.Message.EqualTo($"{path}: does not exist"));
    }

    [TestCase("")]
    [TestCase(" \r\n\t\u3000\n")]
    public void An_empty_or_blank_file_is_reported(string content)
    {
        var path = Write("empty.txt", Encoding.UTF8.GetBytes(content));
        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<Alignment.InputException>().With.Message.EqualTo($"{path}: is empty"));
    }

    [Test]
    public void Blank_text_is_reported_under_its_name() =>
        Assert.That(
            () => DocumentReader.Default.Read("\n\n", Language.English, "speech.txt"),
            Throws.TypeOf<Alignment.InputException>().With.Message.EqualTo("speech.txt: is empty"));

    [Test]
    public void A_document_is_named_after_its_file() =>
        Assert.That(DocumentReader.Default.ReadFile(Write("report.zh.txt", Encoding.UTF8.GetBytes("1. 会议开幕。"))).Name, Is.EqualTo("report.zh.txt"));

    [Test]
    public void A_given_language_overrides_detection() =>
        Assert.That(DocumentReader.Default.ReadFile(Write("zh.txt", Encoding.UTF8.GetBytes("1. 会议开幕。")), Language.English).Language, Is.EqualTo(Language.English));

    [TestCase("专家组副主席 André Rypl（巴西）宣布会议开幕。", "zh-CN")]
    [TestCase("The meeting was opened by André Rypl (Brazil), who cited 电子证据.", "en")]
    [TestCase("2021 — 12/4", "en")]
    public void Language_is_detected_from_the_share_of_Han_characters(string text, string tag) =>
        Assert.That(Language.Detect(text).Tag, Is.EqualTo(tag));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
