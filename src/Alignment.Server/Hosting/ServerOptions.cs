using System.Net;
using System.Security.Cryptography;

namespace Alignment.Server.Hosting;

/// <summary>Where a <see cref="LocalServer"/> listens and the token it asks for.</summary>
public sealed record ServerOptions
{
    /// <summary>The address to listen on; loopback (127.0.0.1) by default, so no other machine can reach the server.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 (the default) lets the system pick a free one.</summary>
    public int Port { get; init; }

    /// <summary>The token every request must carry; a fresh random one by default.</summary>
    public string Token { get; init; } = NewToken();

    /// <summary>A random token of 256 bits, URL-safe.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
