namespace Alignment;

/// <summary>
/// Opens the files the library reads: the one place where an input file is opened, so that every reader refuses
/// the same things in the same words. Only regular files are opened: opening a named pipe blocks until a writer
/// comes, and a device such as <c>/dev/zero</c> never ends.
/// </summary>
internal static class InputFile
{
    /// <exception cref="InputException">The path is missing, a folder, not a regular file, or cannot be read.</exception>
    public static FileStream Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (FileNode.Of(path).InputProblem is { } problem)
        {
            throw new InputException(path, problem);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, "does not exist", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(path, "cannot be read: permission denied", e);
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot be read: {e.Message}", e);
        }
    }
}
