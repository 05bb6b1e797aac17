using System.IO.Compression;
using System.Text;
using Alignment.Aligning;
using Alignment.Writing;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The lexicon as the aligner reads it: the bundled CC-CEDICT file read into flat tables must say what the file says,
/// and the search for its terms in running text must find what a plain longest-match search finds.
/// </summary>
public sealed class LexiconTests
{
    [Test]
    public void The_bundled_lexicon_gives_every_headword_the_glosses_its_file_gives_it()
    {
        var expected = ReadAsText(Path.Combine(AppContext.BaseDirectory, "cc-cedict.tsv.gz"));

        // Lookup takes a term for English unless it holds a character the script data knows as Han.
        var wrong = expected.Where(e => e.Key.Any(Script.IsHan) && !Lexicon.Bundled.Lookup(e.Key).SequenceEqual(e.Value)).Select(e => e.Key).Take(5).ToList();

        Assert.That(expected, Has.Count.GreaterThan(100_000));
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void The_bundled_lexicon_numbers_its_terms_in_ordinal_order_leaving_out_single_function_characters()
    {
        var expected = ReadAsText(Path.Combine(AppContext.BaseDirectory, "cc-cedict.tsv.gz")).Keys
            .Where(k => k.Length > 1 || (Script.IsHan(k[0]) && !FunctionWords.IsChineseFunctionCharacter(k[0]))).Order(StringComparer.Ordinal).ToList();

        var terms = Lexicon.Bundled.Terms;

        Assert.That(Enumerable.Range(0, terms.Count).Select(terms.Term), Is.EqualTo(expected));
    }

    [Test]
    public void A_headword_written_the_same_in_both_scripts_keeps_the_glosses_of_its_simplified_line()
    {
        // 乾 is the traditional form of 干 and a simplified headword of its own; 後 is the traditional form of two lines.
        var table = TermTable.ReadCompact("干\t乾,幹\tdry/to do\n乾\t\theaven\n后\t後\tafter\n候\t後\twait\n后面\t後面\tbehind\n");

        Assert.That(Glosses(table, "乾"), Is.EqualTo(new[] { "heaven" }));
        Assert.That(Glosses(table, "幹"), Is.EqualTo(new[] { "dry", "to do" }));
        Assert.That(Glosses(table, "後"), Is.EqualTo(new[] { "after" }));
        Assert.That(Enumerable.Range(0, table.Count).Select(t => new string(table.Term(t))), Is.EqualTo(new[] { "干", "乾", "幹", "后", "後", "候", "后面", "後面" }));
    }

    [Test]
    public void Terms_are_found_in_running_text_longest_first_as_a_plain_search_finds_them()
    {
        string[] terms = ["网络", "网络犯罪", "网络犯罪分子", "犯罪", "犯罪分子", "分子", "钓鱼", "网络钓鱼", "加密货币", "货币", "勒索软件", "软件"];
        var lexicon = Lexicon.FromPairs(terms.Select(t => KeyValuePair.Create(t, "x" + t.Length)));
        var text = "网络犯罪分子利用网络钓鱼和勒索软件索取加密货币，网络犯罪日益增多；网络犯罪分析、软件货币网。";

        var found = new List<int>();
        lexicon.Terms.Find(text, found);

        Assert.That(found.Select(lexicon.Terms.Term), Is.EqualTo(LongestFirst(terms, text)));
    }

    [Test]
    public void A_character_that_stands_as_a_word_is_found()
    {
        Assert.That(Found(["说", "说话", "云岭"], "我说去云岭。"), Is.EqualTo(new[] { "说", "云岭" }));
    }

    [Test]
    public void A_character_inside_a_longer_term_is_not_found_on_its_own()
    {
        Assert.That(Found(["说", "说话"], "他说话很快。"), Is.EqualTo(new[] { "说话" }));
    }

    [Test]
    public void A_character_that_ends_a_term_with_the_character_before_it_is_not_found()
    {
        // 大学 is matched first, and 生 then stands after 学, with which it makes 学生.
        Assert.That(Found(["大学", "学生", "生"], "大学生来了。"), Is.EqualTo(new[] { "大学" }));
    }

    [Test]
    public void A_function_character_is_not_a_term()
    {
        Assert.That(Found(["的", "书"], "我的书。"), Is.EqualTo(new[] { "书" }));
    }

    private static string[] Found(string[] terms, string text)
    {
        var lexicon = Lexicon.FromPairs(terms.Select(t => KeyValuePair.Create(t, "x")));
        var found = new List<int>();
        lexicon.Terms.Find(text, found);
        return [.. found.Select(lexicon.Terms.Term)];
    }

    private static string[] Glosses(TermTable table, string term) => table.Glosses(table.Find(term));

    /// <summary>Left to right, the longest term that starts at each position, as the aligner has always searched.</summary>
    private static List<string> LongestFirst(string[] terms, string text)
    {
        var found = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var longest = terms.Where(t => string.CompareOrdinal(text, i, t, 0, t.Length) == 0).MaxBy(t => t.Length);
            if (longest is not null)
            {
                found.Add(longest);
            }

            i += longest?.Length ?? 1;
        }

        return found;
    }

    /// <summary>The file read line by line into a dictionary, as the lexicon was read before it had tables of its own.</summary>
    private static Dictionary<string, string[]> ReadAsText(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        var translations = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                continue;
            }

            var glosses = fields[2].Split('/', StringSplitOptions.RemoveEmptyEntries);
            translations[fields[0]] = glosses;
            foreach (var traditional in fields[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                translations.TryAdd(traditional, glosses);
            }
        }

        return translations;
    }
}
