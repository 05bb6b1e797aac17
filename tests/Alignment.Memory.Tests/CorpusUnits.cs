using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>
/// Translation units of the bundled report pair as the product makes them: read, segmented and aligned by
/// <see cref="AlignmentPipeline"/>, then turned into units (labels as CAT tools segment them, neighbours as context).
/// </summary>
internal static class CorpusUnits
{
    private static readonly Lazy<IReadOnlyList<TranslationUnit>> Cached = new(() =>
        AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Path.Combine(Directory, "zh.txt"), Path.Combine(Directory, "en.txt"))));

    public static string DocumentName => "zh.txt";

    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "unodc-cybercrime-eg4-2021");

    /// <summary>The sentence units of the report, in document order, each with its neighbouring source sentences.</summary>
    public static IReadOnlyList<TranslationUnit> Units => Cached.Value;
}
