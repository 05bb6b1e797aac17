using System.Collections.Concurrent;
using System.Diagnostics;

namespace Alignment.Memory.Tests;

/// <summary>A child process running Alignment.Memory.TestHost, with what it prints.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> error = new();

    private HostProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public bool Killed { get; private set; }

    public IReadOnlyCollection<string> Output => output;

    public string Error => string.Join('\n', error);

    public static HostProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Alignment.Memory.TestHost.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>Waits until the process prints <paramref name="line"/>, or gives up after <paramref name="timeout"/>.</summary>
    public bool WaitFor(string line, TimeSpan timeout) => SpinWait.SpinUntil(() => output.Contains(line) || process.HasExited, timeout) && output.Contains(line);

    /// <summary>Ends the process at once, as SIGKILL (kill -9) does on Unix: no cleanup of any kind runs.</summary>
    public void Kill()
    {
        Killed = true;
        process.Kill(entireProcessTree: true);
    }

    public void SendLine(string line) => process.StandardInput.WriteLine(line);

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            return false;
        }

        process.WaitForExit(); // lets the output readers finish
        return true;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
