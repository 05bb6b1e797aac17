namespace Alignment.Memory;

/// <summary>
/// The match bands translators bill and filter by (the Trados/memoQ convention).
/// Ordered from worst to best, so bands compare like the scores they group.
/// </summary>
public enum MatchBand
{
    /// <summary>Below 50%: not a useful match.</summary>
    NoMatch,

    /// <summary>50–74%.</summary>
    Fuzzy50To74,

    /// <summary>75–84%.</summary>
    Fuzzy75To84,

    /// <summary>85–94%.</summary>
    Fuzzy85To94,

    /// <summary>95–99%: near-exact (formatting, label or a single small edit).</summary>
    Fuzzy95To99,

    /// <summary>100%: the same text.</summary>
    Exact,

    /// <summary>101%: the same text, and the neighbouring segments match too.</summary>
    Context,
}
