using Alignment.Memory;

namespace Alignment.Cli.CommandLine;

/// <summary>Where a command finds its translation memory: <c>--index DIR</c>, or the user's default memory.</summary>
internal static class MemoryLocation
{
    /// <summary>The memory used when no <c>--index</c> is given: <c>alignment/memory</c> under the user's local application data.</summary>
    public static string DefaultDirectory { get; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "alignment", "memory");

    public static Option Option { get; } =
        new("index", $"The translation memory folder (default: {DefaultDirectory}).", "DIR");

    public static string Of(Arguments args) => args.Value("index") ?? DefaultDirectory;

    /// <summary>Opens the memory for reading; a missing one gets a hint on how to build it.</summary>
    public static TranslationMemory OpenForReading(Arguments args) => TranslationMemory.OpenReadOnly(Existing(args));

    /// <summary>Opens an existing memory for writing, without creating one where there is none.</summary>
    public static TranslationMemory OpenExistingForWriting(Arguments args) => TranslationMemory.Open(Existing(args));

    private static string Existing(Arguments args)
    {
        var directory = Of(args);
        if (!Directory.Exists(directory))
        {
            throw new InputException(directory, "does not exist: build a memory first, e.g. 'alignment index zh.txt en.txt'" + (args.Value("index") is null ? string.Empty : $" --index {directory}"));
        }

        return directory;
    }

    /// <summary>The language of a query: as given, or Chinese when it contains Han characters, else English.</summary>
    public static Documents.Language LanguageOf(Arguments args, string text, string option = "lang") =>
        args.Value(option) is { } tag ? Documents.Language.Parse(tag)
        : text.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? Documents.Language.Chinese
        : Documents.Language.English;

    /// <summary>The other language of the zh–en pair.</summary>
    public static Documents.Language Other(Documents.Language language) =>
        language.IsChinese ? Documents.Language.English : Documents.Language.Chinese;
}
