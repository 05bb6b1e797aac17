namespace Alignment.Memory;

/// <summary>Which neighbouring segments made an exact match a context (101%) match.</summary>
[Flags]
public enum MatchedContext
{
    /// <summary>Not a context match.</summary>
    None = 0,

    /// <summary>The segment before equals the stored one.</summary>
    Previous = 1,

    /// <summary>The segment after equals the stored one.</summary>
    Next = 2,
}
