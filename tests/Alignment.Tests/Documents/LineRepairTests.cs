using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>Repairs of PDF extraction damage inside and between lines.</summary>
public sealed class LineRepairTests
{
    [Test]
    public void Reader_rejoins_hard_wrapped_English_lines_with_one_space() =>
        Assert.That(
            Read.English("1. The first meeting of the Expert Group", "was held in Vienna.").At("body › 1").Text,
            Is.EqualTo("The first meeting of the Expert Group was held in Vienna."));

    [Test]
    public void Reader_rejoins_hard_wrapped_Chinese_lines_without_a_space() =>
        Assert.That(
            Read.Chinese("1. 专家组第一次会议于维也纳", "举行。").At("body › 1").Text,
            Is.EqualTo("专家组第一次会议于维也纳举行。"));

    [Test]
    public void A_web_address_cut_after_a_dot_is_joined_without_a_space() =>
        Assert.That(
            Read.English("1. The papers are at www.example.", "org/forum and in the library.").At("body › 1").Text,
            Is.EqualTo("The papers are at www.example.org/forum and in the library."));

    [Test]
    public void A_web_address_cut_inside_a_word_is_joined_when_the_line_goes_on_as_an_address() =>
        Assert.That(
            Read.English("1. See https://www.example.org/documents/organized-cri", "me/report.pdf for the text.").At("body › 1").Text,
            Is.EqualTo("See https://www.example.org/documents/organized-crime/report.pdf for the text."));

    [Test]
    public void A_word_after_a_whole_address_keeps_its_space() =>
        Assert.That(
            Read.English("1. Write to office@example.org", "for a copy of the papers.").At("body › 1").Text,
            Is.EqualTo("Write to office@example.org for a copy of the papers."));

    [Test]
    public void A_sentence_after_an_address_that_ends_one_keeps_its_space() =>
        Assert.That(
            Read.English("1. The papers are at www.example.org.", "They were posted in May.").At("body › 1").Text,
            Is.EqualTo("The papers are at www.example.org. They were posted in May."));

    [Test]
    public void A_compound_hyphen_at_a_line_end_is_kept_without_a_space() =>
        Assert.That(
            Read.English("1. UNODC should carry out capacity-", "building for all States.").At("body › 1").Text,
            Is.EqualTo("UNODC should carry out capacity-building for all States."));

    [Test]
    public void A_syllable_hyphen_is_dropped_when_the_document_writes_the_word_whole_elsewhere()
    {
        var document = Read.English(
            "1. International cooperation is essential.",
            "2. States should promote inter-",
            "national cooperation.");
        Assert.That(document.At("body › 2").Text, Is.EqualTo("States should promote international cooperation."));
    }

    [Test]
    public void A_line_end_hyphen_stays_when_the_document_never_writes_the_word_whole() =>
        Assert.That(
            Read.English("1. States should promote inter-", "national cooperation.").At("body › 1").Text,
            Is.EqualTo("States should promote inter-national cooperation."));

    [Test]
    public void A_line_end_hyphen_stays_when_the_document_also_writes_the_hyphenated_form()
    {
        var document = Read.English(
            "1. Data include e-mails and emails.",
            "2. Data such as e-",
            "mails are evidence.");
        Assert.That(document.At("body › 2").Text, Is.EqualTo("Data such as e-mails are evidence."));
    }

    [Test]
    public void A_soft_hyphen_at_a_line_end_disappears() =>
        Assert.That(
            Read.English("1. States should promote inter\u00AD", "national cooperation.").At("body › 1").Text,
            Is.EqualTo("States should promote international cooperation."));

    [Test]
    public void Chinese_joins_Han_and_Latin_with_a_space_when_the_document_spaces_them()
    {
        var document = Read.Chinese(
            "1. 大会第 65/230 号决议于 2011 年通过。",
            "2. 专家组审议了",
            "UNODC/CCPCJ/EG.4/2021/CRP.1 号文件。");
        Assert.That(document.At("body › 2").Text, Is.EqualTo("专家组审议了 UNODC/CCPCJ/EG.4/2021/CRP.1 号文件。"));
    }

    [Test]
    public void Chinese_joins_Han_and_Latin_without_a_space_when_the_document_does_not_space_them()
    {
        var document = Read.Chinese(
            "1. 大会第65/230号决议于2011年通过。",
            "2. 专家组于维也纳审议了",
            "CRP.1号文件。");
        Assert.That(document.At("body › 2").Text, Is.EqualTo("专家组于维也纳审议了CRP.1号文件。"));
    }

    [Test]
    public void Chinese_wrapped_before_a_closing_bracket_joins_without_a_space() =>
        Assert.That(
            Read.Chinese("1. 如蒙将本函作为议程项目18(a", ")下的文件分发，我将不胜感激。").At("body › 1").Text,
            Is.EqualTo("如蒙将本函作为议程项目18(a)下的文件分发，我将不胜感激。"));

    [Test]
    public void English_cut_before_a_closing_bracket_joins_without_a_space() =>
        Assert.That(
            Read.English("1. The Council considered the letter under item 18(a", ") of its agenda.").At("body › 1").Text,
            Is.EqualTo("The Council considered the letter under item 18(a) of its agenda."));

    [Test]
    public void Chinese_joins_CJK_punctuation_and_Latin_without_a_space()
    {
        var document = Read.Chinese("1. 大会第 65/230 号决议（", "E/CN.15/2011/19）。");
        Assert.That(document.At("body › 1").Text, Is.EqualTo("大会第 65/230 号决议（E/CN.15/2011/19）。"));
    }

    [Test]
    public void Lines_are_trimmed_and_the_whitespace_inside_them_kept_as_written() =>
        Assert.That(
            Read.English("\u3000\u30001.\tThe\u00A0meeting was\u3000opened.  ").At("body › 1").Text,
            Is.EqualTo("The\u00A0meeting was\u3000opened."));

    [Test]
    public void A_space_the_writer_put_between_Han_characters_is_kept()
    {
        var document = Read.Chinese("（记者 林晓）今天上午，市政府召开新闻发布会。", string.Empty, "本报记者 林晓岚");
        Assert.That(document.Texts(), Is.EqualTo(new[] { "（记者 林晓）今天上午，市政府召开新闻发布会。", "本报记者 林晓岚" }));
    }

    [Test]
    public void A_space_beside_Chinese_punctuation_is_the_extractors_and_dropped() =>
        Assert.That(Read.Chinese("1. 会议在维也纳举行 ， 专家组出席 。").At("body › 1").Text, Is.EqualTo("会议在维也纳举行，专家组出席。"));

    [Test]
    public void A_line_spread_letter_by_letter_loses_the_spaces_between_its_characters() =>
        Assert.That(
            Read.Chinese("1. 审 议 了 UNODC/CCPCJ/EG.4/2021/CRP.1 号 文 件 所 载 的 结 论 。").At("body › 1").Text,
            Is.EqualTo("审议了 UNODC/CCPCJ/EG.4/2021/CRP.1 号文件所载的结论。"));

    [Test]
    public void Wrapped_Chinese_lines_ending_in_a_space_join_without_one() =>
        Assert.That(
            Read.Chinese("1. 专家组第一次会议于维也纳 ", "举行，记者 林晓报道。").At("body › 1").Text,
            Is.EqualTo("专家组第一次会议于维也纳举行，记者 林晓报道。"));

    [Test]
    public void A_symbol_cut_inside_a_part_at_a_line_end_is_joined_without_a_space() =>
        Assert.That(
            Read.English("1. A list of participants is contained in document UNODC/CCPCJ/EG.4/2021/INF/1/R", "ev.1.").At("body › 1").Text,
            Is.EqualTo("A list of participants is contained in document UNODC/CCPCJ/EG.4/2021/INF/1/Rev.1."));

    [Test]
    public void A_symbol_at_a_line_end_before_a_word_is_joined_with_a_space() =>
        Assert.That(
            Read.English("1. The list was issued by UNODC/CCPCJ", "and is contained in document A/75/123.").At("body › 1").Text,
            Is.EqualTo("The list was issued by UNODC/CCPCJ and is contained in document A/75/123."));

    [Test]
    public void Chinese_joins_a_range_of_years_cut_before_its_dash_without_a_space() =>
        Assert.That(
            Read.Chinese("1. 专家组通过了工作计划（2019", "–2021 年）。").At("body › 1").Text,
            Is.EqualTo("专家组通过了工作计划（2019–2021 年）。"));

    [Test]
    public void English_keeps_spaces_between_CJK_characters_it_quotes() =>
        Assert.That(Read.English("1. The term 电子 证据 was discussed.").At("body › 1").Text, Is.EqualTo("The term 电子 证据 was discussed."));

    [TestCase("[UNODC/CCPCJ/EG.4/2021/1](#)", "UNODC/CCPCJ/EG.4/2021/1")]
    [TestCase("([UNODC/CCPCJ/EG.4/2021/1](#))", "(UNODC/CCPCJ/EG.4/2021/1)")]
    [TestCase("[the website](https://www.unodc.org/cybercrime)", "the website")]
    public void Hyperlink_residue_becomes_its_text(string written, string expected) =>
        Assert.That(Read.English($"1. See {written} for details.").At("body › 1").Text, Is.EqualTo($"See {expected} for details."));

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Any_line_end_separates_lines(string lineEnd)
    {
        var text = string.Join(lineEnd, "1. The first paragraph", "goes on.", string.Empty, "2. The second.");
        var document = DocumentReader.Default.Read(text, Language.English, "test.txt");
        Assert.That(document.Texts(), Is.EqualTo(new[] { "The first paragraph goes on.", "The second." }));
    }

    [Test]
    public void A_paragraph_split_by_a_page_break_is_rejoined()
    {
        var document = Read.English(
            "4. Member States invited the Commission to strengthen",
            string.Empty,
            "UNODC/CCPCJ/EG.4/2021/2",
            string.Empty,
            "existing responses to cybercrime.",
            "5. The third meeting was held in 2017.");
        Assert.That(document.At("body › 4").Text, Is.EqualTo("Member States invited the Commission to strengthen existing responses to cybercrime."));
        Assert.That(document.Blocks, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_Chinese_paragraph_split_by_a_page_break_is_rejoined_without_a_space()
    {
        var document = Read.Chinese("29. 这种培训应包括对从业人员的高", string.Empty, string.Empty, "度专业化培训。");
        Assert.That(document.At("body › 29").Text, Is.EqualTo("这种培训应包括对从业人员的高度专业化培训。"));
    }

    [Test]
    public void A_page_break_after_a_finished_sentence_still_joins_running_text_to_its_numbered_paragraph()
    {
        var document = Read.English(
            "10. Domestic law must keep pace with technology.",
            string.Empty,
            "- 3 -",
            string.Empty,
            "Relevant laws should be drafted accordingly.");
        Assert.That(document.At("body › 10").Text, Is.EqualTo("Domestic law must keep pace with technology. Relevant laws should be drafted accordingly."));
    }

    [Test]
    public void A_heading_after_a_finished_paragraph_is_not_joined_to_it()
    {
        var document = Read.English("3. UNODC should carry out capacity-building.", string.Empty, "Criminalization", string.Empty, "4. Member States should act.");
        Assert.That(document.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.NumberedParagraph, BlockKind.Heading, BlockKind.NumberedParagraph }));
    }

    [Test]
    public void A_quotation_introduced_by_a_colon_is_a_block_of_its_own()
    {
        var document = Read.English("12. The Commission adopted the following text:", string.Empty, "\"Recalling its resolution 26/4, the Commission decides to continue.\"");
        Assert.That(document.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.NumberedParagraph, BlockKind.Paragraph }));
    }

    [Test]
    public void A_footnote_at_the_foot_of_the_page_does_not_stop_the_paragraph_from_continuing()
    {
        var document = Read.English(
            "20. Divergent views were expressed,¹ as reflected in the",
            string.Empty,
            "¹ See the website of the meeting.",
            string.Empty,
            "V.21-02475 3/9",
            string.Empty,
            "statements posted on the website.",
            "21. The meeting was attended by 111 States.");
        Assert.That(document.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.NumberedParagraph, BlockKind.Footnote, BlockKind.NumberedParagraph }));
        Assert.That(document.At("body › 20").Text, Is.EqualTo("Divergent views were expressed,¹ as reflected in the statements posted on the website."));
        Assert.That(document.Blocks[1].Path.ToString(), Is.EqualTo("body › 20 › footnote 1"));
    }

    [Test]
    public void A_title_and_a_heading_are_never_continued_across_a_gap()
    {
        var document = Read.English("Report of the meeting", string.Empty, "held in Vienna", string.Empty, "I. Introduction");
        Assert.That(document.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.Title, BlockKind.Title, BlockKind.Heading }));
    }
}
