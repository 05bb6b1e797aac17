namespace Alignment.Server.Reviewing;

/// <summary>Which of the two documents of a review a sentence belongs to.</summary>
public enum DocumentSide
{
    /// <summary>The source document (Chinese in the usual direction).</summary>
    Source,

    /// <summary>The target document, its translation.</summary>
    Target,
}
