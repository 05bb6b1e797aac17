using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Alignment.Server.Hosting;

/// <summary>
/// Answers a request whose body or parameters do not bind (malformed JSON, a number out of range, a name where a
/// number goes) with 400 and a JSON error saying which value and why, as every other error of the API is answered.
/// </summary>
internal static class BadRequests
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var message = e.InnerException is JsonException json
                ? $"The request body is not the JSON this call takes (docs/http-api.md): {json.Message}"
                : e.Message;
            context.Response.Clear();
            await ReviewEndpoints.Error(e.StatusCode, message).ExecuteAsync(context);
        }
    }
}
