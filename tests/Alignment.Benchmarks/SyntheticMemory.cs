using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Benchmarks;

/// <summary>
/// A deterministic synthetic translation memory with the report's real vocabulary: the numbered paragraphs of the
/// bundled pair are paired by label, cut into clauses at ，；。 and , ; . , Chinese and English clauses of a pair are
/// matched by relative position, and units are recombined from one to four clause pairs with a seeded RNG
/// (after each clause, the next one of its paragraph or, more often, a clause from elsewhere), so the same seed and count
/// always give the same units.
/// </summary>
internal static partial class SyntheticMemory
{
    public const int UnitsPerDocument = 1000;

    // Units of two or three clauses are the most common, as sentences are; single clauses repeat too often to be many.
    private static readonly int[] Lengths = [1, 2, 2, 2, 2, 3, 3, 3, 3, 4];

    private static readonly DateTimeOffset Epoch = new(2021, 4, 19, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The clause pairs of the report, paragraph by paragraph.</summary>
    public static IReadOnlyList<(string Zh, string En)[]> Paragraphs(string corpusDirectory)
    {
        var chinese = NumberedParagraphs(Path.Combine(corpusDirectory, "zh.txt"));
        var english = NumberedParagraphs(Path.Combine(corpusDirectory, "en.txt")).ToDictionary(p => p.Key, p => p.Text);
        var paragraphs = new List<(string, string)[]>();
        foreach (var (key, zh) in chinese)
        {
            if (!english.TryGetValue(key, out var en))
            {
                continue;
            }

            var zhClauses = ChineseClause().Split(zh).Select(c => c.Trim()).Where(c => c.Length > 1).ToArray();
            var enClauses = EnglishClause().Split(en).Select(c => c.Trim().TrimEnd('.', ',', ';')).Where(c => c.Length > 1).ToArray();
            if (zhClauses.Length == 0 || enClauses.Length == 0)
            {
                continue;
            }

            // Clause i of n Chinese clauses takes the English clauses at the same relative place.
            paragraphs.Add([.. zhClauses.Select((clause, i) =>
            {
                var from = i * enClauses.Length / zhClauses.Length;
                var to = Math.Max(from + 1, (i + 1) * enClauses.Length / zhClauses.Length);
                return (clause, string.Join(", ", enClauses[from..to]));
            })]);
        }

        return paragraphs;
    }

    /// <summary>
    /// <paramref name="count"/> distinct units made with <paramref name="seed"/>, in documents of
    /// <see cref="UnitsPerDocument"/> with their neighbours as context.
    /// </summary>
    public static List<TranslationUnit> Generate(string corpusDirectory, int count, int seed = 20210406)
    {
        var paragraphs = Paragraphs(corpusDirectory);
        var random = new Random(seed);
        var texts = new (string Zh, string En, int Paragraph)[count];
        var distinct = new HashSet<string>(count, StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var paragraph = random.Next(paragraphs.Count);
            var clause = random.Next(paragraphs[paragraph].Length);
            var length = Lengths[random.Next(Lengths.Length)];
            var zh = new StringBuilder();
            var en = new StringBuilder();
            for (var c = 0; c < length; c++)
            {
                if (c > 0)
                {
                    zh.Append('，');
                    en.Append(", ");
                    var next = clause + 1;
                    if (next >= paragraphs[paragraph].Length || random.NextDouble() < 0.6)
                    {
                        paragraph = random.Next(paragraphs.Count);
                        next = random.Next(paragraphs[paragraph].Length);
                    }

                    clause = next;
                }

                zh.Append(paragraphs[paragraph][clause].Zh);
                en.Append(paragraphs[paragraph][clause].En);
            }

            texts[k] = (zh.Append('。').ToString(), Capitalised(en.Append('.').ToString()), paragraph);
            if (!distinct.Add(texts[k].Zh + "\u0001" + texts[k].En))
            {
                // The memory stores a pair once: draw again, so that the memory holds `count` units.
                k--;
            }
        }

        var units = new List<TranslationUnit>(count);
        for (var k = 0; k < count; k++)
        {
            var document = k / UnitsPerDocument;
            var first = k % UnitsPerDocument == 0;
            var last = k % UnitsPerDocument == UnitsPerDocument - 1 || k == count - 1;
            units.Add(new TranslationUnit($"s{k}", new Segment(Language.Chinese, texts[k].Zh), new Segment(Language.English, texts[k].En))
            {
                Origin = UnitOrigin.Aligned,
                Provenance = new Provenance($"synthetic-{document:D4}.pdf", $"body › {texts[k].Paragraph}", BeadType.OneToOne, 0.3 + (0.7 * ((k * 7919) % 1000) / 1000.0)),
                Created = Epoch.AddSeconds(k),
                PreviousSource = first ? string.Empty : texts[k - 1].Zh,
                NextSource = last ? string.Empty : texts[k + 1].Zh,
            });
        }

        return units;
    }

    /// <summary>
    /// Lookup texts as a translator would meet them: stored sentences with a character or word dropped, a number
    /// changed, a clause cut off, or unchanged. Deterministic for a given seed.
    /// </summary>
    public static List<string> FuzzyQueries(IReadOnlyList<TranslationUnit> units, int count, bool english, int seed = 7)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var unit = units[random.Next(units.Count)];
            var text = english ? unit.Target.Text : unit.Source.Text;
            var cut = Math.Max(1, text.Length / 12);
            var at = random.Next(Math.Max(1, text.Length - cut));
            queries.Add((i % 4) switch
            {
                0 => text,
                1 => text.Remove(at, Math.Min(cut, text.Length - at)),
                2 => Digit().Replace(text, m => ((m.Value[0] - '0' + 3) % 10).ToString(CultureInfo.InvariantCulture), 1),
                _ => text[..(text.Length * 2 / 3)],
            });
        }

        return queries;
    }

    /// <summary>Terms a terminologist would look up in this report, in both languages.</summary>
    public static IReadOnlyList<(string Phrase, Language Language)> ConcordanceQueries { get; } =
    [
        ("证据", Language.Chinese),
        ("电子证据", Language.Chinese),
        ("司法协助", Language.Chinese),
        ("网络犯罪", Language.Chinese),
        ("技术援助", Language.Chinese),
        ("能力建设", Language.Chinese),
        ("electronic evidence", Language.English),
        ("mutual legal assistance", Language.English),
        ("international cooperation", Language.English),
        ("capacity-building", Language.English),
    ];

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<(string Key, string Text)> NumberedParagraphs(string file)
    {
        var seen = new Dictionary<string, int>();
        var paragraphs = new List<(string, string)>();
        foreach (var line in File.ReadAllLines(file, Encoding.UTF8))
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

    [GeneratedRegex(@"[，；。]")]
    private static partial Regex ChineseClause();

    [GeneratedRegex(@"(?<=[^\d][,;.])\s+|[;.]$")]
    private static partial Regex EnglishClause();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
