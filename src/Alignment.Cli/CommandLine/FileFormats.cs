namespace Alignment.Cli.CommandLine;

/// <summary>The kinds of file the tool reads and writes, told by their extension.</summary>
internal enum FileFormat
{
    /// <summary>Any other extension: for inputs, a document read as text.</summary>
    Other,

    /// <summary><c>.tmx</c>: TMX 1.4b.</summary>
    Tmx,

    /// <summary><c>.tsv</c>: tab-separated units or glossary entries.</summary>
    Tsv,

    /// <summary><c>.csv</c>: comma-separated units or glossary entries.</summary>
    Csv,

    /// <summary><c>.jsonl</c>: one unit per JSON line.</summary>
    Jsonl,

    /// <summary><c>.beads</c>: beads as the Vecalign/Bertalign scripts read them.</summary>
    Beads,

    /// <summary><c>.txt</c> or <c>.utf8</c>: plain text, or an OmegaT glossary when a glossary is written.</summary>
    Text,

    /// <summary><c>.tbx</c>: TBX-Basic.</summary>
    Tbx,
}

/// <summary>The one place where a file's format is chosen from its name.</summary>
internal static class FileFormats
{
    public static FileFormat Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".tmx" => FileFormat.Tmx,
        ".tsv" => FileFormat.Tsv,
        ".csv" => FileFormat.Csv,
        ".jsonl" => FileFormat.Jsonl,
        ".beads" => FileFormat.Beads,
        ".txt" or ".utf8" => FileFormat.Text,
        ".tbx" => FileFormat.Tbx,
        _ => FileFormat.Other,
    };
}
