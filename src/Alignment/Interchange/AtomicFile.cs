using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Interchange;

/// <summary>
/// Writes files so that readers never see half of one: the content goes to a temporary file beside the target,
/// which replaces the target only once it is complete. If writing fails, the target is left as it was and the
/// temporary file is deleted; errors name the target, not the temporary file.
/// </summary>
/// <remarks>
/// A temporary file is named <c>.{target}.{process id}.{random}.tmp</c> (a long target name shortened), so that one left behind by a process that
/// was killed can be told from one still being written: writing a target first deletes those of its temporary files
/// whose process is no longer running. This file is compiled into the command-line tool as well, which deletes
/// unfinished files when it is interrupted (<see cref="DeleteUnfinished"/>): the two share its source, not its internals.
/// </remarks>
internal static partial class AtomicFile
{
    /// <summary>Characters of the target's name kept in a temporary file's name: with the rest, at most 255 bytes of UTF-8.</summary>
    private const int MaxTargetPart = 60;

    private static readonly ConcurrentDictionary<string, bool> Unfinished = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it only on success; returns what <paramref name="write"/> returns.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path}: cannot be written: it is a folder");
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        var target = TargetPart(Path.GetFileName(full));
        var temporary = Path.Combine(directory, $".{target}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Unfinished[temporary] = true;
        try
        {
            Directory.CreateDirectory(directory);
            DeleteAbandoned(directory, target);
            T result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Delete))
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new IOException($"{path}: cannot be written: {Reason(e, temporary, full)}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        finally
        {
            Unfinished.TryRemove(temporary, out _);
        }
    }

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it only on success.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            write(stream);
            return true;
        });
    }

    /// <summary>Writes text to <paramref name="path"/> through a UTF-8 writer (no byte-order mark), replacing it only on success.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>
    /// Deletes the temporary files of writes still in progress, for a process that is being stopped (Ctrl-C,
    /// SIGTERM): their targets stay as they were. Safe to call from any thread, at any time.
    /// </summary>
    public static void DeleteUnfinished()
    {
        foreach (var temporary in Unfinished.Keys)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// The target's name as it stands in its temporary files' names, shortened so that those stay within the 255
    /// bytes a file name may have wherever the target's own name does.
    /// </summary>
    private static string TargetPart(string name) => name.Length <= MaxTargetPart ? name : name[..MaxTargetPart];

    /// <summary>Deletes the temporary files for <paramref name="target"/> left by processes that are no longer running.</summary>
    private static void DeleteAbandoned(string directory, string target)
    {
        foreach (var file in Directory.EnumerateFiles(directory, $".{target}.*.tmp"))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (match.Success && match.Groups["target"].Value == target
                && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The operating system's words for the failure, with the target where they name the temporary file.</summary>
    private static string Reason(Exception e, string temporary, string target) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        _ => e.Message.Replace($" : '{temporary}'", string.Empty, StringComparison.Ordinal)
            .Replace(temporary, target, StringComparison.Ordinal)
            .TrimEnd('.'),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file, which the next write sweeps away.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^\.(?<target>.+)\.(?<pid>\d{1,10})\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
