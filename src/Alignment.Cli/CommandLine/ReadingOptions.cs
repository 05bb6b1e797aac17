using System.CommandLine;
using Alignment.Documents;

namespace Alignment.Cli.CommandLine;

/// <summary>The options every command that reads documents shares, and the reader and pipeline they configure.</summary>
internal sealed class ReadingOptions
{
    /// <summary>The largest value of <c>--max-size</c>: a terabyte, far beyond any document, but still a number of bytes.</summary>
    private const double MaxMegabytes = 1024 * 1024;

    private readonly Option<TextEncoding> encoding = CliOptions.Encoding(
        "--encoding",
        "The files' encoding: utf-8, utf-16, gb18030 (gbk), big5, or another such as windows-1252 (default: detected).");

    private readonly Option<bool> replaceInvalid = CliOptions.Flag("--replace-invalid", "Turn bytes that are not valid in the encoding into U+FFFD instead of stopping.");

    private readonly Option<long> maxSize = CliOptions.Megabytes(
        "--max-size",
        $"Refuse input files larger than this many MB: documents, TMX, tables, glossaries, rules (default {ReaderOptions.DefaultMaxFileSize / 1024 / 1024}).",
        ReaderOptions.DefaultMaxFileSize,
        MaxMegabytes);

    private readonly Option<bool>? allowLengthMismatch;
    private readonly Option<bool>? force;

    /// <summary>Adds the options to <paramref name="command"/>; <c>--allow-length-mismatch</c> only where two documents are aligned.</summary>
    public ReadingOptions(Command command, bool aligns)
    {
        command.Options.Add(encoding);
        command.Options.Add(replaceInvalid);
        command.Options.Add(maxSize);
        if (aligns)
        {
            allowLengthMismatch = CliOptions.Flag("--allow-length-mismatch", "Align even when one document is more than three times as long as the other.");
            command.Options.Add(allowLengthMismatch);
            force = CliOptions.Flag(ForceFlag, "Keep the alignment even when it shows the two documents are not translations of each other.");
            command.Options.Add(force);
        }
    }

    /// <summary>The flag that lets a length mismatch through, named in the message that refuses one.</summary>
    public const string LengthMismatchFlag = "--allow-length-mismatch";

    /// <summary>The flag that keeps the alignment of two documents that do not look like translations, named in the message that refuses them.</summary>
    public const string ForceFlag = "--force";

    /// <summary>True when <c>--force</c> was given.</summary>
    public bool Forced(ParseResult args) => force is not null && args.GetValue(force);

    public long MaxSize(ParseResult args) => args.GetValue(maxSize);

    /// <summary>The encoding given with <c>--encoding</c>, or <see cref="TextEncoding.Auto"/>: documents and tables alike are read in it.</summary>
    public TextEncoding Encoding(ParseResult args) => args.GetValue(encoding)!;

    public DocumentReader Reader(ParseResult args) => new(new ReaderOptions
    {
        Encoding = Encoding(args),
        ReplaceInvalid = args.GetValue(replaceInvalid),
        MaxFileSize = args.GetValue(maxSize),
    });

    public AlignmentPipeline Pipeline(ParseResult args, Aligning.Aligner aligner) =>
        AlignmentPipeline.Default with
        {
            Reader = Reader(args),
            Aligner = aligner,
            AllowLengthMismatch = allowLengthMismatch is not null && args.GetValue(allowLengthMismatch),
            AcceptUnrelated = Forced(args),
        };
}
