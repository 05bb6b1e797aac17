using System.Globalization;
using Alignment.Documents;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Checks every file a command line names as input before any work starts (and before a memory is opened): it exists,
/// is a regular file (a named pipe would block the read, a device never ends) and is within the size limit, whatever
/// its kind: document, TMX, table, glossary, rules or query.
/// </summary>
internal static class InputFiles
{
    /// <summary>Where <see cref="File.ReadAllLines(string)"/> breaks lines: CR, LF or CR LF.</summary>
    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n"];

    /// <exception cref="InputException">The first input that is missing, a folder, not a regular file, or too large.</exception>
    public static void Check(IEnumerable<string> paths, long maxSize)
    {
        foreach (var path in paths)
        {
            if (FileNode.Of(path).InputProblem is { } problem)
            {
                throw new InputException(path, problem);
            }

            var size = new FileInfo(path).Length;
            if (size > maxSize)
            {
                throw new InputException(path, $"is {Megabytes(size)}, over the {Megabytes(maxSize)} limit for an input file (--max-size)");
            }
        }
    }

    /// <summary>The non-empty lines of a presegmented file (one sentence per line), trimmed, decoded as documents are.</summary>
    /// <exception cref="InputException">The file is not text, or holds no sentence.</exception>
    public static IReadOnlyList<string> SentenceLines(string path, ReaderOptions options)
    {
        var lines = TextFile.ReadAllText(path, options).Split(LineBreaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length > 0 ? lines : throw new InputException(path, "is empty: expected one sentence per line");
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
