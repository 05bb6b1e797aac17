namespace Alignment.Interchange;

/// <summary>How the label of a numbered block (<c>2.</c>, <c>(b)</c>, <c>一.</c>) appears in the unit made from its first sentence.</summary>
public enum LabelPolicy
{
    /// <summary>
    /// As CAT tools segment the original document, so that their exact matches find our units. Segmentation rules
    /// (OmegaT's defaults, SRX sets modelled on them) break after a label that ends in a full stop when an upper-case
    /// letter follows: <c>2. | The first meeting…</c>, <c>I. | Introduction</c>, so there the unit holds the sentence
    /// alone, as it does where the label is not in the text (<see cref="Documents.BlockLabel.IsGenerated"/>). Everywhere else the label stays inside the first segment, and in the unit: <c>2. 专家组第一次会议于……举行。</c>,
    /// <c>(a) Illegal access…</c>. The default.
    /// </summary>
    Auto,

    /// <summary>The label always stays in front of the sentence as written.</summary>
    Inline,

    /// <summary>The unit holds the sentence alone, without its block's label.</summary>
    Strip,
}
