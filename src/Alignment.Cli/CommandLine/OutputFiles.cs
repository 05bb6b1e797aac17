namespace Alignment.Cli.CommandLine;

/// <summary>Refuses a command line that would write over one of its own inputs, before anything is read.</summary>
internal static class OutputFiles
{
    /// <summary>
    /// An output is an input when both paths lead to the same file: the same full path once symbolic links are
    /// resolved, or (on Linux) the same device and inode, which also catches hard links.
    /// </summary>
    /// <exception cref="InputException">An output is one of the inputs.</exception>
    public static void CheckNoneIsAnInput(IReadOnlyList<string> outputs, IReadOnlyList<string> inputs)
    {
        foreach (var output in outputs)
        {
            var node = FileNode.Of(output);
            var resolved = Resolved(output);
            foreach (var input in inputs)
            {
                if (node.IsSameFileAs(FileNode.Of(input)) || string.Equals(resolved, Resolved(input), PathComparison))
                {
                    throw new InputException(output, $"is the input {input}; writing the result there would replace it, so choose another output");
                }
            }
        }
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full path with every symbolic link along it followed, as far as the path exists.</summary>
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        var existing = full;
        var rest = new Stack<string>();
        while (!File.Exists(existing) && !Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }

        var target = Path.Exists(existing) ? ResolveLinks(existing) : existing;
        return rest.Aggregate(target, Path.Combine);
    }

    private static string ResolveLinks(string path)
    {
        var parent = Path.GetDirectoryName(path);
        var resolvedParent = parent is null ? null : ResolveLinks(parent);
        var here = resolvedParent is null ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
        return new FileInfo(here).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? here;
    }
}
