using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Aligning;

/// <summary>
/// A Chinese–English dictionary or glossary that the aligner uses as lexical evidence: a bead whose two sides
/// contain a term and its translation is more likely right. Load CC-CEDICT files or two-column CSV/TSV glossaries.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(IReadOnlyList<KeyValuePair<string, string>> entries) => Entries = entries;

    /// <summary>The lexicon with no entries: alignment then rests on length, numbers and names alone.</summary>
    public static Lexicon Empty { get; } = new([]);

    /// <summary>The entries as (Chinese term, English term) pairs; a Chinese term may appear with several translations.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    /// <summary>Number of (Chinese, English) pairs.</summary>
    public int Count => Entries.Count;

    /// <summary>Builds a lexicon from (Chinese term, English term) pairs; blank or one-sided pairs are skipped.</summary>
    public static Lexicon FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var entries = pairs
            .Select(p => KeyValuePair.Create(p.Key.Trim(), p.Value.Trim()))
            .Where(p => p.Key.Length > 0 && p.Value.Length > 0)
            .Distinct()
            .ToArray();
        return new Lexicon(entries);
    }

    /// <summary>
    /// Loads a CC-CEDICT file (<c>傳統 传统 [chuan2 tong3] /tradition/traditional/</c>) or a two-column CSV or TSV glossary.
    /// In a glossary, the column that holds Chinese is found by its script, so either order works; a header row is allowed.
    /// </summary>
    /// <exception cref="InputException">The file is missing, empty, or in neither format.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "does not exist");
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var content = lines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        if (content.Count == 0)
        {
            throw new InputException(path, "is empty: a lexicon needs at least one term pair");
        }

        var lexicon = content.Count(IsCedictLine) * 2 > content.Count ? FromPairs(ReadCedict(content)) : FromPairs(ReadTable(path, lines));
        return lexicon.Count > 0 ? lexicon
            : throw new InputException(path, "holds no Chinese–English term pair (expected CC-CEDICT lines or two columns: Chinese, English)");
    }

    private static bool IsCedictLine(string line) => line.Contains(" [", StringComparison.Ordinal) && line.TrimEnd().EndsWith('/');

    private static IEnumerable<KeyValuePair<string, string>> ReadCedict(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var bracket = line.IndexOf(" [", StringComparison.Ordinal);
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var heads = bracket > 0 ? line[..bracket].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (heads.Length < 2 || slash < 0)
            {
                continue;
            }

            var simplified = heads[1];
            foreach (var gloss in line[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var cleaned = CleanGloss(gloss);
                if (cleaned.Length > 0)
                {
                    yield return KeyValuePair.Create(simplified, cleaned);
                }
            }
        }
    }

    /// <summary>Turns a CEDICT gloss into a phrase that can occur in running English, or empty when it cannot.</summary>
    private static string CleanGloss(string gloss)
    {
        var text = gloss.Trim();
        if (text.StartsWith("CL:", StringComparison.Ordinal) || text.Contains("variant of", StringComparison.Ordinal)
            || text.StartsWith("see ", StringComparison.Ordinal) || text.StartsWith("surname ", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c != ')')
            {
                builder.Append(c);
            }
        }

        var phrase = builder.ToString().Trim();
        if (phrase.StartsWith("to ", StringComparison.Ordinal))
        {
            phrase = phrase[3..];
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\''))
            ? string.Join(' ', words)
            : string.Empty;
    }

    private static List<KeyValuePair<string, string>> ReadTable(string path, string[] lines)
    {
        var delimiter = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Contains('\t', StringComparison.Ordinal) == true ? "\t" : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            Mode = delimiter == "\t" ? CsvMode.NoEscape : CsvMode.RFC4180,
            AllowComments = true,
            Comment = '#',
        };
        var pairs = new List<KeyValuePair<string, string>>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        while (csv.Read())
        {
            if (csv.Parser.Count < 2)
            {
                continue;
            }

            var (first, second) = (csv.GetField(0) ?? string.Empty, csv.GetField(1) ?? string.Empty);
            if (first.Any(Script.IsHan) && !second.Any(Script.IsHan))
            {
                pairs.Add(KeyValuePair.Create(first, second));
            }
            else if (second.Any(Script.IsHan) && !first.Any(Script.IsHan))
            {
                pairs.Add(KeyValuePair.Create(second, first));
            }
        }

        return pairs;
    }
}
