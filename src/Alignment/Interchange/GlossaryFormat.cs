namespace Alignment.Interchange;

/// <summary>The file formats of a <see cref="Glossary"/>.</summary>
public enum GlossaryFormat
{
    /// <summary>
    /// Comma-separated values: source term, target term, then <c>comment</c>, <c>occurrences</c> and <c>confidence</c>,
    /// under a header row. Read with or without a header; a header maps columns by name.
    /// </summary>
    Csv,

    /// <summary>Tab-separated values with the columns of <see cref="Csv"/>; fields that hold tabs, line breaks or quotes are quoted.</summary>
    Tsv,

    /// <summary>
    /// OmegaT's glossary files: tab-separated source term, target term and comment, no header, lines starting with
    /// <c>#</c> are comments. There is no quoting, so tabs and line breaks inside terms are written as spaces, and a
    /// source term that starts with <c>#</c> would read back as a comment.
    /// </summary>
    OmegaT,

    /// <summary>TBX-Basic (ISO 30042, <c>martif</c>): one <c>termEntry</c> per entry with a <c>langSet</c> per language.</summary>
    Tbx,
}
