namespace Alignment.Segmentation;

/// <summary>What the SRX rules say about a possible sentence break.</summary>
internal enum BreakDecision
{
    /// <summary>No rule applies; the ICU boundary analysis decides.</summary>
    Undecided,

    /// <summary>A break rule applies first.</summary>
    Break,

    /// <summary>A no-break rule (an exception) applies first.</summary>
    NoBreak,
}
