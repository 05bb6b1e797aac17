using System.Text.RegularExpressions;
using Alignment.Tests.Documents.Files;

namespace Alignment.Tests.Documents;

/// <summary>
/// Every corpus pair hard-wrapped without pages (tests/Fixtures/make-wrapped.py): English as <c>fold -s -w 72</c> wraps
/// it, with a blank line between paragraphs, and greedily at 76 with indented first lines and CRLF; Chinese cut every 34
/// characters, and wrapped at 76 display columns with indented first lines.
/// </summary>
/// <remarks>
/// The texts hold hyperlink residue a copy from a web page leaves (<c>[text](#)</c>), which the reader cleans to its text
/// also where a wrap broke it over two lines: its marks are not text.
/// </remarks>
public sealed partial class WrappedTextFileTests
{
    private static readonly string[] Corpora = ["diary", "essay", "feature", "fiction", "financial", "interview", "letter", "news", "speeches", "story", "unodc"];

    private static IEnumerable<TestCaseData> Files() =>
        from corpus in Corpora
        from variant in new[] { "fold72", "wrap76-indent-crlf" }
        from language in new[] { "zh", "en" }
        let file = $"Wrapped/{corpus}.{variant}.{language}.txt"
        select new TestCaseData(file, language).SetArgDisplayNames(file);

    [TestCaseSource(nameof(Files))]
    public void No_text_is_lost(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);
        var kept = read.Sentences.Select(s => s.Text)
            .Concat(read.Document.Blocks.Select(b => b.Label.Written))
            .Concat(read.Document.RemovedLines.Select(r => r.Text));
        var source = LinkResidue().Replace(File.ReadAllText(DocumentFixtures.PathOf(file)), "${text}");

        Assert.That(read.Language.Code, Is.EqualTo(language));
        Assert.That(DocumentFixtures.Characters(kept), Is.EqualTo(DocumentFixtures.Characters([source])));
    }

    [GeneratedRegex(@"\[(?<text>[^\[\]]+)\]\((?:#[^)\s]*|https?://[^)\s]*)\)")]
    private static partial Regex LinkResidue();
}
