using System.Text.Json;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// End to end: <c>align</c> on the probe pairs with parts, chapters, sections, articles and Roman items under lettered
/// ones (tests/TestData/Probes) pairs each labelled sentence with its counterpart, in the block its label anchors.
/// </summary>
public sealed class StructureAnchorAlignTests
{
    [TestCase("report")]
    [TestCase("regulations")]
    public void Each_unit_pairs_the_hand_checked_sentences_in_the_block_their_label_anchors(string pair)
    {
        using var folder = new TempFolder();
        var output = folder.File($"{pair}.jsonl");

        var run = CliRun.Of("align", Probe($"{pair}.zh.txt"), Probe($"{pair}.en.txt"), "-o", output, "--labels", "strip");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var units = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).Select(u => (
            Source: u.GetProperty("source").GetString(), Target: u.GetProperty("target").GetString(), Path: u.GetProperty("path").GetString()!));
        var anchors = Lines($"{pair}.anchors.txt");
        var expected = Lines($"{pair}.zh.sentences.txt").Zip(Lines($"{pair}.en.sentences.txt")).Zip(anchors).Select(e => (e.First.First, e.First.Second, e.Second));
        Assert.That(
            units.Select(u => (u.Source, u.Target, Anchor: anchors.Contains(u.Path.Split(" › ")[^1]) ? u.Path.Split(" › ")[^1] : "-")),
            Is.EqualTo(expected));
    }

    private static string Probe(string file) => Corpus.TestData(Path.Combine("Probes", file));

    private static string[] Lines(string file) => [.. File.ReadAllLines(Probe(file)).Where(l => l.Length > 0)];
}
