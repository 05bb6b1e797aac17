namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext in raw mode can print the words of a widely spaced justified line one per line, with blank lines
/// between them; they are one line again.
/// </summary>
public sealed class ScatteredWordTests
{
    [Test]
    public void One_word_lines_of_a_justified_line_are_one_line_that_goes_on_into_the_next() =>
        Assert.That(
            Read.English("10.", string.Empty, "Domestic procedural law must keep pace with technological", "advances.", string.Empty,
                "It", string.Empty, "must", string.Empty, "also", string.Empty, "ensure", string.Empty, "that", string.Empty,
                "authorities have adequate powers.").Texts(),
            Is.EqualTo(new[] { "Domestic procedural law must keep pace with technological advances. It must also ensure that authorities have adequate powers." }));

    [Test]
    public void Two_one_word_lines_are_left_as_they_are() =>
        Assert.That(
            Read.English("Chair", string.Empty, "Rapporteur", string.Empty, "The Expert Group elected its officers.").Texts(),
            Is.EqualTo(new[] { "Chair", "Rapporteur", "The Expert Group elected its officers." }));

    [Test]
    public void Capitalised_words_of_a_justified_line_are_one_line_that_goes_on_into_the_next() =>
        Assert.That(
            Read.English("12.", string.Empty, "Ms.", string.Empty, "Haldorsen", string.Empty, "(Director,", string.Empty, "Division", string.Empty,
                "for", string.Empty, "Sustainable", string.Empty, "Development Goals), said that disasters had displaced", "many people.").Texts(),
            Is.EqualTo(new[] { "Ms. Haldorsen (Director, Division for Sustainable Development Goals), said that disasters had displaced many people." }));

    [Test]
    public void A_heading_after_scattered_words_that_end_a_paragraph_is_not_one_of_them() =>
        Assert.That(
            Read.English("22. A list of participants is", "F.", string.Empty, "contained", string.Empty, "in", string.Empty, "document", string.Empty,
                "Documentation", string.Empty, "23. The Expert Group had documents before it.").Texts(),
            Does.Contain("Documentation").And.None.Contains("document Documentation"));

    [Test]
    public void A_number_among_scattered_words_is_one_of_them_not_a_page_number() =>
        Assert.That(
            Read.English("8.", string.Empty, "Floods had struck the country in 2026 and the water had", "covered", string.Empty, "27", string.Empty, "of",
                string.Empty, "its", string.Empty, "64", string.Empty, "districts", string.Empty, "by the end of the monsoon.").Texts(),
            Is.EqualTo(new[] { "Floods had struck the country in 2026 and the water had covered 27 of its 64 districts by the end of the monsoon." }));

    [Test]
    public void Scattered_words_that_end_the_text_are_one_line() =>
        Assert.That(
            Read.English("The meeting closed at noon.", string.Empty, "It", string.Empty, "was", string.Empty, "late.").Texts(),
            Is.EqualTo(new[] { "The meeting closed at noon.", "It was late." }));

    [Test]
    public void Words_of_a_justified_line_printed_after_the_last_line_of_their_item_go_back_before_it() =>
        Assert.That(
            Read.English("5. Member States should criminalize the following conduct:", "(a)", "Illegal access to computer systems;", "(b)", "Illegal",
                "systems.", string.Empty, "interference", string.Empty, "with", string.Empty, "computer", string.Empty, "data", string.Empty, "and",
                string.Empty, "6.", "Member States should share information.").Texts(),
            Does.Contain("Illegal interference with computer data and systems."));

    [Test]
    public void Words_of_a_justified_line_printed_after_the_last_word_of_their_item_go_back_before_it_not_into_the_next_heading() =>
        Assert.That(
            Read.English("5. Member States should enact legislation that authorizes:", "(a) The real-time collection of traffic data and content, where",
                "appropriate;", "(b) International", "authorities.", string.Empty, "cooperation", string.Empty, "by", string.Empty, "domestic", string.Empty,
                "law", string.Empty, "enforcement", string.Empty, "Electronic evidence and criminal justice", "6. Member States should build capacity.").Texts(),
            Does.Contain("International cooperation by domestic law enforcement authorities.").And.Contain("Electronic evidence and criminal justice"));

    [Test]
    public void Words_of_a_justified_line_printed_after_the_next_heading_label_go_back_into_their_paragraph() =>
        Assert.That(
            Read.English("22. A list of participants is contained", "UNODC/CCPCJ/EG.4/2021/INF/1/Rev.1.", "F.", string.Empty, "in", string.Empty,
                "document", string.Empty, "Documentation", string.Empty, "23. The Expert Group had documents before it.").Texts(),
            Does.Contain("A list of participants is contained in document UNODC/CCPCJ/EG.4/2021/INF/1/Rev.1.").And.Contain("Documentation"));

    [Test]
    public void Words_after_a_paragraph_whose_line_before_its_last_closed_a_sentence_stay_after_it() =>
        Assert.That(
            Read.English("4. The Expert Group met in Vienna.", "It adjourned.", string.Empty, "and", string.Empty, "others", string.Empty,
                "5. The report was adopted.").Texts(),
            Has.None.Contains("Vienna. and"));

    [Test]
    public void A_sentence_with_words_put_back_maps_from_its_lowest_to_its_highest_offset_in_the_file()
    {
        string[] lines = ["(a)", "Illegal", "systems.", string.Empty, "interference", string.Empty, "with", string.Empty, "computer", string.Empty, "data",
            string.Empty, "and", string.Empty, "6.", "Member States should share information."];
        var text = string.Join("\n", lines);
        var segmented = Alignment.Segmentation.SentenceSegmenter.Default.Segment(Read.English(lines));
        var sentence = segmented.Sentences.Single(s => s.Text == "Illegal interference with computer data and systems.");

        Assert.That(text[sentence.Source.Start..sentence.Source.End], Does.StartWith("Illegal").And.EndWith("\nand"));
    }

    /// <summary>
    /// A text of one-letter lines (a Word file of one-letter paragraphs, read as hard-wrapped text) is one long run of
    /// scattered words, joined as one line however long: every letter is kept, once, in order.
    /// </summary>
    [Test]
    public void Forty_thousand_one_letter_lines_are_one_line_with_every_letter_in_order()
    {
        var letters = Enumerable.Range(0, 40_000).Select(i => ((char)('a' + (i % 26))).ToString()).ToArray();

        var read = Read.English(letters);

        Assert.That(string.Concat(read.Texts()).Replace(" ", string.Empty, StringComparison.Ordinal), Is.EqualTo(string.Concat(letters)));
    }

    /// <summary>
    /// Joining a run of scattered words costs in proportion to its length: twice the one-letter lines allocate about
    /// twice as much, not four times (as joining each word to the text so far did). Allocation, not time, so that the
    /// machine's load does not decide.
    /// </summary>
    [Test]
    public void Reading_twice_as_many_one_letter_lines_allocates_about_twice_as_much()
    {
        static long Allocated(int count)
        {
            var letters = Enumerable.Range(0, count).Select(i => ((char)('a' + (i % 26))).ToString()).ToArray();
            var before = GC.GetAllocatedBytesForCurrentThread();
            _ = Read.English(letters);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        _ = Allocated(1_000);

        Assert.That((double)Allocated(20_000) / Allocated(10_000), Is.LessThan(3.0));
    }
}
