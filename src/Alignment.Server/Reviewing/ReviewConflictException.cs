namespace Alignment.Server.Reviewing;

/// <summary>An edit asked of a revision of the review that is no longer current (another window or process edited it).</summary>
public sealed class ReviewConflictException : Exception
{
    /// <summary>Creates the exception with its reason.</summary>
    public ReviewConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no reason.</summary>
    public ReviewConflictException()
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public ReviewConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
