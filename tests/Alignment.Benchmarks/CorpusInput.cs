using System.Collections.Concurrent;
using System.Text;

namespace Alignment.Benchmarks;

/// <summary>Benchmark input made from the bundled corpus: its non-blank lines, repeated up to a size.</summary>
internal static class CorpusInput
{
    public const int TargetBytes = 10_000_000;

    private static readonly ConcurrentDictionary<string, string[]> Cache = new();

    /// <summary>The lines of <c>corpora/…/{language}.txt</c> repeated until they hold at least <see cref="TargetBytes"/> bytes of UTF-8.</summary>
    public static string[] Lines(string language) => Cache.GetOrAdd(language, Build);

    /// <summary>The size of <see cref="Lines"/> in UTF-8 bytes.</summary>
    public static long Utf8Bytes(string language) => Lines(language).Sum(l => (long)Encoding.UTF8.GetByteCount(l));

    private static string[] Build(string language)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpora", "unodc-cybercrime-eg4-2021", $"{language}.txt");
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        var result = new List<string>();
        long bytes = 0;
        while (bytes < TargetBytes)
        {
            foreach (var line in lines)
            {
                result.Add(line);
                bytes += Encoding.UTF8.GetByteCount(line);
            }
        }

        return [.. result];
    }
}
