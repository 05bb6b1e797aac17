namespace Alignment.Tests.Segmentation;

public sealed class ChineseSegmentationTests
{
    [Test]
    public void Breaks_after_a_full_stop_without_a_following_space() =>
        Assert.That(Segments.Chinese("会议在维也纳举行。专家组通过了议程。"), Is.EqualTo(new[] { "会议在维也纳举行。", "专家组通过了议程。" }));

    [Test]
    public void Breaks_after_full_width_exclamation_and_question_marks() =>
        Assert.That(Segments.Chinese("真的吗？是的！我们走。"), Is.EqualTo(new[] { "真的吗？", "是的！", "我们走。" }));

    [Test]
    public void Breaks_after_half_width_exclamation_and_question_marks() =>
        Assert.That(Segments.Chinese("真的吗?是的!我们走。"), Is.EqualTo(new[] { "真的吗?", "是的!", "我们走。" }));

    [Test]
    public void Keeps_a_short_speech_tag_with_the_quoted_question_before_it() =>
        Assert.That(Segments.Chinese("“你非要今天走？”杨大嫂问。我没有听她的。"), Is.EqualTo(new[] { "“你非要今天走？”杨大嫂问。", "我没有听她的。" }));

    [Test]
    public void Breaks_after_a_quoted_question_when_narration_follows() =>
        Assert.That(Segments.Chinese("“能修吗？”周师傅没有马上回答。"), Is.EqualTo(new[] { "“能修吗？”", "周师傅没有马上回答。" }));

    [Test]
    public void Keeps_a_run_of_terminal_punctuation_together() =>
        Assert.That(Segments.Chinese("真的吗？！我们走。"), Is.EqualTo(new[] { "真的吗？！", "我们走。" }));

    [Test]
    public void Breaks_after_an_ellipsis_that_ends_a_sentence() =>
        Assert.That(Segments.Chinese("他没有说完……我们都明白了。"), Is.EqualTo(new[] { "他没有说完……", "我们都明白了。" }));

    [Test]
    public void Does_not_break_after_an_ellipsis_that_the_sentence_goes_on_from() =>
        Assert.That(Segments.Chinese("证据、文件……，都已收到。"), Is.EqualTo(new[] { "证据、文件……，都已收到。" }));

    [Test]
    public void Keeps_closing_quotes_with_the_sentence_they_close() =>
        Assert.That(Segments.Chinese("他说：“我不知道……。”会议结束了。"), Is.EqualTo(new[] { "他说：“我不知道……。”", "会议结束了。" }));

    [Test]
    public void Keeps_a_closing_bracket_before_the_full_stop_in_its_sentence() =>
        Assert.That(
            Segments.Chinese("专家组通过了提案（UNODC/CCPCJ/EG.4/2018/CRP.1）。下一次会议于 2019 年举行。"),
            Is.EqualTo(new[] { "专家组通过了提案（UNODC/CCPCJ/EG.4/2018/CRP.1）。", "下一次会议于 2019 年举行。" }));

    [Test]
    public void Puts_an_opening_quote_after_a_full_stop_into_the_next_sentence() =>
        Assert.That(Segments.Chinese("专家组说。“好。”"), Is.EqualTo(new[] { "专家组说。", "“好。”" }));

    [Test]
    public void Puts_an_opening_bracket_after_a_full_stop_into_the_next_sentence() =>
        Assert.That(Segments.Chinese("会议结束。（会议记录另发。）"), Is.EqualTo(new[] { "会议结束。", "（会议记录另发。）" }));

    [Test]
    public void Keeps_a_footnote_marker_after_the_full_stop_with_its_sentence() =>
        Assert.That(Segments.Chinese("参见发言情况。¹"), Is.EqualTo(new[] { "参见发言情况。¹" }));

    [Test]
    public void Breaks_after_a_footnote_marker_that_follows_the_full_stop() =>
        Assert.That(Segments.Chinese("参见发言情况。¹会议结束。"), Is.EqualTo(new[] { "参见发言情况。¹", "会议结束。" }));

    [Test]
    public void Does_not_break_at_a_semicolon_by_default() =>
        Assert.That(Segments.Chinese("(a) 分享信息；(b) 促进合作。"), Is.EqualTo(new[] { "(a) 分享信息；(b) 促进合作。" }));

    [TestCase("增长率为 3.5%，低于预期。")]
    [TestCase("共有 1,234 人参加。")]
    [TestCase("见文件 E/CN.15/2011/19，附件一。")]
    [TestCase("见 UNODC/CCPCJ/EG.4/2021/CRP.1 号文件。")]
    [TestCase("见 www.unodc.org/unodc/en/index.html?Lang=EN 网页。")]
    [TestCase("见 https://www.unodc.org/documents/A.Html?X=1!Y 网页。")]
    public void Never_breaks_inside_numbers_symbols_or_web_addresses(string sentence) =>
        Assert.That(Segments.Chinese(sentence), Is.EqualTo(new[] { sentence }));

    [Test]
    public void Ends_a_sentence_after_a_web_address() =>
        Assert.That(
            Segments.Chinese("见 www.unodc.org/cybercrime_2021.html。下一句。"),
            Is.EqualTo(new[] { "见 www.unodc.org/cybercrime_2021.html。", "下一句。" }));

    [Test]
    public void Does_not_break_inside_a_dotted_English_abbreviation_that_Chinese_text_quotes() =>
        Assert.That(
            Segments.Chinese("美国地质调查局（U.S. Geological Survey）定期分享监测数据。"),
            Is.EqualTo(new[] { "美国地质调查局（U.S. Geological Survey）定期分享监测数据。" }));

    [TestCase("步骤2. 登录")]
    [TestCase("步骤 2. 登录")]
    [TestCase("图3. 代表团中女性的比例")]
    [TestCase("表2. 收到的捐款")]
    [TestCase("专栏1. 键盘快捷键")]
    public void A_caption_or_step_number_that_opens_the_text_stays_with_its_title(string caption) =>
        Assert.That(Segments.Chinese(caption), Is.EqualTo(new[] { caption }));

    [Test]
    public void A_table_row_goes_on_after_a_note_number_cell() =>
        Assert.That(Segments.Chinese("递延收入\t1.\t12,845\t—"), Is.EqualTo(new[] { "递延收入\t1.\t12,845\t—" }));
}
