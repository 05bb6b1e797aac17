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

    private static readonly Lazy<IReadOnlyList<TranslationUnit>> DistinctUnits = new(() =>
        [.. Units.DistinctBy(u => (u.Source.Text, u.Target.Text))]);

    private static readonly Lazy<TranslationMemory> SharedMemory = new(() =>
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add(Units);
        return memory;
    });

    public static string DocumentName => "zh.txt";

    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "unodc-cybercrime-eg4-2021");

    /// <summary>The sentence units of the report, in document order, each with its neighbouring source sentences.</summary>
    public static IReadOnlyList<TranslationUnit> Units => Cached.Value;

    /// <summary>The units a memory of the report holds: one of each identical pair.</summary>
    public static IReadOnlyList<TranslationUnit> Stored => DistinctUnits.Value;

    /// <summary>
    /// One memory of the report, indexed once and shared by every test class that only reads it (indexing it per class
    /// cost more than the tests). Tests that write build their own; <see cref="SharedMemoryDisposal"/> closes this one.
    /// </summary>
    public static TranslationMemory Memory => SharedMemory.Value;

    internal static void DisposeMemory()
    {
        if (SharedMemory.IsValueCreated)
        {
            SharedMemory.Value.Dispose();
        }
    }
}

/// <summary>Closes the shared report memory once every test in the assembly has run.</summary>
[SetUpFixture]
public sealed class SharedMemoryDisposal
{
    [OneTimeTearDown]
    public void Close() => CorpusUnits.DisposeMemory();
}
