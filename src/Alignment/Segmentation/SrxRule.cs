namespace Alignment.Segmentation;

/// <summary>
/// One rule of an SRX file: at a position where <see cref="Before"/> matches the text that ends there and
/// <see cref="After"/> matches the text that starts there, the sentence breaks (or, for a no-break rule, does not).
/// </summary>
/// <param name="Breaks">True for a break rule, false for an exception (<c>break="no"</c>).</param>
/// <param name="Before">The <c>beforebreak</c> pattern; empty matches anything.</param>
/// <param name="After">The <c>afterbreak</c> pattern; empty matches anything.</param>
/// <param name="Origin">
/// The file of a user's rule, named when the rule takes too long to match; null for the built-in rules, which are
/// trusted and matched without a time limit.
/// </param>
internal sealed record SrxRule(bool Breaks, string Before, string After, string? Origin = null)
{
    /// <summary>The rule as one pattern that matches, with zero width, exactly where the rule applies.</summary>
    public string Pattern => $"(?<={Before})(?={After})";
}
