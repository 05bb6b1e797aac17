using System.Text;

namespace Alignment.Cli.CommandLine;

/// <summary>Reads the text files a command is given, turning every way they can be unusable into one clear error.</summary>
internal static class InputFiles
{
    /// <summary>The non-empty lines of a presegmented file (one sentence per line), trimmed.</summary>
    public static IReadOnlyList<string> SentenceLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "does not exist");
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count > 0 ? lines : throw new InputException(path, "is empty: expected one sentence per line");
    }
}
