namespace Alignment.Cli.Tests;

/// <summary>A scratch folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alignment-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file in the folder, so a test can assert that nothing was left behind.</summary>
    public string[] Files => [.. Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order()];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
