namespace Alignment.Memory;

/// <summary>How a candidate equivalent's association with a term is measured over the units of the memory.</summary>
public enum TermAssociation
{
    /// <summary>
    /// Dice's coefficient, 2·c(term, candidate) / (c(term) + c(candidate)): 1 when the two always occur together.
    /// Measured best on the bundled report's key terms, and the default.
    /// </summary>
    Dice,

    /// <summary>Dunning's log-likelihood ratio (G²) of the 2 × 2 co-occurrence table: how surprising the co-occurrence is.</summary>
    LogLikelihood,
}
