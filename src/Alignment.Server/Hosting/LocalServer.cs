using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alignment.Memory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Alignment.Server.Hosting;

/// <summary>
/// The web server behind the review page and the memory's search page (Kestrel, minimal APIs). It listens on
/// loopback unless told otherwise, asks every request for its token and refuses cross-origin ones
/// (<see cref="ServerOptions"/>), and never takes a file path from a request: reviews are named by key, and the memory
/// is the one it was started with. Stop it by disposing it.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalServer(WebApplication app, Uri address, string token)
    {
        this.app = app;
        Address = address;
        Token = token;
    }

    /// <summary>The server's root, without the token.</summary>
    public Uri Address { get; }

    /// <summary>The token requests must carry.</summary>
    public string Token { get; }

    /// <summary>The address to open in a browser: the root with the token, <c>http://127.0.0.1:PORT/?token=…</c>.</summary>
    public Uri Url => new(Address, $"/?{AccessGuard.QueryParameter}={Token}");

    /// <summary>Starts a server for the reviews of <paramref name="reviews"/>; its root opens the one review of a <c>review</c> command.</summary>
    /// <exception cref="IOException">The address or port cannot be listened on (in use, or not this machine's).</exception>
    public static Task<LocalServer> StartAsync(ServerOptions options, ReviewLibrary reviews) => Start(options, reviews, null);

    /// <summary>Starts a server for a memory's search page and its API, with the reviews of the memory's document pairs.</summary>
    /// <exception cref="IOException">The address or port cannot be listened on (in use, or not this machine's).</exception>
    public static Task<LocalServer> StartAsync(ServerOptions options, ReviewLibrary reviews, TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return Start(options, reviews, memory);
    }

    /// <summary>Completes when the server has stopped, or when <paramref name="cancellation"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => app.WaitForShutdownAsync(cancellation);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task<LocalServer> Start(ServerOptions options, ReviewLibrary reviews, TranslationMemory? memory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reviews);

        // The empty builder reads no configuration files or environment variables, which could otherwise move the
        // server to another address, and logs nothing: stdout carries the URL, stderr the tool's own progress.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Address, options.Port);
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Services.AddRoutingCore();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // Names only: a number would let "side": 2 through as a side that does not exist.
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });

        // A body or parameter that does not bind throws, for BadRequests to answer in JSON (the default is an empty 400).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);

        var app = builder.Build();
        var guard = new AccessGuard(options.Token, loopbackOnly: IPAddress.IsLoopback(options.Address));
        app.Use(guard.InvokeAsync);
        app.Use(BadRequests.InvokeAsync);
        app.UseRouting();
        app.MapGet("/assets/{name}", (string name) => Assets.Serve(name));
        app.MapGet("/", (HttpContext context) =>
            memory is not null ? Assets.Serve("memory.html")
            : Results.Redirect($"/review/{reviews.Single}"));
        ReviewEndpoints.Map(app, reviews);
        if (memory is not null)
        {
            MemoryEndpoints.Map(app, memory, reviews);
        }

        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync();
            throw new IOException($"cannot listen on {options.Address}:{options.Port}: {e.Message}", e);
        }

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var host = IPAddress.Any.Equals(options.Address) || IPAddress.IPv6Any.Equals(options.Address) ? Dns.GetHostName() : bound.Host;
        return new LocalServer(app, new UriBuilder(bound.Scheme, host, bound.Port, "/").Uri, options.Token);
    }
}
