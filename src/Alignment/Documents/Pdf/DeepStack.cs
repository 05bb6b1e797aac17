using System.Runtime.ExceptionServices;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Runs PdfPig on a thread of its own with a stack sized to the file limit. PdfPig walks a PDF's page tree by
/// recursion when it opens the file, a frame for each level, and a file made to break readers nests that tree tens of
/// thousands of levels deep in a few megabytes: on an ordinary thread's stack the process dies of a stack overflow,
/// which no handler can catch. The stack is reserved, not committed, so an ordinary file costs nothing for it.
/// </summary>
internal static class DeepStack
{
    /// <summary>
    /// Stack bytes allowed for each byte the file and what it unpacks to may hold: a page-tree level takes some
    /// 25 bytes of unpacked object stream at the least, and PdfPig's frame for it under 200 bytes.
    /// </summary>
    private const long StackPerByte = 8;

    private const long Smallest = 64L * 1024 * 1024;
    private const long Largest = int.MaxValue;

    /// <summary>Runs <paramref name="work"/> on a new thread whose stack fits a file of <paramref name="maxFileSize"/> bytes, and rethrows what it throws.</summary>
    public static T Run<T>(long maxFileSize, Func<T> work)
    {
        // The file and what its streams unpack to both count towards the limit.
        var size = (int)Math.Clamp(2 * maxFileSize * StackPerByte, Smallest, Largest);
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            size)
        { Name = "PDF reader", IsBackground = true };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
