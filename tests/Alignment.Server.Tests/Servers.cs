using System.Net;
using Alignment.Server.Hosting;
using Alignment.Server.Reviewing;

namespace Alignment.Server.Tests;

/// <summary>Servers started in the test process, and HTTP clients that behave like a plug-in: no cookies, no redirects followed.</summary>
internal static class Servers
{
    public static LocalServer Review(ReviewSession session) =>
        LocalServer.StartAsync(new ServerOptions(), ReviewLibrary.Of(session, (_, reviewed) => $"{reviewed.Units.Count} units")).GetAwaiter().GetResult();

    public static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = null, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Add("X-Alignment-Token", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }

    public static HttpStatusCode Status(this HttpClient client, HttpRequestMessage request)
    {
        using var response = client.Send(request);
        return response.StatusCode;
    }
}
