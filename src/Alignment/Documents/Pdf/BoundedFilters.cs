using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// PdfPig's own filters, each decoded stream counted against a <see cref="DecodeBudget"/>. A Flate stream (nearly all
/// of them) is first inflated into nothing, only counted, and stops at the budget: the bomb is refused without ever
/// being held in memory. The other filters expand by a bounded ratio and are counted after decoding.
/// </summary>
internal sealed class BoundedFilters(DecodeBudget budget) : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(inner.GetAllFilters());

    private IFilter[] Bound(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new Counted(f, budget))];

    private sealed class Counted(IFilter filter, DecodeBudget budget) : IFilter
    {
        private const int ZlibHeader = 2;

        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter && InflatedSize(input, budget.Remaining) > budget.Remaining)
            {
                budget.Exceed();
            }

            var decoded = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(decoded.Length);
            return decoded;
        }

        /// <summary>The bytes <paramref name="input"/> inflates to, counted up to one past <paramref name="limit"/>; a damaged stream counts to where it breaks.</summary>
        private static long InflatedSize(Memory<byte> input, long limit)
        {
            if (input.Length <= ZlibHeader)
            {
                return 0;
            }

            using var deflate = new DeflateStream(StreamOver(input[ZlibHeader..]), CompressionMode.Decompress);
            var buffer = new byte[1 << 16];
            long total = 0;
            try
            {
                int read;
                while (total <= limit && (read = deflate.Read(buffer)) > 0)
                {
                    total += read;
                }
            }
            catch (InvalidDataException)
            {
                // PdfPig decides what a damaged stream yields; only its size counts here.
            }

            return total;
        }

        private static MemoryStream StreamOver(Memory<byte> bytes) =>
            MemoryMarshal.TryGetArray<byte>(bytes, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(bytes.ToArray(), writable: false);
    }
}
