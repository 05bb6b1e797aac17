using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>
/// Replaces each invalid byte sequence with U+FFFD and counts them, so that one pass over a file both decodes and
/// validates it. A file may hold U+FFFD legitimately, so the count, not the output, says whether it was valid.
/// </summary>
internal sealed class CountingFallback : DecoderFallback
{
    /// <summary>Invalid sequences met so far (a decoder that retries a piece may count one twice; only zero matters).</summary>
    public long Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
    {
        private bool pending;

        public override int Remaining => pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!pending)
            {
                return '\0';
            }

            pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (pending)
            {
                return false;
            }

            pending = true;
            return true;
        }

        public override void Reset() => pending = false;
    }
}
