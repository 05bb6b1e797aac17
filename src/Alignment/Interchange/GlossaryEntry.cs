namespace Alignment.Interchange;

/// <summary>A term and its translation, as terminology tools and CAT glossaries hold them.</summary>
public sealed record GlossaryEntry
{
    /// <summary>Pairs a source term with its target term.</summary>
    /// <exception cref="ArgumentException">A term is empty.</exception>
    public GlossaryEntry(string sourceTerm, string targetTerm)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceTerm);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetTerm);
        SourceTerm = sourceTerm;
        TargetTerm = targetTerm;
    }

    /// <summary>The term in the source language.</summary>
    public string SourceTerm { get; }

    /// <summary>The term in the target language.</summary>
    public string TargetTerm { get; }

    /// <summary>A comment for translators (OmegaT's third column, a TBX <c>&lt;note&gt;</c>); empty when there is none.</summary>
    public string Comment { get; init; } = string.Empty;

    /// <summary>How often the pair was seen, e.g. in a translation memory; 0 when not counted.</summary>
    public int Occurrences { get; init; }

    /// <summary>How sure whoever made the entry is of it, in [0, 1]; 1 for entries people made.</summary>
    public double Confidence { get; init; } = 1.0;
}
