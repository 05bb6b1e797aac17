using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Alignment.Server.Hosting;

/// <summary>
/// Lets through only requests from the person the server was started for: they carry the random token (in the URL's
/// <c>token</c> parameter, the <c>X-Alignment-Token</c> header, or the cookie the first page sets so that links work),
/// come from a page of this server (requests that change something, and every API call, from another origin are
/// refused), and, on loopback, name this server as their host (a page elsewhere cannot rebind its name to 127.0.0.1).
/// </summary>
internal sealed class AccessGuard(string token, bool loopbackOnly)
{
    public const string Header = "X-Alignment-Token";
    public const string QueryParameter = "token";

    private readonly byte[] expected = Encoding.UTF8.GetBytes(token);

    /// <summary>Each server has its own cookie: browsers share cookies between the ports of one host.</summary>
    public static string CookieName(int port) => $"alignment-token-{port}";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (loopbackOnly && !IsLoopbackHost(request.Host))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "This server answers only requests addressed to 127.0.0.1, localhost or [::1].");
            return;
        }

        if (CrossOrigin(request) is { } origin)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, $"Requests from {origin} are refused: only this server's own pages may use it.");
            return;
        }

        var port = context.Connection.LocalPort;
        var fromQuery = request.Query[QueryParameter].ToString();
        var given = fromQuery.Length > 0 ? fromQuery
            : request.Headers[Header].ToString() is { Length: > 0 } header ? header
            : request.Cookies[CookieName(port)] ?? string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "Missing or wrong token: open the URL the command printed (it ends in ?token=…).");
            return;
        }

        if (fromQuery.Length > 0)
        {
            context.Response.Cookies.Append(CookieName(port), given, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/",
                IsEssential = true,
            });
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        await next(context);
    }

    /// <summary>
    /// The origin a request comes from when it is another one and the request changes something or calls the API;
    /// null when it may go on. Plug-ins send neither header; browsers send them with every such request.
    /// </summary>
    private static string? CrossOrigin(HttpRequest request)
    {
        var guarded = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || request.Path.StartsWithSegments("/api");
        if (!guarded)
        {
            return null;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return origin;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length > 0 && site is not ("same-origin" or "none") ? $"another site ({site})" : null;
    }

    private static bool IsLoopbackHost(HostString host) =>
        host.Host is "localhost" or "127.0.0.1" or "[::1]" or "::1"
        || (IPAddress.TryParse(host.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }
}
