namespace Alignment.Memory;

/// <summary>What set a match's source apart from the looked-up text, and why its score is below 100.</summary>
[Flags]
public enum MatchDifferences
{
    /// <summary>Nothing: the texts are identical.</summary>
    None = 0,

    /// <summary>Characters (Chinese) or words (other languages) were inserted, deleted or replaced.</summary>
    Text = 1,

    /// <summary>Only whitespace differs (spacing, or spaces next to Chinese characters).</summary>
    Whitespace = 2,

    /// <summary>Only letter case differs.</summary>
    Case = 4,

    /// <summary>Only full-width/half-width (or other Unicode compatibility) forms differ.</summary>
    Width = 8,

    /// <summary>Only the leading paragraph or list label differs (<c>12. </c>, <c>(a) </c>, or a label on one side only).</summary>
    Label = 16,

    /// <summary>The unit was aligned automatically with a confidence below <see cref="MatchPenalties.LowConfidenceThreshold"/>.</summary>
    LowConfidence = 32,

    /// <summary>Only the Chinese script differs: traditional characters on one side where the other has simplified ones.</summary>
    Script = 64,
}
