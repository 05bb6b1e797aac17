using System.Text;
using System.Text.RegularExpressions;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>
/// Translation units made from the bundled report pair without the aligner: numbered paragraphs are paired by their
/// label (the n-th "12." in Chinese with the n-th "12." in English), then split crudely at sentence punctuation.
/// Paragraphs whose sentence counts differ become one unit. Labels are left out of the units, as the aligner does.
/// </summary>
internal static partial class CorpusUnits
{
    public const string DocumentName = "UNODC/CCPCJ/EG.4/2021/2";

    private static readonly Lazy<IReadOnlyList<TranslationUnit>> Cached = new(Build);

    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "unodc-cybercrime-eg4-2021");

    /// <summary>The sentence units of the report, in document order, each with its neighbouring source sentences.</summary>
    public static IReadOnlyList<TranslationUnit> Units => Cached.Value;

    private static IReadOnlyList<TranslationUnit> Build()
    {
        var chinese = Paragraphs("zh.txt");
        var english = Paragraphs("en.txt").ToDictionary(p => p.Key, p => p.Text);
        var pairs = new List<(string Path, string Zh, string En, BeadType Bead)>();
        foreach (var (key, zh) in chinese)
        {
            if (!english.TryGetValue(key, out var en))
            {
                continue;
            }

            var zhSentences = ChineseSentence().Split(zh).Where(s => s.Length > 0).ToArray();
            var enSentences = EnglishSentence().Split(en).Where(s => s.Length > 0).ToArray();
            if (zhSentences.Length == enSentences.Length)
            {
                pairs.AddRange(zhSentences.Zip(enSentences, (z, e) => (key, z, e, BeadType.OneToOne)));
            }
            else
            {
                pairs.Add((key, zh, en, new BeadType(zhSentences.Length, enSentences.Length)));
            }
        }

        return [.. pairs.Select((pair, i) => new TranslationUnit($"u{i + 1}", new Segment(Language.Chinese, pair.Zh), new Segment(Language.English, pair.En))
        {
            Origin = UnitOrigin.Aligned,
            Provenance = new Provenance(DocumentName, pair.Path, pair.Bead, 0.9),
            Created = new DateTimeOffset(2021, 4, 19, 0, 0, 0, TimeSpan.Zero),
            PreviousSource = i > 0 ? pairs[i - 1].Zh : string.Empty,
            NextSource = i + 1 < pairs.Count ? pairs[i + 1].Zh : string.Empty,
        })];
    }

    // Numbered paragraphs keyed by label and occurrence ("12#2" is the second paragraph labelled 12).
    private static List<(string Key, string Text)> Paragraphs(string file)
    {
        var seen = new Dictionary<string, int>();
        var paragraphs = new List<(string, string)>();
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, file), Encoding.UTF8))
        {
            var match = NumberedParagraph().Match(line);
            if (match.Success)
            {
                var label = match.Groups[1].Value;
                seen[label] = seen.GetValueOrDefault(label) + 1;
                paragraphs.Add(($"{label}#{seen[label]}", match.Groups[2].Value.Trim()));
            }
        }

        return paragraphs;
    }

    [GeneratedRegex(@"^\s*(\d{1,3})\.\s+(.+)$")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"(?<=[。！？])")]
    private static partial Regex ChineseSentence();

    [GeneratedRegex(@"(?<=[a-z)][.!?])\s+(?=[A-Z])")]
    private static partial Regex EnglishSentence();
}
