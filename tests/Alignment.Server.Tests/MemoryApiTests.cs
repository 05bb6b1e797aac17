using System.Net;
using System.Text.Json;
using Alignment.Interchange;

namespace Alignment.Server.Tests;

/// <summary>The memory's JSON API as <c>alignment serve</c> answers it, for CAT-tool plug-ins (docs/http-api.md).</summary>
public sealed class MemoryApiTests
{
    private TempFolder folder = null!;
    private string memory = null!;
    private Tool serve = null!;
    private Uri url = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        folder = new TempFolder();
        var (source, target) = Reviews.CopyPair(folder);
        memory = folder.File("memory");
        Tool.Run(folder.Path, "index", source, target, "--index", memory);
        (serve, url) = Tool.Serve(folder.Path, "serve", "--index", memory);
        client = Servers.Client(new Uri(url.GetLeftPart(UriPartial.Authority)));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        serve.Dispose();
        folder.Dispose();
    }

    private string Token => url.Query["?token=".Length..];

    private JsonElement Get(string path)
    {
        using var response = client.Send(Servers.Request(HttpMethod.Get, path, Token));
        var body = response.Content.ReadAsStringAsync().Result;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private JsonElement Post(string path, string json)
    {
        using var response = client.Send(Servers.Request(HttpMethod.Post, path, Token, json));
        var body = response.Content.ReadAsStringAsync().Result;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Test]
    public void A_lookup_finds_the_translation_of_a_sentence_and_links_its_unit_to_the_review_page()
    {
        var query = "/api/lookup?text=" + Uri.EscapeDataString("会员国应努力加强电子证据收集方面的合作。");
        // Another test replaces the document's units; the server sees the memory again once it has read that commit.
        Assert.That(() => Get(query).GetProperty("matches").GetArrayLength(), Is.GreaterThan(0).After(10_000, 100));

        var best = Get(query).GetProperty("matches")[0];
        Assert.That(best.GetProperty("score").GetInt32(), Is.GreaterThanOrEqualTo(95));
        Assert.That(best.GetProperty("target").GetString(), Does.Contain("electronic evidence"));
        Assert.That(best.GetProperty("unit").GetProperty("review").GetString(), Does.Match("^/review/[0-9a-f]{16}\\?unit="));
    }

    [Test]
    public void The_concordance_marks_the_phrase_on_both_sides()
    {
        var result = Get("/api/concordance?text=" + Uri.EscapeDataString("电子证据"));

        var hit = result.GetProperty("hits")[0];
        Assert.That(result.GetProperty("totalHits").GetInt32(), Is.GreaterThan(10));
        Assert.That(Marked(hit.GetProperty("source")), Does.Contain("电子证据"));
        Assert.That(Marked(hit.GetProperty("target")).ToLowerInvariant(), Does.Contain("electronic evidence"));
    }

    [Test]
    public void Term_equivalents_come_with_their_counts_and_examples()
    {
        var result = Get("/api/terms?text=" + Uri.EscapeDataString("电子证据"));

        var best = result.GetProperty("candidates")[0];
        Assert.That(best.GetProperty("text").GetString(), Is.EqualTo("electronic evidence"));
        Assert.That(best.GetProperty("together").GetInt32(), Is.GreaterThan(10));
        Assert.That(best.GetProperty("examples").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public void Term_equivalents_say_how_much_evidence_they_rest_on_with_the_names_the_cli_uses()
    {
        var result = Get("/api/terms?text=" + Uri.EscapeDataString("电子证据"));

        var names = result.EnumerateObject().Select(p => p.Name).ToList();
        var candidate = result.GetProperty("candidates")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(new[] { "term", "language", "targetLanguage", "occurrences", "occurrencesAreExact", "tooLittleEvidence", "candidates" }));
            Assert.That(candidate, Is.EqualTo(new[] { "text", "variants", "alternatives", "together", "frequency", "score", "alignment", "bracketed", "examples" }));
            Assert.That(result.GetProperty("tooLittleEvidence").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void A_bead_confirmed_in_the_review_the_memory_links_to_is_saved_back_into_the_memory_as_confirmed()
    {
        const string Sentence = "会员国应努力加强电子证据收集方面的合作。";
        var link = Get("/api/lookup?text=" + Uri.EscapeDataString(Sentence)).GetProperty("matches")[0].GetProperty("unit").GetProperty("review").GetString()!;
        var key = link["/review/".Length..link.IndexOf('?', StringComparison.Ordinal)];
        var review = Get("/api" + link.Replace("/review/", "/reviews/", StringComparison.Ordinal));
        var bead = review.GetProperty("focus").GetInt32();

        Post($"/api/reviews/{key}/edits", $$"""{"revision":{{review.GetProperty("revision").GetInt32()}},"op":"confirm","bead":{{bead}}}""");
        var saved = Post($"/api/reviews/{key}/save", "{}");

        Assert.That(bead, Is.GreaterThanOrEqualTo(0));
        Assert.That(saved.GetProperty("message").GetString(), Is.EqualTo($"Replaced 181 units of {Alignment.Tests.Corpus.Name}.zh.txt in the memory with 181."));
        // The server reads the memory as any other reader does: it sees the new commit when it next looks for one.
        Assert.That(
            () => Get("/api/lookup?text=" + Uri.EscapeDataString(Sentence)).GetProperty("matches")[0].GetProperty("unit").GetProperty("origin").GetString(),
            Is.EqualTo("confirmed").After(10_000, 100));
    }

    [Test]
    public void A_search_without_text_is_a_bad_request()
    {
        Assert.That(client.Status(Servers.Request(HttpMethod.Get, "/api/lookup", Token)), Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public void The_memory_page_without_the_token_gets_401()
    {
        Assert.That(client.Status(Servers.Request(HttpMethod.Get, "/api/stats")), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(client.Status(Servers.Request(HttpMethod.Get, "/")), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void Fifty_concurrent_lookups_all_succeed_while_the_tool_indexes_into_the_same_memory()
    {
        var tmx = folder.File("large.tmx");
        WriteLargeTmx(tmx);
        using var indexer = Tool.Start(folder.Path, "index", tmx, "--index", memory);
        Assert.That(indexer.WaitFor("indexing into", TimeSpan.FromMinutes(1)), Is.True, () => indexer.Said);

        var query = "/api/lookup?text=" + Uri.EscapeDataString("专家组第八次会议于 2022 年 4 月 5 日至 7 日在维也纳举行。");
        var lookups = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            using var response = await client.SendAsync(Servers.Request(HttpMethod.Get, query, Token));
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Matches: response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("matches").GetArrayLength() : 0, body);
        })).ToArray();
        var stillIndexing = !indexer.HasExited;
        Task.WaitAll(lookups);
        indexer.WaitForExit();

        Assert.That(stillIndexing, Is.True, "the lookups ran while the tool was indexing");
        Assert.That(lookups.Select(l => l.Result.StatusCode), Is.All.EqualTo(HttpStatusCode.OK), () => lookups.First(l => l.Result.StatusCode != HttpStatusCode.OK).Result.body);
        Assert.That(lookups.Select(l => l.Result.Matches), Is.All.GreaterThan(0));
        Assert.That(indexer.ExitCode, Is.Zero, indexer.Said);
    }

    /// <summary>The report's units many times over, each copy distinct, so that indexing them takes a few seconds.</summary>
    private static void WriteLargeTmx(string path)
    {
        var units = AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Alignment.Tests.Corpus.PathOf("zh.txt"), Alignment.Tests.Corpus.PathOf("en.txt")));
        var copies = Enumerable.Range(1, 150).SelectMany(copy => units.Select(u => u with
        {
            Id = $"{u.Id}/{copy}",
            Provenance = u.Provenance with { Document = $"copy {copy}" },
            Source = u.Source with { Text = $"{u.Source.Text}（第 {copy} 版）" },
            Target = u.Target with { Text = $"{u.Target.Text} (version {copy})" },
        }));
        TmxWriter.Write(path, copies, new TmxWriteOptions(Documents.Language.Chinese));
    }

    private static string Marked(JsonElement side)
    {
        var text = side.GetProperty("text").GetString()!;
        return string.Concat(side.GetProperty("highlights").EnumerateArray().Select(h => text[h[0].GetInt32()..h[1].GetInt32()]));
    }
}
