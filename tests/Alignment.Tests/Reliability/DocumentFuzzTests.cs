using System.Text;
using Alignment.Documents;
using Alignment.Documents.Reading;
using Alignment.Segmentation;
using Alignment.Tests.Reliability.Fuzzing;

namespace Alignment.Tests.Reliability;

/// <summary>
/// The decoder, reader and segmenter on mutated excerpts of the bundled report: they refuse input only with an
/// <see cref="InputException"/>, and what they accept keeps every offset true to the original (see <see cref="Invariants"/>).
/// Case counts and seeds: see <see cref="Fuzz"/>.
/// </summary>
public sealed class DocumentFuzzTests
{
    private static readonly string[] Chinese = Corpus.Lines("zh.txt");
    private static readonly string[] English = Corpus.Lines("en.txt");

    /// <summary>The report laid out as PDF extraction gives it: wrapped lines, page furniture, footnotes moved to the page foot.</summary>
    private static readonly string[] ChineseAsFromPdf = PdfLike(Corpus.ChineseText, Language.Chinese, 34);
    private static readonly string[] EnglishAsFromPdf = PdfLike(Corpus.EnglishText, Language.English, 70);

    static DocumentFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Test]
    public void Reading_and_segmenting_mutated_text_lets_only_input_errors_escape_and_keeps_offsets_true() =>
        Fuzz.Run(
            5000,
            random =>
            {
                var chinese = random.Next(2) == 0;
                var lines = random.Next(3) == 0 ? (chinese ? ChineseAsFromPdf : EnglishAsFromPdf) : (chinese ? Chinese : English);
                var text = TextMutator.Mutate(TextMutator.Excerpt(lines, random, 1, 60), random, 6);

                // The language is sometimes wrong, as when a user names it wrongly.
                var language = random.Next(8) == 0 ? (chinese ? Language.English : Language.Chinese) : (chinese ? Language.Chinese : Language.English);
                return (Text: text, Language: language);
            },
            input =>
            {
                var document = DocumentReader.Default.Read(input.Text, input.Language, "fuzz.txt");
                Invariants.OfDocument(document, input.Text);
                Invariants.OfSegmentation(SentenceSegmenter.Default.Segment(document));
            },
            input => Encoding.UTF8.GetBytes(input.Text),
            "txt");

    [Test]
    public void Decoding_mutated_bytes_lets_only_input_errors_escape_and_decodes_what_it_accepts_exactly() =>
        Fuzz.Run(
            4000,
            random => (Bytes: MutateBytes(Encode(TextMutator.Excerpt(random.Next(2) == 0 ? Chinese : English, random, 1, 30), random), random), Options: Options(random)),
            input =>
            {
                using var stream = new MemoryStream(input.Bytes);
                DecodedText decoded;
                try
                {
                    decoded = TextDecoder.Decode(stream, input.Bytes.Length, "fuzz.txt", input.Options);
                }
                catch (InputException e)
                {
                    CheckOffset(e, input.Bytes);
                    throw;
                }

                var expected = decoded.Encoding
                    .ToEncoding(input.Options.ReplaceInvalid ? new DecoderReplacementFallback("\uFFFD") : DecoderFallback.ExceptionFallback)
                    .GetString(input.Bytes, decoded.Start, input.Bytes.Length - decoded.Start);
                InvariantException.Check(decoded.Text == expected, $"the text decoded in pieces as {decoded.Encoding} differs from decoding it at once");
                if (!input.Options.Encoding.IsAuto)
                {
                    InvariantException.Check(decoded.Encoding.UnitSize == input.Options.Encoding.UnitSize, $"named {input.Options.Encoding}, decoded as {decoded.Encoding}");
                }
            },
            input => input.Bytes,
            "bin",
            minimumAccepted: 0.2);

    private static string[] PdfLike(string text, Language language, int width) =>
        Variants.PdfLikeVariant.Generate(text, language, new Variants.PdfLikeOptions(width, 7) { CrLf = language.IsChinese }).Text.Split('\n');

    /// <summary>A reported offset is where the first invalid sequence starts: the bytes before it decode cleanly.</summary>
    private static void CheckOffset(InputException error, byte[] bytes)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error.Problem, @"^is not valid (?<encoding>\S+) at byte (?<offset>\d+)");
        if (!match.Success)
        {
            return;
        }

        var encoding = TextEncoding.Parse(match.Groups["encoding"].Value);
        var offset = int.Parse(match.Groups["offset"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (_, mark) = EncodingDetector.ByteOrderMark(bytes, encoding);
        InvariantException.Check(offset >= mark && offset < bytes.Length, $"offset {offset} lies outside the text of {bytes.Length} bytes");
        try
        {
            encoding.ToEncoding(DecoderFallback.ExceptionFallback).GetCharCount(bytes, mark, offset - mark);
        }
        catch (DecoderFallbackException)
        {
            throw new InvariantException($"the bytes before the reported offset {offset} are not valid {encoding} either");
        }
    }

    private static byte[] Encode(string text, Random random) => random.Next(9) switch
    {
        0 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        1 => Encoding.GetEncoding("gb18030").GetBytes(text),
        2 => Encoding.GetEncoding("big5").GetBytes(text),
        3 => Encoding.Unicode.GetBytes(text),
        4 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        5 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        6 => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static ReaderOptions Options(Random random) => new()
    {
        Encoding = random.Next(10) switch
        {
            0 => TextEncoding.Utf8,
            1 => TextEncoding.Gb18030,
            2 => TextEncoding.Big5,
            3 => TextEncoding.Utf16,
            4 => TextEncoding.Parse("windows-1252"),
            _ => TextEncoding.Auto,
        },
        ReplaceInvalid = random.Next(3) == 0,
    };

    private static readonly byte[][] BytePieces = [[0x00], [0x80], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xE4], [0x81, 0x30], [0xA1], [0x0A], [0x0D]];

    /// <summary>Flips, inserts and deletes bytes, or cuts the file short (often inside a character).</summary>
    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        for (var k = random.Next(0, 4); k > 0; k--)
        {
            var at = random.Next(list.Count + 1);
            switch (random.Next(5))
            {
                case 0 when at < list.Count:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list.InsertRange(at, BytePieces[random.Next(BytePieces.Length)]);
                    break;
                case 2:
                    list.RemoveRange(at, Math.Min(random.Next(1, 5), list.Count - at));
                    break;
                case 3:
                    list.RemoveRange(at, list.Count - at);
                    break;
                default:
                    list.InsertRange(at, Enumerable.Range(0, random.Next(1, 9)).Select(_ => (byte)random.Next(256)));
                    break;
            }
        }

        return [.. list];
    }
}
