using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alignment.Cli.CommandLine;

/// <summary>JSON output as people read it: indented, CJK and punctuation unescaped.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
