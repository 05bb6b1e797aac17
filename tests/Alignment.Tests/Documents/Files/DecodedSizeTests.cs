using Alignment.Documents.Pdf;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Tests.Documents.Files;

/// <summary>The size a PDF stream decodes to, worked out from its codes alone, is the size PdfPig's own filter decodes it to.</summary>
public sealed class DecodedSizeTests
{
    [TestCase(1)]
    [TestCase(5_000)]
    [TestCase(3_000_000)]
    public void An_LZW_stream_counts_to_what_PdfPig_decodes_it_to(int bytes)
    {
        var encoded = HostileFiles.LzwRun(bytes);
        var decoded = new LzwFilter().Decode(encoded, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0);

        Assert.That(DecodedSize.Lzw(encoded, long.MaxValue, earlyChange: true), Is.EqualTo(decoded.Length).And.GreaterThanOrEqualTo(bytes));
    }

    [Test]
    public void An_LZW_count_stops_past_its_limit()
    {
        var encoded = HostileFiles.LzwRun(50_000_000);

        Assert.That(DecodedSize.Lzw(encoded, 1_000_000, earlyChange: true), Is.InRange(1_000_001, 1_010_000));
    }

    [Test]
    public void A_run_length_stream_counts_to_what_PdfPig_decodes_it_to()
    {
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 129, (byte)'x', 255, (byte)'y', 0, (byte)'z', 128, 7, 7];
        var decoded = new RunLengthFilter().Decode(encoded, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0);

        Assert.That(DecodedSize.RunLength(encoded, long.MaxValue), Is.EqualTo(decoded.Length).And.EqualTo(3 + 128 + 2 + 1));
    }
}
