using System.CommandLine;
using Alignment.Memory;

namespace Alignment.Cli.CommandLine;

/// <summary>Where a command finds its translation memory: <c>--index DIR</c>, or the user's default memory.</summary>
internal static class MemoryLocation
{
    /// <summary>The memory used when no <c>--index</c> is given: <c>alignment/memory</c> under the user's local application data.</summary>
    public static string DefaultDirectory { get; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "alignment", "memory");

    public static Option<string?> CreateOption() =>
        CliOptions.Text("--index", "DIR", $"The translation memory folder (default: {DefaultDirectory}).");

    /// <summary>The folder named on the command line, or the default one.</summary>
    /// <exception cref="InputException">A file stands where the folder would be.</exception>
    public static string Of(string? given)
    {
        var directory = given ?? DefaultDirectory;
        var kind = FileNode.Of(directory).Kind;
        return kind is FileKind.Missing or FileKind.Directory ? directory
            : throw new InputException(directory, "is a file, not a memory: --index names the folder that holds a memory (a new one is created where nothing is)");
    }

    /// <summary>Opens the memory for reading; a missing one gets a hint on how to build it.</summary>
    public static TranslationMemory OpenForReading(string? given) => TranslationMemory.OpenReadOnly(Existing(given));

    /// <summary>
    /// <c>--wait SECONDS</c>: how long a command that writes waits while another process writes to the memory (a CAT
    /// tool's plug-in, another command) before it gives up.
    /// </summary>
    public static Option<int> CreateWaitOption() =>
        CliOptions.WholeNumber("--wait", "SECONDS", "How long to wait while another process writes to the memory, before giving up (default 10; 0: not at all).", 10, 0, 24 * 60 * 60);

    /// <summary>Opens the memory in <paramref name="directory"/> for writing, creating it where there is none.</summary>
    public static TranslationMemory OpenForWriting(string directory, int waitSeconds, CliConsole console) =>
        TranslationMemory.Open(directory, new WriterOptions
        {
            LockTimeout = TimeSpan.FromSeconds(waitSeconds),
            Waiting = holder => console.Progress($"{holder}; waiting up to {waitSeconds} s"),
        });

    /// <summary>Opens an existing memory for writing, without creating one where there is none.</summary>
    public static TranslationMemory OpenExistingForWriting(string? given, int waitSeconds, CliConsole console) =>
        OpenForWriting(Existing(given), waitSeconds, console);

    private static string Existing(string? given)
    {
        var directory = Of(given);
        if (!Directory.Exists(directory))
        {
            throw new InputException(directory, "does not exist: build a memory first, e.g. 'alignment index zh.txt en.txt'" + (given is null ? string.Empty : $" --index {directory}"));
        }

        return directory;
    }

    /// <summary>The language of a query: as given, or as <see cref="Documents.Language.Detect"/> reads it.</summary>
    public static Documents.Language LanguageOf(Documents.Language? given, string text) => given ?? Documents.Language.Detect(text);

    /// <summary>The other language of the zh–en pair.</summary>
    public static Documents.Language Other(Documents.Language language) =>
        language.IsChinese ? Documents.Language.English : Documents.Language.Chinese;
}
