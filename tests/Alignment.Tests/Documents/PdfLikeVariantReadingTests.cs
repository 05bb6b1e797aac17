using System.Text;
using Alignment.Documents;
using Alignment.Tests.Variants;

namespace Alignment.Tests.Documents;

/// <summary>Reading a PDF-like layout of the bundled report gives exactly the blocks of the clean file.</summary>
public sealed class PdfLikeVariantReadingTests
{
    private static readonly Lazy<Document> CleanChinese = new(() => DocumentReader.Default.Read(Corpus.ChineseText, Language.Chinese, "zh.txt"));
    private static readonly Lazy<Document> CleanEnglish = new(() => DocumentReader.Default.Read(Corpus.EnglishText, Language.English, "en.txt"));

    [TestCase(30, 1, 24)]
    [TestCase(30, 2, 16)]
    [TestCase(45, 3, 20)]
    [TestCase(45, 4, 12)]
    [TestCase(80, 5, 12)]
    [TestCase(80, 6, 24)]
    public void Chinese_variant_reads_into_the_same_blocks_as_the_clean_file(int width, int seed, int linesPerPage) =>
        AssertSameBlocks(CleanChinese.Value, Variant(Corpus.ChineseText, Language.Chinese, width, seed, linesPerPage), Language.Chinese);

    [TestCase(60, 1)]
    [TestCase(60, 2)]
    [TestCase(80, 3)]
    [TestCase(80, 4)]
    [TestCase(110, 5)]
    [TestCase(110, 6)]
    public void English_variant_reads_into_the_same_blocks_as_the_clean_file(int width, int seed) =>
        AssertSameBlocks(CleanEnglish.Value, Variant(Corpus.EnglishText, Language.English, width, seed, 24), Language.English);

    /// <summary>A broader sweep: narrow to wide pages, short to long pages, every option on and off.</summary>
    public static IEnumerable<TestCaseData> ManyLayouts()
    {
        foreach (var (language, widths) in new[] { ("zh", new[] { 20, 35, 50, 65, 100 }), ("en", new[] { 35, 50, 70, 90, 130 }) })
        {
            foreach (var width in widths)
            {
                for (var seed = 20; seed < 24; seed++)
                {
                    yield return new TestCaseData(language, width, seed).SetArgDisplayNames(language, $"width {width}", $"seed {seed}");
                }
            }
        }
    }

    [TestCaseSource(nameof(ManyLayouts))]
    public void Variants_of_any_layout_read_into_the_same_blocks(string code, int width, int seed)
    {
        var language = code == "zh" ? Language.Chinese : Language.English;
        var options = new PdfLikeOptions(width, seed)
        {
            LinesPerPage = 4 + (seed * width % 30),
            CrLf = width % 2 == 0,
            ByteOrderMark = seed % 2 == 0,
            Indent = seed % 3 != 0,
        };
        var clean = language.IsChinese ? CleanChinese.Value : CleanEnglish.Value;
        var variant = PdfLikeVariant.Generate(language.IsChinese ? Corpus.ChineseText : Corpus.EnglishText, language, options);
        AssertSameBlocks(clean, DocumentReader.Default.Read(variant.Text, language, "variant"), language);
    }

    [Test]
    public void A_variant_file_with_BOM_and_CRLF_reads_like_the_clean_file()
    {
        var variant = PdfLikeVariant.Generate(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(40, 7) { CrLf = true, ByteOrderMark = true });
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"variant-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(variant.Text));
        try
        {
            var document = DocumentReader.Default.ReadFile(path);
            Assert.That(document.Language, Is.EqualTo(Language.Chinese));
            AssertSameBlocks(CleanChinese.Value, document, Language.Chinese);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Page_furniture_of_a_Chinese_variant_is_removed_page_by_page() =>
        AssertFurnitureRemoved(Corpus.ChineseText, Language.Chinese, new PdfLikeOptions(30, 8));

    [Test]
    public void Page_furniture_of_an_English_variant_is_removed_page_by_page() =>
        AssertFurnitureRemoved(Corpus.EnglishText, Language.English, new PdfLikeOptions(60, 9));

    private static void AssertFurnitureRemoved(string clean, Language language, PdfLikeOptions options)
    {
        var variant = PdfLikeVariant.Generate(clean, language, options);
        var removed = DocumentReader.Default.Read(variant.Text, language, "variant").RemovedLines;

        Assert.That(removed.Count(r => r.Reason == RemovalReason.DocumentSymbol), Is.EqualTo(variant.Pages), "one running header per page");
        Assert.That(removed.Count(r => r.Text.StartsWith(options.JobNumber, StringComparison.Ordinal)), Is.EqualTo(variant.Pages), "one job number per page");
        Assert.That(removed.Select(r => r.Reason), Does.Contain(RemovalReason.PageNumber));
        Assert.That(removed.Select(r => r.Text), Does.Contain("*2102475*"), "the barcode on the first page");
    }

    private static Document Variant(string clean, Language language, int width, int seed, int linesPerPage)
    {
        var options = new PdfLikeOptions(width, seed) { LinesPerPage = linesPerPage, CrLf = seed % 2 == 0 };
        var variant = PdfLikeVariant.Generate(clean, language, options);
        Assert.That(variant.SplitParagraphs, Is.Positive, "the variant must split a paragraph across pages to test the repair");
        return DocumentReader.Default.Read(variant.Text, language, "variant");
    }

    private static void AssertSameBlocks(Document clean, Document variant, Language language)
    {
        static string Describe(Block b) => $"{CorpusOutline.Row(b)}: {b.Text}";

        Assert.That(variant.Language, Is.EqualTo(language));
        Assert.That(
            variant.Blocks.Where(b => b.Kind != BlockKind.Footnote).Select(Describe),
            Is.EqualTo(clean.Blocks.Where(b => b.Kind != BlockKind.Footnote).Select(Describe)));
        Assert.That(
            variant.Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(Describe),
            Is.EquivalentTo(clean.Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(Describe)));
    }
}
