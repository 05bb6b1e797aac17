namespace Alignment.Interchange;

/// <summary>Opens input files so that the usual failures reach the user as one clear line.</summary>
internal static class InputFile
{
    public static FileStream Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, "does not exist", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InputException(path, $"cannot be read ({e.Message})", e);
        }
    }
}
