using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Alignment.Server.Hosting;

/// <summary>The pages, styles and scripts, embedded in the assembly and served as they are.</summary>
internal static class Assets
{
    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    /// <summary>Serves the embedded file <paramref name="name"/>, or 404 when there is none.</summary>
    public static IResult Serve(string name) =>
        Files.TryGetValue(name, out var bytes) && Types.TryGetValue(Path.GetExtension(name), out var type)
            ? Results.Bytes(bytes, type)
            : Results.NotFound();

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(Assets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource["Assets/".Length..]] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
