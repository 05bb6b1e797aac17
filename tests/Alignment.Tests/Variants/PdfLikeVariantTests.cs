using System.Text.RegularExpressions;
using Alignment.Documents;

namespace Alignment.Tests.Variants;

/// <summary>The generator itself: what a PDF-like variant looks like.</summary>
public sealed partial class PdfLikeVariantTests
{
    [Test]
    public void The_same_seed_gives_the_same_variant()
    {
        var first = PdfLikeVariant.Generate(Corpus.EnglishText, Language.English, new PdfLikeOptions(70, 42));
        var second = PdfLikeVariant.Generate(Corpus.EnglishText, Language.English, new PdfLikeOptions(70, 42));
        Assert.That(second.Text, Is.EqualTo(first.Text));
    }

    [Test]
    public void Different_seeds_give_different_layouts()
    {
        var first = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(40, 1));
        var second = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(40, 2));
        Assert.That(second.Text, Is.Not.EqualTo(first.Text));
    }

    [TestCase(30)]
    [TestCase(60)]
    public void Chinese_lines_fit_the_width_unless_a_Latin_run_is_longer(int width)
    {
        var variant = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(width, 3) { Indent = false });
        var tooLong = Lines(variant).Where(l => l.Length > width && !LongLatinRun().IsMatch(l));
        Assert.That(tooLong, Is.Empty);
    }

    [Test]
    public void Chinese_lines_never_break_inside_a_run_of_Latin_letters_or_digits()
    {
        var variant = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(20, 4) { Indent = false });
        var runs = LatinRun().Matches(Corpus.ChineseText).Select(m => m.Value).Where(r => r.Length <= 20).ToHashSet();
        var pieces = Lines(variant).SelectMany(l => LatinRun().Matches(l).Select(m => m.Value)).ToHashSet();
        Assert.That(runs.Except(pieces), Is.Empty, "every Latin run of the clean text appears whole in some line");
    }

    [Test]
    public void English_lines_fit_the_width_and_some_end_in_a_hyphen()
    {
        var variant = PdfLikeVariant.Generate(Corpus.EnglishText, Language.English, new PdfLikeOptions(60, 5) { Indent = false });
        Assert.That(Lines(variant).Where(l => l.Length > 60 && l.Contains(' ')), Is.Empty);
        Assert.That(variant.CompoundBreaks, Is.Positive);
        Assert.That(variant.SyllableBreaks, Is.Positive);
    }

    [Test]
    public void Every_page_carries_the_symbol_as_header_and_a_job_number_in_its_footer()
    {
        var variant = PdfLikeVariant.Generate(Corpus.EnglishText, Language.English, new PdfLikeOptions(80, 6));
        var lines = Lines(variant);
        Assert.That(variant.Pages, Is.GreaterThan(5));
        Assert.That(lines.Count(l => l == "UNODC/CCPCJ/EG.4/2021/2"), Is.EqualTo(variant.Pages));
        Assert.That(lines.Count(l => l.StartsWith("V.21-02475", StringComparison.Ordinal)), Is.EqualTo(variant.Pages));
    }

    [Test]
    public void Footnotes_move_to_the_foot_of_the_page_that_refers_to_them()
    {
        var variant = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(30, 7));
        var lines = Lines(variant);
        var reference = lines.FindIndex(l => l.Contains("电子证据²和刑事司法", StringComparison.Ordinal));
        var footnote = lines.FindIndex(l => l.StartsWith("² ", StringComparison.Ordinal));
        var nextHeader = lines.FindIndex(reference, l => l == "UNODC/CCPCJ/EG.4/2021/2");
        Assert.That(variant.MovedFootnotes, Is.EqualTo(2));
        Assert.That(footnote, Is.GreaterThan(reference).And.LessThan(nextHeader));
    }

    [Test]
    public void Line_ends_and_byte_order_mark_follow_the_options()
    {
        var variant = PdfLikeVariant.Generate(Corpus.EnglishText, Language.English, new PdfLikeOptions(80, 8) { CrLf = true, ByteOrderMark = true });
        Assert.That(variant.Text, Does.StartWith("\uFEFF"));
        Assert.That(variant.Text.Replace("\r\n", string.Empty), Does.Not.Contain('\n'));
    }

    [Test]
    public void Chinese_paragraphs_may_be_indented_with_full_width_spaces()
    {
        var variant = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(40, 9));
        Assert.That(Lines(variant), Has.Some.StartsWith("\u3000\u3000"));
    }

    private static List<string> Lines(PdfLikeVariant variant) => [.. variant.Text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n')];

    [GeneratedRegex(@"[\x21-\x7E\u00C0-\u024F]+")]
    private static partial Regex LatinRun();

    [GeneratedRegex(@"[\x21-\x7E]{20,}")]
    private static partial Regex LongLatinRun();
}
