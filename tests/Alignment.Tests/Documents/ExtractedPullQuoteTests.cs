using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// A magazine's pull quote in text a PDF extractor gave: a sentence of the body set again in larger type, printed
/// after the page's footer or among the body's lines, with no blank line to make it a paragraph of its own. It is
/// dropped only where the body holds the same sentence inside running text, so that the sentence is read once.
/// </summary>
public sealed class ExtractedPullQuoteTests
{
    private const string Header = "The River Almanac · Spring 2026";

    [Test]
    public void A_pull_quote_printed_after_the_page_number_is_dropped_and_its_sentence_read_once()
    {
        var read = Read.English(
            Header,
            "The ferry left before dawn, and the river was",
            "still grey under the mist. Nobody on board",
            "spoke until the far bank came into view. The",
            "boatman kept one hand on the rudder and hummed",
            "1",
            "Nobody on board",
            "spoke until the far bank came into view.",
            "\f" + Header,
            "an old song about the salt boats of his father’s",
            "time. Halfway across the engine coughed twice,",
            "and the passengers looked at one another.",
            "2",
            "\f" + Header,
            "On the far bank a woman sold tea from a kettle",
            "as black as the river. We drank it standing up.",
            "3");

        Assert.That(Occurrences(read, "far bank came into view"), Is.EqualTo(1));
        Assert.That(read.RemovedLines.Where(r => r.Reason == RemovalReason.PullQuote).Select(r => r.Text), Is.EqualTo(new[] { "Nobody on board", "spoke until the far bank came into view." }));
    }

    [Test]
    public void A_pull_quote_set_in_shorter_lines_among_the_body_lines_is_dropped()
    {
        var read = Chinese(
            "船还没开，河上的雾很浓，谁也看不清对岸。船上没有人说",
            "话，直到对岸出现在眼前。船夫一只手扶着舵，一边哼着一",
            "首老歌。歌里唱的是他父亲那一辈人撑盐船的日子。",
            "船上没有人说话，",
            "直到对岸出现在眼前。",
            "走到河中间，发动机咳嗽了两声，乘客们你看看我，我看看",
            "你，谁也没有出声。");

        Assert.That(Occurrences(read, "直到对岸出现在眼前"), Is.EqualTo(1));
        Assert.That(read.RemovedLines.Count(r => r.Reason == RemovalReason.PullQuote), Is.EqualTo(2));
    }

    [Test]
    public void A_sentence_that_stands_as_whole_lines_in_both_places_is_kept_both_times()
    {
        var read = Read.English(
            Header,
            "The ferry left before dawn, and the river was",
            "still grey under the mist.",
            "Nobody on board spoke a word.",
            "The boatman kept one hand on the rudder and",
            "hummed an old song about the salt boats.",
            "1",
            "Nobody on board spoke a word.",
            "\f" + Header,
            "Halfway across the engine coughed twice, and",
            "the passengers looked at one another.",
            "2");

        Assert.That(Occurrences(read, "Nobody on board spoke a word."), Is.EqualTo(2));
        Assert.That(read.RemovedLines, Has.None.Matches<RemovedLine>(r => r.Reason == RemovalReason.PullQuote));
    }

    [Test]
    public void A_sentence_a_clean_text_repeats_as_a_paragraph_of_its_own_is_kept()
    {
        var read = Read.English(
            "The ferry left before dawn. Nobody on board spoke until the far bank came into view. The boatman hummed.",
            string.Empty,
            "Nobody on board spoke until the far bank came into view.",
            string.Empty,
            "Halfway across the engine coughed twice.");

        Assert.That(Occurrences(read, "far bank came into view"), Is.EqualTo(2));
    }

    /// <summary>How many times the blocks of <paramref name="document"/> hold <paramref name="phrase"/>.</summary>
    private static int Occurrences(Document document, string phrase) =>
        document.Blocks.Sum(b => (b.Text.Length - b.Text.Replace(phrase, string.Empty, StringComparison.Ordinal).Length) / phrase.Length);

    /// <summary>Chinese text laid out on pages: the first line is the running header, the last a page number.</summary>
    private static Document Chinese(params string[] body) =>
        Read.Chinese(["河流年鉴 · 2026 年春季号", .. body, "1", "\f河流年鉴 · 2026 年春季号", "对岸有个女人在卖茶，我们站着喝完了。", "2"]);
}
