namespace Alignment.Server.Reviewing;

/// <summary>An edit that cannot be made as asked; the message says why, in words for the person who asked.</summary>
public sealed class EditRefusedException : Exception
{
    /// <summary>Creates the exception with its reason.</summary>
    public EditRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no reason.</summary>
    public EditRefusedException()
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public EditRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
