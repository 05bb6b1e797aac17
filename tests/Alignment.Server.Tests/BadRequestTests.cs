using System.Net;
using System.Text.Json;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Server.Hosting;
using Alignment.Server.Reviewing;

namespace Alignment.Server.Tests;

/// <summary>
/// Requests a plug-in gets wrong, and a memory that goes away while it is served: each answered with the status
/// docs/http-api.md gives and a JSON body saying what is wrong, never an empty 400 or a 500.
/// </summary>
public sealed class BadRequestTests
{
    private TempFolder folder = null!;
    private ReviewSession session = null!;
    private LocalServer review = null!;
    private HttpClient reviewClient = null!;

    [OneTimeSetUp]
    public void Start()
    {
        folder = new TempFolder();
        session = Reviews.Open(folder);
        review = Servers.Review(session);
        reviewClient = Servers.Client(review.Address);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        reviewClient.Dispose();
        await review.DisposeAsync();
        session.Dispose();
        folder.Dispose();
    }

    [TestCase("""{"revision":0,"op":"confirm","bead":""", "not the JSON", TestName = "A_malformed_json_body_gets_400_with_a_json_error")]
    [TestCase("""{"revision":0,"op":"confirm","bead":99999999999}""", "bead", TestName = "A_bead_index_beyond_a_whole_number_gets_400_naming_it")]
    [TestCase("""{"revision":0,"op":"move-next","side":2,"sentence":3}""", "side", TestName = "A_side_that_is_neither_source_nor_target_gets_400_naming_it")]
    [TestCase("""{"revision":0,"op":"move-next","side":"middle","sentence":3}""", "side", TestName = "A_side_named_wrongly_gets_400_naming_it")]
    public void A_bad_edit_request_gets_400_with_a_json_error_and_changes_nothing(string body, string named)
    {
        var before = File.ReadAllBytes(session.ReviewFile);

        var (status, error) = Send(reviewClient, review.Token, HttpMethod.Post, $"/api/reviews/{session.Key}/edits", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error, Does.Contain(named));
        Assert.That(File.ReadAllBytes(session.ReviewFile), Is.EqualTo(before));
    }

    [TestCase("/api/lookup?text=evidence&lang=xx")]
    [TestCase("/api/lookup?text=evidence&target=xx")]
    [TestCase("/api/concordance?text=evidence&lang=xx")]
    [TestCase("/api/terms?text=evidence&lang=xx")]
    public void A_language_the_memory_does_not_hold_gets_400(string path)
    {
        using var memory = new ServedMemory(folder);

        var (status, error) = Send(memory.Client, memory.Server.Token, HttpMethod.Get, path);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error, Does.Contain("'xx'").And.Contain("zh"));
    }

    [Test]
    public void A_query_parameter_that_is_not_a_number_gets_400_with_a_json_error()
    {
        using var memory = new ServedMemory(folder);

        var (status, error) = Send(memory.Client, memory.Server.Token, HttpMethod.Get, "/api/lookup?text=evidence&max=many");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error, Does.Contain("max"));
    }

    [TestCase("/api/lookup?text=evidence&max=0", "'max'", TestName = "A_lookup_asking_for_no_matches_gets_400_naming_max")]
    [TestCase("/api/lookup?text=evidence&max=101", "'max'", TestName = "A_lookup_asking_for_more_matches_than_allowed_gets_400_naming_max")]
    [TestCase("/api/lookup?text=evidence&min=102", "'min'", TestName = "A_lookup_with_a_minimum_above_101_gets_400_naming_min")]
    [TestCase("/api/concordance?text=evidence&size=0", "'size'", TestName = "A_concordance_page_of_no_units_gets_400_naming_size")]
    [TestCase("/api/concordance?text=evidence&page=0", "'page'", TestName = "A_concordance_page_before_the_first_gets_400_naming_page")]
    [TestCase("/api/concordance?text=evidence&page=999999999999", "'page'", TestName = "A_concordance_page_beyond_a_whole_number_gets_400_naming_page")]
    public void A_number_out_of_range_gets_400_naming_the_parameter_and_its_range(string path, string named)
    {
        using var memory = new ServedMemory(folder);

        var (status, error) = Send(memory.Client, memory.Server.Token, HttpMethod.Get, path);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error, Does.Contain(named).And.Contain(" from "));
    }

    [Test]
    public void A_memory_removed_while_served_gets_503_with_the_reason()
    {
        using var memory = new ServedMemory(folder);
        Directory.Delete(memory.Directory, recursive: true);

        var (status, error) = Send(memory.Client, memory.Server.Token, HttpMethod.Get, "/api/stats");

        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(error, Does.StartWith("The memory cannot be read"));
    }

    private static (HttpStatusCode Status, string Error) Send(HttpClient client, string token, HttpMethod method, string path, string? json = null)
    {
        using var response = client.Send(Servers.Request(method, path, token, json));
        var body = response.Content.ReadAsStringAsync().Result;
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), $"a JSON body, not '{body}'");
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString() ?? string.Empty);
    }

    /// <summary>A memory of two units served from a folder of its own.</summary>
    private sealed class ServedMemory : IDisposable
    {
        private readonly TranslationMemory memory;

        public ServedMemory(TempFolder folder)
        {
            Directory = folder.File("memory-" + Guid.NewGuid().ToString("N"));
            using (var writer = TranslationMemory.Open(Directory))
            {
                writer.Add(
                [
                    new TranslationUnit("1", new Segment(Language.Chinese, "电子证据"), new Segment(Language.English, "electronic evidence")),
                    new TranslationUnit("2", new Segment(Language.Chinese, "网络犯罪"), new Segment(Language.English, "cybercrime")),
                ]);
            }

            memory = TranslationMemory.OpenReadOnly(Directory);
            Server = LocalServer.StartAsync(new ServerOptions(), ReviewLibrary.OfMemory(Directory, AlignmentPipeline.Default, (_, _) => string.Empty), memory).GetAwaiter().GetResult();
            Client = Servers.Client(Server.Address);
        }

        public string Directory { get; }

        public LocalServer Server { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            memory.Dispose();
        }
    }
}
