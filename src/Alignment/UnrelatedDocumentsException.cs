using Alignment.Aligning;

namespace Alignment;

/// <summary>
/// Two documents whose alignment shows they are not translations of each other (<see cref="PairVerdict"/>): most
/// sentences found no counterpart, or the pairs rest on weak evidence. Usually the wrong file. The message adds that
/// <see cref="AlignmentPipeline.AcceptUnrelated"/> aligns them anyway, which an application may word as its own setting.
/// </summary>
public sealed class UnrelatedDocumentsException : InputException
{
    /// <summary>Reports that <paramref name="source"/> and <paramref name="target"/> do not look like translations of each other.</summary>
    public UnrelatedDocumentsException(string source, string target, PairVerdict verdict)
        : base(
            source,
            $"does not look like a translation of {target}: {verdict?.Reason}",
            "if they are translations of each other, set AlignmentPipeline.AcceptUnrelated to align them anyway")
    {
        ArgumentNullException.ThrowIfNull(verdict);
        TargetFileName = target;
        Verdict = verdict;
    }

    /// <summary>The other document; <see cref="InputException.FileName"/> is the source.</summary>
    public string TargetFileName { get; }

    /// <summary>The judgement, with the shares of unpaired and weakly paired sentences.</summary>
    public PairVerdict Verdict { get; }
}
