using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>Reads small test documents given line by line.</summary>
internal static class Read
{
    public static Document English(params string[] lines) => DocumentReader.Default.Read(string.Join("\n", lines), Language.English, "test.txt");

    public static Document Chinese(params string[] lines) => DocumentReader.Default.Read(string.Join("\n", lines), Language.Chinese, "test.txt");

    /// <summary>The block at <paramref name="path"/> (parts separated by <c> › </c>).</summary>
    public static Block At(this Document document, string path) =>
        document.Blocks.Single(b => b.Path.ToString() == path);

    public static string[] Texts(this Document document) => [.. document.Blocks.Select(b => b.Text)];

    public static string[] Paths(this Document document) => [.. document.Blocks.Select(b => b.Path.ToString())];
}
