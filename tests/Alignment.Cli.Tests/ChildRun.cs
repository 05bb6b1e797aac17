using System.Diagnostics;

namespace Alignment.Cli.Tests;

/// <summary>Runs the tool in a process of its own, for what only another process shows (locks, kills), and captures what it prints.</summary>
internal static class ChildRun
{
    public static CliRun Of(params string[] args)
    {
        using var child = Start(args);
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return new CliRun(child.ExitCode, output, error.Result);
    }

    /// <summary>Starts the tool and leaves it running, its output redirected, for a test that reads it as it goes.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Alignment.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
