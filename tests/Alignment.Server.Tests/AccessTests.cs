using System.Net;
using Alignment.Server.Reviewing;

namespace Alignment.Server.Tests;

/// <summary>Who the server answers: requests with its token, from its own pages, addressed to this machine.</summary>
public sealed class AccessTests
{
    private TempFolder folder = null!;
    private ReviewSession session = null!;
    private Hosting.LocalServer server = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        folder = new TempFolder();
        session = Reviews.Open(folder);
        server = Servers.Review(session);
        client = Servers.Client(server.Address);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client.Dispose();
        await server.DisposeAsync();
        session.Dispose();
        folder.Dispose();
    }

    private string ReviewApi => $"/api/reviews/{session.Key}";

    [TestCase("/")]
    [TestCase("/assets/review.js")]
    [TestCase("/api/reviews/{key}")]
    public void A_request_without_the_token_gets_401(string path)
    {
        using var response = client.Send(Servers.Request(HttpMethod.Get, path.Replace("{key}", session.Key, StringComparison.Ordinal)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.ReadAsStringAsync().Result, Does.Contain("token"));
    }

    [Test]
    public void An_edit_without_the_token_gets_401_and_changes_nothing()
    {
        var status = client.Status(Servers.Request(HttpMethod.Post, ReviewApi + "/edits", json: """{"revision":0,"op":"confirm","bead":1}"""));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(session.View().State.Beads[1].Status, Is.EqualTo(BeadStatus.Aligned));
    }

    [Test]
    public void A_wrong_token_gets_401()
    {
        Assert.That(client.Status(Servers.Request(HttpMethod.Get, ReviewApi, token: server.Token[..^1] + "x")), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void The_token_in_the_header_opens_the_API_to_plug_ins()
    {
        Assert.That(client.Status(Servers.Request(HttpMethod.Get, ReviewApi, token: server.Token)), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void The_URL_with_the_token_sets_a_cookie_that_lets_later_links_through()
    {
        using var first = client.Send(new HttpRequestMessage(HttpMethod.Get, server.Url));
        var cookie = first.Headers.GetValues("Set-Cookie").Single();

        var later = new HttpRequestMessage(HttpMethod.Get, ReviewApi);
        later.Headers.Add("Cookie", cookie.Split(';')[0]);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(first.Headers.Location!.ToString(), Is.EqualTo($"/review/{session.Key}"));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        Assert.That(client.Status(later), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void An_edit_from_another_origin_is_refused_even_with_the_token()
    {
        var request = Servers.Request(HttpMethod.Post, ReviewApi + "/edits", server.Token, """{"revision":0,"op":"confirm","bead":1}""");
        request.Headers.Add("Origin", "http://evil.example");

        Assert.That(client.Status(request), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(session.View().State.Beads[1].Status, Is.EqualTo(BeadStatus.Aligned));
    }

    [Test]
    public void An_API_call_a_browser_marks_as_cross_site_is_refused()
    {
        var request = Servers.Request(HttpMethod.Get, ReviewApi, server.Token);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        Assert.That(client.Status(request), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public void A_call_from_the_server_s_own_page_goes_through()
    {
        var request = Servers.Request(HttpMethod.Get, ReviewApi, server.Token);
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Origin", server.Address.GetLeftPart(UriPartial.Authority));

        Assert.That(client.Status(request), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void A_request_for_another_host_name_is_refused_so_a_page_cannot_rebind_its_name_to_this_machine()
    {
        var request = Servers.Request(HttpMethod.Get, ReviewApi, server.Token);
        request.Headers.Host = $"evil.example:{server.Address.Port}";

        Assert.That(client.Status(request), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("/api/reviews/..%2F..%2F..%2Fetc%2Fpasswd")]
    [TestCase("/api/reviews/%2Fetc%2Fpasswd")]
    [TestCase("/api/reviews/0123456789abcdef")]
    public void A_review_is_named_by_its_key_and_anything_else_finds_nothing(string path)
    {
        Assert.That(client.Status(Servers.Request(HttpMethod.Get, path, server.Token)), Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void The_server_listens_on_loopback_only()
    {
        Assert.That(IPAddress.IsLoopback(IPAddress.Parse(server.Address.Host)), Is.True);
    }
}
