using System.Diagnostics;

namespace Alignment.Cli.Tests;

/// <summary>Runs the tool in a process of its own, for what only another process shows (locks, kills), and captures what it prints.</summary>
internal static class ChildRun
{
    public static CliRun Of(params string[] args)
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

        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return new CliRun(child.ExitCode, output, error.Result);
    }
}
