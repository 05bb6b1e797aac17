using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Alignment.Server.Hosting;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// The options of the commands that serve a page (<c>--port</c>, <c>--listen</c>, <c>--no-open</c>), and how they
/// serve it: the URL as the first line on stdout, a browser opened on it, then answering until Ctrl-C.
/// </summary>
internal sealed class Serving
{
    private readonly Option<int> port = CliOptions.WholeNumber("--port", "N", "The port to listen on (default: a free one).", 0, 0, 65535);
    private readonly Option<IPAddress?> listen = new("--listen")
    {
        Description = "Listen on this address (such as 0.0.0.0 for every network) instead of 127.0.0.1 only; the token is still required.",
        HelpName = "ADDRESS",
        CustomParser = result => result.Tokens.Count == 1 && IPAddress.TryParse(result.Tokens[0].Value, out var address) ? address
            : Refuse(result),
    };

    private readonly Option<bool> noOpen = CliOptions.Flag("--no-open", "Do not open a browser; just print the URL.");

    public Serving(Command command)
    {
        command.Options.Add(port);
        command.Options.Add(listen);
        command.Options.Add(noOpen);
    }

    /// <summary>Starts the server, says where it is, and answers until the process is stopped.</summary>
    public int Serve(ParseResult args, CliConsole console, Func<ServerOptions, Task<LocalServer>> start, string what)
    {
        var options = new ServerOptions { Address = args.GetValue(listen) ?? IPAddress.Loopback, Port = args.GetValue(port) };
        var server = start(options).GetAwaiter().GetResult();
        try
        {
            console.Out.WriteLine(server.Url);
            console.Out.Flush();
            if (!args.GetValue(noOpen))
            {
                Open(server.Url, console);
            }

            console.Progress($"serving {what} at {server.Address}; Ctrl-C stops");
            server.WaitForShutdownAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return CliApplication.Success;
    }

    private static void Open(Uri url, CliConsole console)
    {
        try
        {
            using var browser = Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            console.Progress($"could not open a browser ({e.Message}); open the URL above");
        }
    }

    private static IPAddress? Refuse(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--listen expects an IP address such as 0.0.0.0 or 192.168.1.20, not '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty)}'");
        return null;
    }
}
