using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>Terms in one language and their translations in another: a glossary or term base.</summary>
public sealed class Glossary
{
    /// <summary>Creates a glossary from its entries.</summary>
    public Glossary(Language sourceLanguage, Language targetLanguage, IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(entries);
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        Entries = [.. entries];
    }

    /// <summary>The language of the source terms.</summary>
    public Language SourceLanguage { get; }

    /// <summary>The language of the target terms.</summary>
    public Language TargetLanguage { get; }

    /// <summary>The entries, in order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Reads a glossary file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Its format.</param>
    /// <param name="sourceLanguage">The source language: the language of the first column, or the TBX language set to take.</param>
    /// <param name="targetLanguage">The target language, likewise.</param>
    /// <exception cref="InputException">
    /// The file is missing or malformed, a row lacks a term (naming the line), or a TBX file has no entry with both languages.
    /// </exception>
    public static Glossary Read(string path, GlossaryFormat format, Language sourceLanguage, Language targetLanguage)
    {
        using var stream = InputFile.Open(path);
        return Read(stream, path, format, sourceLanguage, targetLanguage);
    }

    /// <summary>Reads a glossary from <paramref name="input"/>, which stays open; see <see cref="Read(string, GlossaryFormat, Language, Language)"/>.</summary>
    /// <param name="input">The glossary.</param>
    /// <param name="name">A name for the input in error messages, usually its file name.</param>
    /// <param name="format">Its format.</param>
    /// <param name="sourceLanguage">The source language.</param>
    /// <param name="targetLanguage">The target language.</param>
    public static Glossary Read(Stream input, string name, GlossaryFormat format, Language sourceLanguage, Language targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        var entries = format == GlossaryFormat.Tbx
            ? Tbx.Read(input, name, sourceLanguage, targetLanguage)
            : GlossaryRows.Read(input, name, DialectOf(format));
        return new Glossary(sourceLanguage, targetLanguage, entries);
    }

    /// <summary>Writes the glossary to <paramref name="path"/>, replacing it only once the file is complete.</summary>
    public void Write(string path, GlossaryFormat format) => AtomicFile.Write(path, stream => Write(stream, format));

    /// <summary>Writes the glossary to <paramref name="output"/> as UTF-8; the stream stays open.</summary>
    public void Write(Stream output, GlossaryFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == GlossaryFormat.Tbx)
        {
            Tbx.Write(output, this);
        }
        else
        {
            GlossaryRows.Write(output, Entries, DialectOf(format));
        }
    }

    private static DelimitedText.Dialect DialectOf(GlossaryFormat format) => format switch
    {
        GlossaryFormat.Tsv => DelimitedText.Dialect.Tsv,
        GlossaryFormat.OmegaT => DelimitedText.Dialect.OmegaT,
        _ => DelimitedText.Dialect.Csv,
    };
}
