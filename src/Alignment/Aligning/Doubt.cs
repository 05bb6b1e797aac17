namespace Alignment.Aligning;

/// <summary>Why a bead deserves a translator's second look.</summary>
public enum Doubt
{
    /// <summary>A sentence with no counterpart (a 1-0 or 0-1 bead): an omission, an addition, or a misalignment nearby.</summary>
    Unpaired,

    /// <summary>One side is far longer than the pair's usual ratio predicts.</summary>
    LengthRatioOutlier,

    /// <summary>A number or date appears on one side only.</summary>
    NumbersDiffer,

    /// <summary>The aligner's confidence is below the report's threshold.</summary>
    LowConfidence,
}
