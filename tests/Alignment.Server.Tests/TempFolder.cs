namespace Alignment.Server.Tests;

/// <summary>A scratch folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alignment-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a file into the folder under <paramref name="name"/> and returns its path.</summary>
    public string Copy(string source, string name)
    {
        var path = File(name);
        System.IO.File.Copy(source, path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed a moment ago may still hold a file; the system's temp cleaning takes the rest.
        }
    }
}
