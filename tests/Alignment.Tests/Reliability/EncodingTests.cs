using System.Text;
using Alignment.Documents;
using Alignment.Tests.Interchange;

namespace Alignment.Tests.Reliability;

/// <summary>Chinese documents arrive in GB18030, GBK, Big5 and UTF-16 as often as in UTF-8: each is detected or can be named.</summary>
public sealed class EncodingTests
{
    /// <summary>Traditional Chinese, which Big5 can encode and the simplified corpus is not.</summary>
    private const string Traditional = """
        一、會議開幕
        1. 專家組第四次會議於二零二一年四月六日至八日在維也納舉行。這是專家組第一次以線上方式舉行的會議。
        2. 各國代表對電子證據和國際合作的問題進行了討論，並說明了本國在這方面的經驗。
        3. 會議主席指出，打擊網絡犯罪需要各國之間的合作，也需要對執法人員進行培訓。

        """;

    private TempDirectory directory = null!;

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [TestCase("gb18030")]
    [TestCase("gbk")]
    public void Simplified_Chinese_in_a_GB_encoding_is_detected(string name)
    {
        // GBK has no superscript digits (footnote markers): the text is what GBK can write of the report.
        var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var text = string.Concat(Corpus.ChineseText.Where(c => CanEncode(encoding, c)));
        var path = Write("zh.txt", encoding.GetBytes(text));

        var document = DocumentReader.Default.ReadFile(path);

        Assert.That(document.Text, Is.EqualTo(text));
        Assert.That(document.Language, Is.EqualTo(Language.Chinese));
    }

    [Test]
    public void Traditional_Chinese_in_Big5_is_detected() =>
        Assert.That(DocumentReader.Default.ReadFile(Write("zh-tw.txt", Encoding.GetEncoding("big5").GetBytes(Traditional))).Text, Is.EqualTo(Traditional));

    [Test]
    public void Traditional_Chinese_in_GB18030_is_not_taken_for_Big5() =>
        Assert.That(DocumentReader.Default.ReadFile(Write("zh-tw.txt", Encoding.GetEncoding("gb18030").GetBytes(Traditional))).Text, Is.EqualTo(Traditional));

    [TestCase(false)]
    [TestCase(true)]
    public void UTF16_without_a_byte_order_mark_is_detected_when_it_clearly_is(bool bigEndian)
    {
        var path = Write("zh.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Corpus.ChineseText));

        Assert.That(DocumentReader.Default.ReadFile(path).Text, Is.EqualTo(Corpus.ChineseText));
    }

    [Test]
    public void UTF16_without_a_mark_and_with_hardly_any_ASCII_is_refused_with_a_hint_to_name_it()
    {
        var text = string.Concat(Enumerable.Repeat("专家组会议在维也纳举行，讨论了电子证据。\n", 20));
        var path = Write("zh.txt", new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(text));

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo(
                $"{path}: is not a text file (binary data at byte 41), unless it is UTF-16 without a byte order mark: then pass --encoding utf-16"));
        Assert.That(new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Utf16 }).ReadFile(path).Text, Is.EqualTo(text));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void UTF16_without_a_mark_and_without_any_ASCII_is_refused_with_a_hint_to_name_it(bool bigEndian)
    {
        var text = string.Concat(Enumerable.Repeat("电子证据是刑事司法中的重要问题。各国应当加强合作，打击网络犯罪。", 10));
        var path = Write("zh.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text));

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EndsWith("unless it is UTF-16 without a byte order mark: then pass --encoding utf-16"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void UTF32_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        var path = Write("en.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("1. The meeting was opened.")]);

        Assert.That(DocumentReader.Default.ReadFile(path).Text, Is.EqualTo("1. The meeting was opened."));
    }

    [TestCase("gbk")]
    [TestCase("big5")]
    public void English_saved_as_ANSI_on_a_Chinese_Windows_is_detected(string name)
    {
        // Curly quotes, dashes and an ellipsis, which GBK and Big5 both encode, in different places.
        const string text = "1. The Group’s “first” meeting – in Vienna — was opened… by the Chair.";
        var path = Write("en.txt", Encoding.GetEncoding(name).GetBytes(text));

        Assert.That(DocumentReader.Default.ReadFile(path).Text, Is.EqualTo(text));
    }

    [Test]
    public void English_in_windows_1252_is_not_taken_for_GBK()
    {
        var path = Write("en.txt", Encoding.GetEncoding("windows-1252").GetBytes("1. The Group’s “first” meeting – in Vienna — was opened… by the Chair."));

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.Contains("pass --encoding"));
    }

    [Test]
    public void Latin1_is_not_guessed_and_the_message_says_how_to_name_it()
    {
        var path = Write("fr.txt", Encoding.Latin1.GetBytes("1. La réunion a été ouverte."));

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo(
                $"{path}: is not valid UTF-8 at byte 7, nor text in GB18030 or Big5; pass --encoding if it is in another encoding (such as windows-1252)"));
    }

    [Test]
    public void A_named_encoding_overrides_detection()
    {
        var path = Write("fr.txt", Encoding.Latin1.GetBytes("1. La réunion a été ouverte."));
        var reader = new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Parse("windows-1252") });

        Assert.That(reader.ReadFile(path).Text, Is.EqualTo("1. La réunion a été ouverte."));
    }

    [Test]
    public void A_named_encoding_reads_a_file_too_short_to_detect()
    {
        // Two characters, neither among the frequent ones: GB18030 or Big5 cannot be told apart, so only a name helps.
        var path = Write("zh.txt", Encoding.GetEncoding("gb18030").GetBytes("维护"));

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>());
        Assert.That(new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Gb18030 }).ReadFile(path).Text, Is.EqualTo("维护"));
    }

    [Test]
    public void An_invalid_sequence_in_a_named_encoding_is_reported_at_its_byte_offset_from_the_start_of_the_file()
    {
        byte[] bytes = [.. Encoding.GetEncoding("gb18030").GetBytes("1. 会议开幕"), 0x81, 0x20, .. "。"u8];
        var path = Write("zh.txt", bytes);
        var reader = new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Gb18030 });

        Assert.That(
            () => reader.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not valid GB18030 at byte 11: it is damaged or in another encoding"));
    }

    [Test]
    public void A_damaged_GB18030_file_is_reported_as_GB18030_not_as_broken_UTF8()
    {
        var gb18030 = Encoding.GetEncoding("gb18030");
        var good = gb18030.GetBytes(Corpus.ChineseText);

        // Where a Chinese character starts, past the middle: a byte of 0x80 or more there may be the second of a pair.
        var middle = Corpus.ChineseText.Length / 2;
        while (Corpus.ChineseText[middle] < 0x80)
        {
            middle++;
        }

        var at = gb18030.GetByteCount(Corpus.ChineseText[..middle]);

        // A lead byte followed by a line break: no GB18030 character ends in one.
        var path = Write("zh.txt", [.. good[..at], 0x81, (byte)'\n', .. good[at..]]);

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not valid GB18030 at byte {at}: it is damaged or in another encoding"));
    }

    [Test]
    public void The_offset_of_an_invalid_sequence_counts_the_byte_order_mark()
    {
        var path = Write("en.txt", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF, (byte)'c']);

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not valid UTF-8 at byte 5: it is damaged or in another encoding"));
    }

    [Test]
    public void An_invalid_sequence_split_across_the_decoder_pieces_is_reported_where_it_starts()
    {
        // The decoder reads 64 KiB at a time; a truncated three-byte sequence straddles the first boundary.
        var text = new byte[(1 << 16) + 100];
        text.AsSpan().Fill((byte)'a');
        text[(1 << 16) - 1] = 0xE4;
        text[1 << 16] = 0xBC;
        var path = Write("en.txt", text);
        var reader = new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Utf8 });

        Assert.That(
            () => reader.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not valid UTF-8 at byte {(1 << 16) - 1}: it is damaged or in another encoding"));
    }

    [Test]
    public void Invalid_bytes_become_replacement_characters_only_when_asked()
    {
        var path = Write("en.txt", [.. "1. Caf"u8, 0xE9, .. " opened."u8]);
        var reader = new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Utf8, ReplaceInvalid = true });

        Assert.That(reader.ReadFile(path).Text, Is.EqualTo("1. Caf\uFFFD opened."));
    }

    [Test]
    public void A_replacement_character_in_valid_UTF8_is_text_not_an_error()
    {
        var path = Write("en.txt", Encoding.UTF8.GetBytes("1. The \uFFFD sign was in the original."));

        Assert.That(DocumentReader.Default.ReadFile(path).Text, Is.EqualTo("1. The \uFFFD sign was in the original."));
    }

    [Test]
    public void A_UTF16_byte_order_mark_decides_the_byte_order_of_a_named_UTF16_file()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var path = Write("zh.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("1. 会议开幕。")]);
        var reader = new DocumentReader(new ReaderOptions { Encoding = TextEncoding.Utf16 });

        Assert.That(reader.ReadFile(path).Text, Is.EqualTo("1. 会议开幕。"));
    }

    [Test]
    public void UTF16_that_ends_in_half_a_character_is_reported_at_that_byte()
    {
        var path = Write("en.txt", [0xFF, 0xFE, (byte)'a', 0, (byte)'b']);

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not valid UTF-16LE at byte 4: it is damaged or in another encoding"));
    }

    [TestCase("utf-8", "UTF-8")]
    [TestCase("UTF8", "UTF-8")]
    [TestCase("utf-16", "UTF-16LE")]
    [TestCase("utf-16be", "UTF-16BE")]
    [TestCase("GB18030", "GB18030")]
    [TestCase("gbk", "GBK")]
    [TestCase("gb2312", "GBK")]
    [TestCase("big5", "Big5")]
    [TestCase("windows-1252", "windows-1252")]
    [TestCase("latin1", "iso-8859-1")]
    [TestCase(" Auto ", "auto")]
    public void Encoding_names_are_read_as_people_write_them(string name, string expected) =>
        Assert.That(TextEncoding.Parse(name).Name, Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("klingon")]
    [TestCase("utf-7")]
    public void An_unknown_encoding_name_is_refused(string name)
    {
        Assert.That(TextEncoding.TryParse(name, out var encoding), Is.False);
        Assert.That(encoding, Is.EqualTo(TextEncoding.Auto));
        Assert.That(() => TextEncoding.Parse(name), Throws.TypeOf<FormatException>());
    }

    private static bool CanEncode(Encoding encoding, char c)
    {
        try
        {
            encoding.GetByteCount([c]);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = directory.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
