using System.Globalization;

namespace Alignment;

/// <summary>
/// Two documents of which one is more than <see cref="AlignmentPipeline.MaxLengthRatio"/> times as long as the other:
/// usually a document and its summary or an excerpt, or the wrong file. <see cref="InputException.Problem"/> says
/// so; the message adds that <see cref="AlignmentPipeline.AllowLengthMismatch"/> aligns them anyway, which an
/// application may word as its own setting instead.
/// </summary>
public sealed class LengthMismatchException : InputException
{
    /// <summary>Reports that <paramref name="longer"/> is <paramref name="ratio"/> times as long as <paramref name="shorter"/>.</summary>
    public LengthMismatchException(string longer, string shorter, double ratio)
        : base(
            longer,
            string.Create(CultureInfo.InvariantCulture, $"is {ratio:0.0} times as long as {shorter}, so one looks like a summary or an excerpt of the other"),
            "if they are translations of each other, set AlignmentPipeline.AllowLengthMismatch to align them anyway")
    {
        ShorterFileName = shorter;
        Ratio = ratio;
    }

    /// <summary>The shorter document; <see cref="InputException.FileName"/> is the longer.</summary>
    public string ShorterFileName { get; }

    /// <summary>How many times as long the longer document is, in the pipeline's common length unit.</summary>
    public double Ratio { get; }
}
