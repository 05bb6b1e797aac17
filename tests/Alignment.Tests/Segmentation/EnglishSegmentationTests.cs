namespace Alignment.Tests.Segmentation;

public sealed class EnglishSegmentationTests
{
    [Test]
    public void Breaks_after_a_full_stop_before_a_capital() =>
        Assert.That(Segments.English("The meeting was held in Vienna. It lasted three days."), Is.EqualTo(new[] { "The meeting was held in Vienna.", "It lasted three days." }));

    [TestCase("Mr.")]
    [TestCase("Mrs.")]
    [TestCase("Dr.")]
    [TestCase("Prof.")]
    [TestCase("Nos.")]
    [TestCase("para.")]
    [TestCase("paras.")]
    [TestCase("Art.")]
    [TestCase("cf.")]
    [TestCase("vs.")]
    [TestCase("Inc.")]
    [TestCase("Ltd.")]
    [TestCase("Co.")]
    [TestCase("Jr.")]
    [TestCase("St.")]
    [TestCase("Vol.")]
    [TestCase("p.")]
    [TestCase("pp.")]
    [TestCase("Fig.")]
    [TestCase("e.g.")]
    [TestCase("i.e.")]
    [TestCase("U.N.")]
    [TestCase("U.S.")]
    [TestCase("U.K.")]
    public void Does_not_break_after_an_abbreviation(string abbreviation)
    {
        var sentence = $"They cited {abbreviation} Smith and Partners in Vienna.";
        Assert.That(Segments.English(sentence + " The meeting ended."), Is.EqualTo(new[] { sentence, "The meeting ended." }));
    }

    [TestCase("No. 3")]
    [TestCase("No. IV")]
    [TestCase("No. A/75/1")]
    public void Does_not_break_after_No_before_what_it_numbers(string numbered)
    {
        var sentence = $"The Council adopted resolution {numbered} without a vote.";
        Assert.That(Segments.English(sentence + " The meeting ended."), Is.EqualTo(new[] { sentence, "The meeting ended." }));
    }

    [Test]
    public void Does_not_break_after_No_heading_a_column_of_numbers() =>
        Assert.That(Segments.English("No. Programme Budget Spent"), Is.EqualTo(new[] { "No. Programme Budget Spent" }));

    [TestCase("“No. I can learn.”", "“No.", "I can learn.”")]
    [TestCase("He said no. Then he left.", "He said no.", "Then he left.")]
    public void Breaks_after_the_word_no_before_a_word_in_sentence_case(string text, string first, string second) =>
        Assert.That(Segments.English(text), Is.EqualTo(new[] { first, second }));

    [Test]
    public void Does_not_break_after_a_time_in_the_morning_when_the_sentence_goes_on() =>
        Assert.That(
            Segments.English("The meeting was suspended at 11.50 a.m. and resumed at noon."),
            Is.EqualTo(new[] { "The meeting was suspended at 11.50 a.m. and resumed at noon." }));

    [TestCase("a.m.")]
    [TestCase("p.m.")]
    public void Breaks_after_a_time_when_a_capitalised_word_follows(string time) =>
        Assert.That(
            Segments.English($"The meeting was called to order at 10 {time} In the absence of the Chair, the Vice-Chair presided."),
            Is.EqualTo(new[] { $"The meeting was called to order at 10 {time}", "In the absence of the Chair, the Vice-Chair presided." }));

    [TestCase("a.m.")]
    [TestCase("p.m.")]
    public void Does_not_break_after_a_time_when_a_lower_case_word_follows(string time) =>
        Assert.That(
            Segments.English($"The Committee will resume at 10 {time} on Monday. It then adjourned."),
            Is.EqualTo(new[] { $"The Committee will resume at 10 {time} on Monday.", "It then adjourned." }));

    [Test]
    public void Does_not_break_after_a_time_inside_brackets() =>
        Assert.That(
            Segments.English("Call us (Monday to Friday, 9 a.m. to 5 p.m. Central European Time). The line is free."),
            Is.EqualTo(new[] { "Call us (Monday to Friday, 9 a.m. to 5 p.m. Central European Time).", "The line is free." }));

    [Test]
    public void Does_not_break_after_a_question_mark_that_the_sentence_goes_on_after_in_lower_case() =>
        Assert.That(
            Segments.English("Tap Forgot password? and follow the instructions. Then sign in."),
            Is.EqualTo(new[] { "Tap Forgot password? and follow the instructions.", "Then sign in." }));

    [TestCase("Step 2. Sign in")]
    [TestCase("Figure 3. Share of women in delegations, 2020-2025")]
    [TestCase("Table 2. Contributions received")]
    [TestCase("Box 1. Keyboard shortcuts")]
    [TestCase("Table IV. Staff by grade")]
    public void A_caption_or_step_number_that_opens_the_text_stays_with_its_title(string caption) =>
        Assert.That(Segments.English(caption), Is.EqualTo(new[] { caption }));

    [Test]
    public void A_caption_number_after_a_sentence_end_stays_with_its_title() =>
        Assert.That(
            Segments.English("Correct the rows marked in red. Figure 1. The upload page"),
            Is.EqualTo(new[] { "Correct the rows marked in red.", "Figure 1. The upload page" }));

    [Test]
    public void A_caption_number_that_ends_a_sentence_in_running_text_ends_it() =>
        Assert.That(
            Segments.English("The rows are shown in Figure 3. The next step is the upload."),
            Is.EqualTo(new[] { "The rows are shown in Figure 3.", "The next step is the upload." }));

    [Test]
    public void Breaks_after_a_question_before_a_capitalised_word() =>
        Assert.That(
            Segments.English("Did the meeting end? It did."),
            Is.EqualTo(new[] { "Did the meeting end?", "It did." }));

    [Test]
    public void A_table_row_goes_on_after_a_note_number_cell() =>
        Assert.That(Segments.English("Deferred revenue\t1.\t12,845\t—"), Is.EqualTo(new[] { "Deferred revenue\t1.\t12,845\t—" }));

    [Test]
    public void Keeps_a_speech_tag_in_lower_case_with_the_quoted_question_before_it() =>
        Assert.That(
            Segments.English("“Who is going to buy anything?” she says. The ferry left."),
            Is.EqualTo(new[] { "“Who is going to buy anything?” she says.", "The ferry left." }));

    [Test]
    public void Keeps_I_and_a_verb_of_speaking_with_the_quoted_question_before_them() =>
        Assert.That(
            Segments.English("“Isn’t there a river in Guangzhou?” I asked him."),
            Is.EqualTo(new[] { "“Isn’t there a river in Guangzhou?” I asked him." }));

    [Test]
    public void Keeps_a_name_and_a_verb_of_speaking_with_the_quoted_question_before_them() =>
        Assert.That(
            Segments.English("“Must you go today?” Mrs Yang asked. I did not listen."),
            Is.EqualTo(new[] { "“Must you go today?” Mrs Yang asked.", "I did not listen." }));

    [Test]
    public void Breaks_after_a_quoted_question_when_a_name_begins_a_new_sentence() =>
        Assert.That(
            Segments.English("“Is it far?” Zhou did not answer."),
            Is.EqualTo(new[] { "“Is it far?”", "Zhou did not answer." }));

    [Test]
    public void Breaks_after_a_quoted_question_when_a_new_sentence_follows() =>
        Assert.That(
            Segments.English("He asked: “Is it far?” The driver did not answer."),
            Is.EqualTo(new[] { "He asked: “Is it far?”", "The driver did not answer." }));

    [Test]
    public void Does_not_break_after_etc_when_the_sentence_goes_on() =>
        Assert.That(Segments.English("Pens, books etc. were sold in Vienna."), Is.EqualTo(new[] { "Pens, books etc. were sold in Vienna." }));

    [Test]
    public void Breaks_after_etc_when_an_upper_case_word_follows() =>
        Assert.That(Segments.English("They sold pens, books etc. The shop closed."), Is.EqualTo(new[] { "They sold pens, books etc.", "The shop closed." }));

    [Test]
    public void Does_not_break_after_an_initial() =>
        Assert.That(Segments.English("The report was written by J. Smith in 2020."), Is.EqualTo(new[] { "The report was written by J. Smith in 2020." }));

    [Test]
    public void Breaks_after_a_roman_numeral_that_ends_a_sentence() =>
        Assert.That(Segments.English("The list is in annex I. The Group adopted it."), Is.EqualTo(new[] { "The list is in annex I.", "The Group adopted it." }));

    [Test]
    public void Keeps_a_document_symbol_in_brackets_with_its_sentence() =>
        Assert.That(
            Segments.English("It adopted the workplan (UNODC/CCPCJ/EG.4/2021/CRP.1). The meeting ended."),
            Is.EqualTo(new[] { "It adopted the workplan (UNODC/CCPCJ/EG.4/2021/CRP.1).", "The meeting ended." }));

    [TestCase("See document E/CN.15/2011/19 for the topics.")]
    [TestCase("See document A/75/1.Add.1 for the topics.")]
    [TestCase("The rate rose by 3.5 per cent in 2020.")]
    [TestCase("See www.unodc.org/unodc/en/index.php?Lang=EN for details.")]
    public void Never_breaks_inside_symbols_decimals_or_web_addresses(string sentence) =>
        Assert.That(Segments.English(sentence), Is.EqualTo(new[] { sentence }));

    [Test]
    public void Ends_a_sentence_after_a_web_address_and_its_full_stop() =>
        Assert.That(
            Segments.English("See www.unodc.org/unodc/en/cybercrime_2021.html. The list follows."),
            Is.EqualTo(new[] { "See www.unodc.org/unodc/en/cybercrime_2021.html.", "The list follows." }));

    [Test]
    public void Keeps_list_labels_inside_a_sentence() =>
        Assert.That(
            Segments.English("It adopted the following agenda: 1. Organizational matters: (a) Opening of the meeting; (b) Adoption of the agenda."),
            Is.EqualTo(new[] { "It adopted the following agenda: 1. Organizational matters: (a) Opening of the meeting; (b) Adoption of the agenda." }));

    [Test]
    public void Keeps_a_footnote_marker_after_the_full_stop_with_its_sentence() =>
        Assert.That(
            Segments.English("Views were expressed by the Expert Group.¹ The meeting ended."),
            Is.EqualTo(new[] { "Views were expressed by the Expert Group.¹", "The meeting ended." }));

    [Test]
    public void Does_not_break_at_a_semicolon() =>
        Assert.That(Segments.English("Some agreed; others did not."), Is.EqualTo(new[] { "Some agreed; others did not." }));
}
