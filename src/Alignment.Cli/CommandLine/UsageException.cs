namespace Alignment.Cli.CommandLine;

/// <summary>The command line itself is wrong (unknown option, missing argument); exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
