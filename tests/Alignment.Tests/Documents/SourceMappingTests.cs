using Alignment.Documents;
using Alignment.Tests.Variants;

namespace Alignment.Tests.Documents;

/// <summary>Every character of a block's text points back to the original.</summary>
public sealed class SourceMappingTests
{
    public static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(Corpus.ChineseText, Language.Chinese).SetArgDisplayNames("zh.txt");
        yield return new TestCaseData(Corpus.EnglishText, Language.English).SetArgDisplayNames("en.txt");
        var zh = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(30, 11) { CrLf = true, ByteOrderMark = true });
        yield return new TestCaseData(zh.Text, Language.Chinese).SetArgDisplayNames("zh variant");
        var en = PdfLikeVariant.Generate(Corpus.EnglishText, Language.English, new PdfLikeOptions(60, 12));
        yield return new TestCaseData(en.Text, Language.English).SetArgDisplayNames("en variant");
    }

    [TestCaseSource(nameof(Documents))]
    public void Each_character_of_a_block_maps_to_the_same_character_in_the_original(string text, Language language)
    {
        var document = DocumentReader.Default.Read(text, language, "test");
        foreach (var block in document.Blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
            {
                var original = text[block.SourceOffsetOf(i)];
                if (block.Text[i] == ' ')
                {
                    Assert.That(char.IsWhiteSpace(original) || original == '\uFEFF', $"block {block.Index}, character {i}: a space comes from whitespace or a line break");
                }
                else
                {
                    Assert.That(original, Is.EqualTo(block.Text[i]), $"block {block.Index}, character {i}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void A_block_spans_its_label_and_text_in_the_original(string text, Language language)
    {
        foreach (var block in DocumentReader.Default.Read(text, language, "test").Blocks)
        {
            Assert.That(text.Substring(block.Source.Start), Does.StartWith(block.Label.IsNone ? block.Text[..1] : block.Label.Written));
            Assert.That(block.Source.End, Is.EqualTo(block.SourceOffsetOf(block.Text.Length - 1) + 1));
        }
    }

    [Test]
    public void A_space_inserted_between_wrapped_lines_maps_to_the_line_break()
    {
        var text = "1. The meeting\r\nwas opened.";
        var block = DocumentReader.Default.Read(text, Language.English, "test").Blocks[0];
        var space = block.Text.IndexOf(' ', "The meeting".Length);
        Assert.That(block.SourceOffsetOf(space), Is.EqualTo(text.IndexOf('\r')));
    }

    [Test]
    public void A_span_across_removed_furniture_maps_to_the_whole_original_stretch()
    {
        var text = "1. The meeting was\n\nV.21-02475\n\nopened.";
        var block = DocumentReader.Default.Read(text, Language.English, "test").Blocks[0];
        var span = block.MapToSource(new TextSpan(block.Text.IndexOf("was", StringComparison.Ordinal), "was opened".Length));
        Assert.That(text[span.Start..span.End], Is.EqualTo("was\n\nV.21-02475\n\nopened"));
    }

    [Test]
    public void Link_residue_is_skipped_in_the_mapping()
    {
        var text = "1. See [A/75/1](#) now.";
        var block = DocumentReader.Default.Read(text, Language.English, "test").Blocks[0];
        Assert.That(block.Text, Is.EqualTo("See A/75/1 now."));
        Assert.That(block.SourceOffsetOf(block.Text.IndexOf('A')), Is.EqualTo(text.IndexOf('A')));
        Assert.That(block.SourceOffsetOf(block.Text.IndexOf("now", StringComparison.Ordinal)), Is.EqualTo(text.IndexOf("now", StringComparison.Ordinal)));
    }

    [Test]
    public void A_document_under_another_name_keeps_its_blocks_and_where_they_came_from()
    {
        var document = DocumentReader.Default.Read(Corpus.ChineseText, Language.Chinese, "zh.txt");

        var renamed = document.WithName("second/zh.txt");

        Assert.Multiple(() =>
        {
            Assert.That(renamed.Name, Is.EqualTo("second/zh.txt"));
            Assert.That(renamed.Blocks, Is.SameAs(document.Blocks));
            Assert.That(renamed.LocationOf(500), Is.EqualTo(document.LocationOf(500)));
        });
    }
}
