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
    public void A_run_of_superscript_digits_too_long_for_a_footnote_is_text()
    {
        var document = DocumentReader.Default.Read("¹²³⁴⁵⁶⁷⁸⁹⁰¹² The meeting was opened.", Language.English, "en.txt");

        Assert.That(document.Blocks.Single().Label.IsNone, Is.True);
    }
}
