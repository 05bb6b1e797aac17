using System.Globalization;
using Alignment.Documents;

namespace Alignment.Cli.CommandLine;

/// <summary>The options every command that reads documents shares, and the reader and pipeline they configure.</summary>
internal static class ReadingOptions
{
    public static IReadOnlyList<Option> All { get; } =
    [
        new("encoding", "The files' encoding: utf-8, utf-16, gb18030 (gbk), big5 (default: detected).", "NAME"),
        new("replace-invalid", "Turn bytes that are not valid in the encoding into U+FFFD instead of stopping."),
        new("max-size", $"Refuse files larger than this many MB (default {ReaderOptions.DefaultMaxFileSize / 1024 / 1024}).", "MB"),
        new("allow-length-mismatch", "Align even when one document is more than three times as long as the other."),
    ];

    public static DocumentReader Reader(Arguments args)
    {
        var encoding = args.Value("encoding") is { } name
            ? TextEncoding.TryParse(name, out var parsed) ? parsed : throw new UsageException($"--encoding {name} is not an encoding this tool reads (utf-8, utf-16, gb18030, gbk, big5).")
            : TextEncoding.Auto;
        var megabytes = args.Value("max-size") is { } size
            ? double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) && mb > 0 ? mb : throw new UsageException($"--max-size expects a number of megabytes, not '{size}'.")
            : ReaderOptions.DefaultMaxFileSize / 1024.0 / 1024.0;
        return new DocumentReader(new ReaderOptions
        {
            Encoding = encoding,
            ReplaceInvalid = args.Flag("replace-invalid"),
            MaxFileSize = (long)(megabytes * 1024 * 1024),
        });
    }

    public static AlignmentPipeline Pipeline(Arguments args, Aligning.Aligner aligner) =>
        AlignmentPipeline.Default with { Reader = Reader(args), Aligner = aligner, AllowLengthMismatch = args.Flag("allow-length-mismatch") };
}
