namespace Alignment;

/// <summary>
/// Input that cannot be used: a file that is missing, unreadable, empty, in the wrong language or malformed.
/// The message names the file and the problem in one line and is meant to be shown to the user as it is.
/// </summary>
public class InputException : Exception
{
    /// <summary>Reports a problem with <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The file (or other input name) that is at fault.</param>
    /// <param name="problem">What is wrong with it, as a sentence fragment (<c>is empty</c>, <c>is not valid UTF-8 at byte 17</c>).</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public InputException(string fileName, string problem, Exception? inner = null)
        : base($"{fileName}: {problem}", inner)
    {
        FileName = fileName;
        Problem = problem;
    }

    /// <summary>Reports a problem at a line and column of <paramref name="fileName"/> (both from 1).</summary>
    public InputException(string fileName, int line, int column, string problem, Exception? inner = null)
        : base($"{fileName}({line},{column}): {problem}", inner)
    {
        FileName = fileName;
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>Reports a problem with <paramref name="fileName"/> followed by advice: <c>{fileName}: {problem}; {advice}</c>.</summary>
    /// <param name="fileName">The file (or other input name) that is at fault.</param>
    /// <param name="problem">What is wrong with it, as a sentence fragment.</param>
    /// <param name="advice">What the caller can do about it, naming the library's own settings.</param>
    protected InputException(string fileName, string problem, string advice)
        : base($"{fileName}: {problem}; {advice}")
    {
        FileName = fileName;
        Problem = problem;
    }

    /// <summary>The file (or other input name) that is at fault.</summary>
    public string FileName { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }

    /// <summary>The line of the problem, from 1; 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The column of the problem, from 1; 0 when it concerns the whole file or line.</summary>
    public int Column { get; }
}
