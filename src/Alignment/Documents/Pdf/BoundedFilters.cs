using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// PdfPig's own filters, each decoded stream counted against a <see cref="DecodeBudget"/> (streams without a filter
/// never pass through here: see <see cref="UnfilteredContent"/>). A Flate, LZW or run-length stream, which can expand many times over, is first measured without being decoded
/// (<see cref="DecodedSize"/>) and stops at the budget: the bomb is refused without ever being held in memory. The
/// other filters expand by a small bounded ratio and are counted after decoding.
/// </summary>
internal sealed class BoundedFilters(DecodeBudget budget) : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    /// <summary>What the filters count against.</summary>
    public DecodeBudget Budget { get; } = budget;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bound(inner.GetAllFilters());

    private IFilter[] Bound(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new Counted(f, Budget))];

    private sealed class Counted(IFilter filter, DecodeBudget budget) : IFilter
    {
        private static readonly NameToken EarlyChange = NameToken.Create("EarlyChange");

        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (SizeBeforeDecoding(input, streamDictionary, filterIndex) > budget.Remaining)
            {
                budget.Exceed();
            }

            var decoded = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(decoded.Length);
            return decoded;
        }

        /// <summary>What a filter that can expand its input many times over decodes it to, up to one past the budget; 0 for the others.</summary>
        private long SizeBeforeDecoding(Memory<byte> input, DictionaryToken streamDictionary, int filterIndex) => filter switch
        {
            FlateFilter => DecodedSize.Flate(input, budget.Remaining),
            LzwFilter => DecodedSize.Lzw(input.Span, budget.Remaining, IsEarlyChange(streamDictionary, filterIndex)),
            RunLengthFilter => DecodedSize.RunLength(input.Span, budget.Remaining),
            _ => 0,
        };

        private static bool IsEarlyChange(DictionaryToken streamDictionary, int filterIndex) =>
            !DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex).TryGet(EarlyChange, out var value) || value is not NumericToken { Int: 0 };
    }
}
