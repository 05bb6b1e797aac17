using Alignment.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// The aligner a quality benchmark measures: the default one, or with <c>--without-word-model</c> one that does not
/// teach itself a word-translation model (<see cref="AlignerOptions.UseLexicalModel"/> off), whose confidences are
/// then printed as the default's are.
/// </summary>
internal static class QualityAligner
{
    private const string WithoutWordModel = "--without-word-model";

    private static readonly Aligner WithoutModel = new(AlignerOptions.Default with { UseLexicalModel = false });

    /// <summary>The aligner <paramref name="args"/> ask for, and the arguments without the switch.</summary>
    public static (Aligner Aligner, string[] Others) TakeArguments(string[] args) =>
        args.Contains(WithoutWordModel)
            ? (WithoutModel, [.. args.Where(a => a != WithoutWordModel)])
            : (Aligner.Default, args);
}
