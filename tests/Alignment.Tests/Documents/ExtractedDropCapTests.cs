namespace Alignment.Tests.Documents;

/// <summary>
/// A drop cap in text a PDF extractor gave: the first letter of an article, set several lines deep, comes out as a
/// line of its own, before its paragraph or after the lines set in beside it, and the paragraph starts with the rest
/// of its first word. The letter goes back to the start of its word.
/// </summary>
public sealed class ExtractedDropCapTests
{
    [Test]
    public void A_capital_printed_after_the_lines_set_in_beside_it_starts_its_word_again() =>
        Assert.That(
            Read.English(
                "The Last Ferry",
                "By Lin Qiubai",
                "very morning the ferry left before",
                "dawn, and the river was still grey",
                "under the mist. Nobody on board spoke until the",
                "far bank came into view, and the boatman kept",
                "one hand on the rudder all the way across.",
                "E",
                "Halfway across the engine coughed twice, and the",
                "passengers looked at one another in silence.").Texts(),
            Does.Contain("Every morning the ferry left before dawn, and the river was still grey under the mist. Nobody on board spoke until the far bank came into view, and the boatman kept one hand on the rudder all the way across."));

    [Test]
    public void A_han_character_printed_before_the_lines_set_in_beside_it_starts_its_paragraph() =>
        Assert.That(
            Read.Chinese(
                "最后一班渡船",
                "文／林秋白",
                "每",
                "天早上，渡船天不亮就开，河上",
                "的雾还没有散，谁也看不清对岸",
                "船上没有人说话，直到对岸出现在眼前。船夫一",
                "只手扶着舵，一边哼着一首老歌。走到河中间，",
                "发动机咳嗽了两声，乘客们你看看我，我看看你。").Texts().Last(),
            Does.StartWith("每天早上，渡船天不亮就开"));

    [Test]
    public void A_capital_alone_on_a_line_before_a_paragraph_of_full_lines_stays_where_it_is() =>
        Assert.That(
            Read.English(
                "Annex",
                "B",
                "the figures below are those the secretariat received",
                "by the end of March, and the tables that follow give",
                "them by region and by year, as the Group requested.").Texts(),
            Has.None.StartsWith("Bthe"));
}
