namespace Alignment.Cli.CommandLine;

/// <summary>
/// Refuses a command line that would write over one of its own inputs, a folder or a device, before anything is read.
/// </summary>
internal static class OutputFiles
{
    /// <summary>
    /// An output is an input when both paths lead to the same file: the same full path once symbolic links are
    /// resolved, or (on Linux) the same device and inode, which also catches hard links.
    /// </summary>
    /// <exception cref="InputException">An output is a folder or one of the inputs.</exception>
    public static void Check(IReadOnlyList<string> outputs, IReadOnlyList<string> inputs)
    {
        foreach (var output in outputs)
        {
            var node = FileNode.Of(output);
            if (node.Kind is FileKind.Directory or FileKind.Other)
            {
                // Written atomically, an output replaces what is there: never a folder, a pipe or a device.
                throw new InputException(output, $"is {(node.Kind == FileKind.Directory ? "a folder" : "not a regular file")}; name the file to write");
            }

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
