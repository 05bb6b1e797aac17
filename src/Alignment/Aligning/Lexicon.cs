using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alignment.Aligning;

/// <summary>
/// A Chinese–English dictionary or glossary that the aligner uses as lexical evidence: a bead whose two sides
/// contain a term and its translation is more likely right, a term pair seeds the translation model the aligner
/// teaches itself, and shared terms guide its coarse search. Load CC-CEDICT files or two-column CSV/TSV glossaries,
/// or use <see cref="Bundled"/>. Immutable and thread-safe.
/// </summary>
public sealed class Lexicon
{
    /// <summary>The file (terms, glosses and the characters' readings) the Alignment.Lexicon.CcCedict package copies next to the application.</summary>
    private const string BundledFileName = "cc-cedict.lexicon";

    private static readonly Lazy<Lexicon> BundledLexicon = new(LoadBundled);

    private readonly TermTable table;
    private readonly Lazy<Dictionary<string, string[]>> chineseByEnglish;
    private readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> entries;
    private readonly Lazy<ChineseTerms> chineseTerms;

    private Lexicon(TermTable table, HanReadings readings)
    {
        this.table = table;
        Readings = readings;
        entries = new(() => [.. Enumerable.Range(0, table.Count).SelectMany(t => table.Glosses(t).Select(e => KeyValuePair.Create(new string(table.Term(t)), e)))]);
        chineseByEnglish = new(() => Entries
            .Select(e => (English: EnglishKey(e.Value), Chinese: e.Key))
            .GroupBy(p => p.English, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Chinese).Distinct().ToArray(), StringComparer.Ordinal));
        chineseTerms = new(() => new ChineseTerms(table));
    }

    /// <summary>The lexicon with no entries: alignment then rests on length, numbers and names alone.</summary>
    public static Lexicon Empty { get; } = new(TermTable.Empty, HanReadings.Empty);

    /// <summary>
    /// CC-CEDICT, when the application references the Alignment.Lexicon.CcCedict package (which puts the dictionary
    /// next to it, under CC BY-SA 4.0); <see cref="Empty"/> otherwise. Read once, on first use.
    /// </summary>
    public static Lexicon Bundled => BundledLexicon.Value;

    /// <summary>The entries as (Chinese term, English term) pairs; a Chinese term may appear with several translations.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries => entries.Value;

    /// <summary>Number of (Chinese, English) pairs.</summary>
    public int Count => Entries.Count;

    /// <summary>True when the lexicon has no entry.</summary>
    public bool IsEmpty => table.Count == 0;

    /// <summary>
    /// The translations of <paramref name="term"/>: the English equivalents of a Chinese term (simplified or
    /// traditional), or the Chinese terms an English term translates (matched as <see cref="Lexicon"/> matches
    /// running text: case and plurals folded); empty when the lexicon does not know it.
    /// </summary>
    public IReadOnlyList<string> Lookup(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var key = term.Trim();
        if (key.Any(Script.IsHan))
        {
            return table.Find(key) is var entry and >= 0 ? table.Glosses(entry) : [];
        }

        return chineseByEnglish.Value.TryGetValue(EnglishKey(key), out var chinese) ? chinese : [];
    }

    /// <summary>
    /// The readings of a Han character in pinyin, lower case and without tones (<c>长</c> → <c>chang</c>, <c>zhang</c>;
    /// <c>ü</c> written <c>u</c>): what a name written in pinyin spells (<c>Li Xiuying</c> for <c>李秀英</c>). Empty when
    /// the character has none or the lexicon carries no readings: only <see cref="Bundled"/> does.
    /// </summary>
    public IReadOnlyList<string> ReadingsOf(char character) => Readings.Of(character);

    /// <summary>This lexicon with the entries of <paramref name="other"/> added.</summary>
    public Lexicon With(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.IsEmpty ? this : IsEmpty ? other : new(FromPairs(Entries.Concat(other.Entries)).table, Readings.IsEmpty ? other.Readings : Readings);
    }

    /// <summary>Builds a lexicon from (Chinese term, English term) pairs; blank or one-sided pairs are skipped.</summary>
    public static Lexicon FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var translations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (chinese, english) in pairs)
        {
            var (key, value) = (chinese.Trim(), english.Trim());
            if (key.Length == 0 || value.Length == 0)
            {
                continue;
            }

            if (!translations.TryGetValue(key, out var list))
            {
                translations[key] = list = [];
            }

            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }
        }

        return new Lexicon(TermTable.From(translations), HanReadings.Empty);
    }

    /// <summary>
    /// True for a general dictionary, which translates most of the words of any text, as CC-CEDICT's 120,000 terms do;
    /// false for a glossary of a field's terms.
    /// </summary>
    internal bool IsGeneral => table.Count >= GeneralDictionaryTerms;

    /// <summary>Terms from which a lexicon is taken for a general dictionary: the largest glossaries of a field hold a few thousand.</summary>
    private const int GeneralDictionaryTerms = 20_000;

    /// <summary>The pinyin readings of characters, with which names written in pinyin are found; empty unless bundled.</summary>
    internal HanReadings Readings { get; }

    /// <summary>The Chinese terms as the matcher searches running text for them.</summary>
    internal ChineseTerms Terms => chineseTerms.Value;

    /// <summary>
    /// The English translations of the Chinese term with id <paramref name="concept"/> in <see cref="Terms"/>; of a
    /// single character only its glosses of one word (说: say, speak, not tell off), since a character's phrases are
    /// the senses it takes inside longer words.
    /// </summary>
    internal string[] TranslationsOf(int concept)
    {
        var glosses = table.Glosses(Terms.Entry(concept));
        return Terms.IsCharacter(concept) ? [.. glosses.Where(g => !g.Contains(' ', StringComparison.Ordinal))] : glosses;
    }

    /// <summary>An English term as a key: its words lower-cased and stemmed as the matcher reads running text.</summary>
    internal static string EnglishKey(string english) => string.Join(' ', LexiconMatcher.Words(english));

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

    private static Lexicon LoadBundled()
    {
        var directories = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Lexicon).Assembly.Location) };
        var path = directories.Where(d => !string.IsNullOrEmpty(d)).Select(d => Path.Combine(d!, BundledFileName)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return Empty;
        }

        var (table, readings) = LexiconFile.Read(path);
        return new(table, readings);
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
