namespace Alignment.Interchange;

/// <summary>How the label of a numbered block (<c>2.</c>, <c>(b)</c>, <c>一.</c>) appears in the unit made from its first sentence.</summary>
public enum LabelPolicy
{
    /// <summary>
    /// The label stays in front of the sentence as written: <c>2. 专家组第一次会议于……举行。</c>. CAT tools such as OmegaT
    /// keep a leading paragraph number inside the first segment, so only units written this way give them exact matches.
    /// </summary>
    Inline,

    /// <summary>The unit holds the sentence alone, without its block's label.</summary>
    Strip,
}
