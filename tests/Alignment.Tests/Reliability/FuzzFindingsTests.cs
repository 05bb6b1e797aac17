using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Documents.Reading;

namespace Alignment.Tests.Reliability;

/// <summary>Inputs the fuzz tests found to break a stage, each pinned down once the stage was fixed.</summary>
public sealed class FuzzFindingsTests
{
    [TestCase("１２．会议开幕。")]
    [TestCase("٣. The meeting was opened.")]
    [TestCase("(１) 会议开幕。")]
    [TestCase("Article ٣ The meeting was opened.")]
    [TestCase("The meeting was opened.\n\n٣/٤\n\nIt closed.")]
    public void Digits_of_other_scripts_are_text_not_label_numbers(string text)
    {
        var document = DocumentReader.Default.Read(text, Language.Chinese, "zh.txt");

        Assert.That(document.Blocks.All(b => b.Label.IsNone), Is.True);
    }

    [Test]
    public void A_high_surrogate_without_its_low_one_is_reported_at_the_surrogate_not_after_it()
    {
        // "A", then U+D800 alone, then "A", in UTF-16LE: .NET's decoder names the unit after the surrogate.
        using var stream = new MemoryStream([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]);

        Assert.That(
            () => TextDecoder.Decode(stream, stream.Length, "zh.txt", ReaderOptions.Default),
            Throws.TypeOf<InputException>().With.Message.EqualTo("zh.txt: is not valid UTF-16LE at byte 4: it is damaged or in another encoding"));
    }

    [Test]
    public void Sentences_with_lone_surrogates_or_noncharacters_are_aligned()
    {
        // Normalising the text for numbers and names threw on these; the reader passes them through from damaged input.
        var bitext = Aligner.Default.Align(["会议于\uD800 2021 年开幕。", "会议\uFFFE闭幕。"], ["The meeting opened\uDC00 in 2021.", "It closed\uFFFF."], Language.Chinese, Language.English);

        Assert.That(bitext.Beads.Sum(b => b.Source.Count), Is.EqualTo(2));
    }

    [Test]
    public void One_long_sentence_against_many_short_ones_is_aligned()
    {
        // The band around the length diagonal jumped past its own width at the long sentence, leaving no path.
        string[] source = ["开幕。", string.Concat(Enumerable.Repeat("专家组讨论了电子证据和国际合作，", 400)) + "。", "闭幕。"];
        string[] target = [.. Enumerable.Range(1, 100).Select(i => $"Point {i} was discussed.")];

        var bitext = Aligner.Default.Align(source, target, Language.Chinese, Language.English);

        Assert.That(bitext.Beads.Sum(b => b.Target.Count), Is.EqualTo(100));
    }

    [Test]
    public void An_unpaired_target_sentence_between_two_source_skips_that_a_move_pairs_stays_outside_the_new_bead()
    {
        // Presegmented sentences, as the fuzz test made them (blank and whitespace-only ones included): the moved-text
        // pass paired source skips 0 and 1 as one bead, and target sentence 2, unpaired between them, ended up inside it.
        var (source, target) = SentenceLists("insertion-between-moved-skips.txt");

        var bitext = Aligner.Default.Align(source, target, Language.Chinese, Language.English);

        Assert.That(bitext.Beads.Sum(b => b.Target.Count), Is.EqualTo(target.Length));
    }

    [Test]
    public void A_run_of_superscript_digits_too_long_for_a_footnote_is_text()
    {
        var document = DocumentReader.Default.Read("¹²³⁴⁵⁶⁷⁸⁹⁰¹² The meeting was opened.", Language.English, "en.txt");

        Assert.That(document.Blocks.Single().Label.IsNone, Is.True);
    }

    /// <summary>A fuzz finding's two sentence lists: one sentence a line, the lists parted by a line holding ␞.</summary>
    private static (string[] Source, string[] Target) SentenceLists(string file)
    {
        var lines = File.ReadAllText(Corpus.TestData(Path.Combine("fuzz-findings", file)), System.Text.Encoding.UTF8).Split('\n');
        var separator = Array.IndexOf(lines, "\u241E");
        return (lines[..separator], lines[(separator + 1)..]);
    }
}
