namespace Alignment.Tests.Segmentation;

/// <summary>
/// What counts as a sentence: trimmed text, never a label, marker or punctuation on its own beside other text; a text
/// that holds nothing else is one sentence.
/// </summary>
public sealed class SentencePiecesTests
{
    [Test]
    public void A_leading_paragraph_number_joins_the_first_sentence() =>
        Assert.That(Segments.English("2. The meeting was held. It ended."), Is.EqualTo(new[] { "2. The meeting was held.", "It ended." }));

    [Test]
    public void A_leading_chinese_section_number_joins_its_heading() =>
        Assert.That(Segments.Chinese("一. 导言"), Is.EqualTo(new[] { "一. 导言" }));

    [Test]
    public void A_label_after_a_full_stop_joins_the_sentence_it_opens() =>
        Assert.That(Segments.English("Criminalize the conduct. 2. Share the data."), Is.EqualTo(new[] { "Criminalize the conduct.", "2. Share the data." }));

    [Test]
    public void A_trailing_label_joins_the_sentence_before_it() =>
        Assert.That(Segments.English("The meeting ended. 2."), Is.EqualTo(new[] { "The meeting ended. 2." }));

    [TestCase("Article 3. Definitions")]
    [TestCase("Article 3 bis. Scope of application")]
    [TestCase("1 bis. This Protocol shall not apply to domestic matters.")]
    [TestCase("2 ter. States parties shall report.")]
    public void A_number_that_ICU_ends_with_a_full_stop_joins_the_sentence_it_labels(string text) =>
        Assert.That(Segments.English(text), Is.EqualTo(new[] { text }));

    [TestCase("62/14. Protection of the human rights of migrants at borders, on land and at sea")]
    [TestCase("S-31/1. Situation of human rights")]
    [TestCase("2024/3. Progress in the implementation of the review")]
    public void A_resolutions_number_before_its_title_joins_the_title(string text) =>
        Assert.That(Segments.English(text), Is.EqualTo(new[] { text }));

    [Test]
    public void A_Chinese_resolutions_number_before_its_title_joins_the_title() =>
        Assert.That(Segments.Chinese("62/14. 在边境、陆地和海上保护移民的人权"), Is.EqualTo(new[] { "62/14. 在边境、陆地和海上保护移民的人权" }));

    [Test]
    public void A_sentence_ending_in_a_resolutions_number_ends_there() =>
        Assert.That(Segments.English("The Council recalled its resolution 62/14. It decided to continue."), Is.EqualTo(new[] { "The Council recalled its resolution 62/14.", "It decided to continue." }));

    [Test]
    public void A_Chinese_inserted_paragraph_number_joins_its_sentence() =>
        Assert.That(Segments.Chinese("1之二. 本议定书不适用于国内事项。"), Is.EqualTo(new[] { "1之二. 本议定书不适用于国内事项。" }));

    [Test]
    public void A_lone_marker_joins_the_sentence_before_it() =>
        Assert.That(Segments.English("The meeting ended. ¹"), Is.EqualTo(new[] { "The meeting ended. ¹" }));

    [TestCase("-")]
    [TestCase("(a)")]
    [TestCase("1.")]
    [TestCase("¹")]
    [TestCase("……")]
    [TestCase("(25)")]
    [TestCase("—")]
    public void Text_of_only_a_label_or_punctuation_is_one_sentence(string text) =>
        Assert.That(Segments.English(text), Is.EqualTo(new[] { text }));

    [Test]
    public void Text_of_only_labels_is_one_sentence() =>
        Assert.That(Segments.English(" (a) 1. "), Is.EqualTo(new[] { "(a) 1." }));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n\t\u3000")]
    public void Whitespace_has_no_sentence(string text) =>
        Assert.That(Segments.Chinese(text), Is.Empty);

    [Test]
    public void Sentences_are_trimmed() =>
        Assert.That(Segments.English("  The meeting opened.   It ended.  "), Is.EqualTo(new[] { "The meeting opened.", "It ended." }));
}
