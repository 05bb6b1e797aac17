namespace Alignment.Server.Reviewing;

/// <summary>What a person has said about a bead. Confirmed and edited beads are fixed: re-alignment never moves them.</summary>
public enum BeadStatus
{
    /// <summary>As the aligner left it; re-aligned when an edit before it changes what it depends on.</summary>
    Aligned,

    /// <summary>A person checked it and confirmed it as it is.</summary>
    Confirmed,

    /// <summary>A person made it: merged, split, paired, marked unpaired, or mended a sentence's text.</summary>
    Edited,
}
