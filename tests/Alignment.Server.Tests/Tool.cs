using System.Collections.Concurrent;
using System.Diagnostics;

namespace Alignment.Server.Tests;

/// <summary>The command-line tool run as a child process, as a person runs it from a shell.</summary>
internal sealed class Tool : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> said = new();
    private readonly TaskCompletionSource<string> firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Tool(IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Alignment.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                said.Enqueue(e.Data);
                firstLine.TrySetResult(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                said.Enqueue(e.Data);
            }
        };
        process.Exited += (_, _) => firstLine.TrySetResult(string.Empty);
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything it printed so far, stdout and stderr interleaved.</summary>
    public string Said => string.Join('\n', said);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static Tool Start(string workingDirectory, params string[] args) => new(args, workingDirectory);

    /// <summary>Runs the tool to the end; fails the test when it does not succeed.</summary>
    public static string Run(string workingDirectory, params string[] args)
    {
        using var tool = Start(workingDirectory, args);
        Assert.That(tool.process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the tool finished");
        tool.process.WaitForExit();
        Assert.That(tool.ExitCode, Is.Zero, tool.Said);
        return tool.Said;
    }

    /// <summary>Starts a command that serves a page, and returns the URL it prints as its first line.</summary>
    public static (Tool Tool, Uri Url) Serve(string workingDirectory, params string[] args)
    {
        var tool = Start(workingDirectory, [.. args, "--no-open"]);
        var line = tool.firstLine.Task.Wait(TimeSpan.FromMinutes(2)) ? tool.firstLine.Task.Result : string.Empty;
        Assert.That(line, Does.StartWith("http://127.0.0.1:"), () => $"the URL is the first line on stdout; the tool said:\n{tool.Said}");
        return (tool, new Uri(line));
    }

    /// <summary>Waits until the tool prints a line containing <paramref name="text"/>.</summary>
    public bool WaitFor(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (said.Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return false;
    }

    public void WaitForExit() => process.WaitForExit();

    /// <summary>Ends it as a crash or a kill -9 would: no chance to tidy up.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
