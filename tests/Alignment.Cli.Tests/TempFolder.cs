using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

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

    /// <summary>
    /// Every entry under the folder with its size, content hash and modification time (pipes and devices by name
    /// only), so a test can assert that a run changed nothing.
    /// </summary>
    public string[] Snapshot() =>
    [
        .. Directory.GetFileSystemEntries(Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(entry =>
        {
            var name = System.IO.Path.GetRelativePath(Path, entry);
            if (FileNode.Of(entry).Kind != FileKind.Regular)
            {
                return name;
            }

            var info = new FileInfo(entry);
            var hash = Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(entry)));
            return string.Create(CultureInfo.InvariantCulture, $"{name} {info.Length} {hash} {info.LastWriteTimeUtc.Ticks}");
        }),
    ];

    /// <summary>Copies a file into the folder under <paramref name="name"/> and returns its path.</summary>
    public string Copy(string source, string name)
    {
        var path = File(name);
        System.IO.File.Copy(source, path);
        return path;
    }

    /// <summary>Makes a named pipe (FIFO); the test is skipped, with the reason, where none can be made.</summary>
    public string NamedPipe(string name)
    {
        var path = File(name);
        Run("mkfifo", path);
        return System.IO.File.Exists(path) ? path : Ignore("mkfifo could not make a named pipe here.");
    }

    /// <summary>Makes <paramref name="name"/> a hard link to <paramref name="target"/>; skipped where hard links cannot be made.</summary>
    public string HardLink(string target, string name)
    {
        var path = File(name);
        Run("ln", target, path);
        return System.IO.File.Exists(path) ? path : Ignore("ln could not make a hard link here.");
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static void Run(string tool, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Ignore($"{tool} is not available here.");
        }
    }

    private static string Ignore(string reason)
    {
        Assert.Ignore(reason);
        return string.Empty;
    }
}
