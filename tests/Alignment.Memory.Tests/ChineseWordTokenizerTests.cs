using System.Text;
using Alignment.Memory.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Tests;

public sealed class ChineseWordTokenizerTests
{
    [Test]
    public void The_pinned_SmartCn_lends_its_dictionaries()
    {
        // Without them the tokenizer is SmartCn's own, and every comparison below would hold trivially.
        Assert.That(SmartCnLexicon.Instance, Is.Not.Null, SmartCnLexicon.Unavailable);
    }

    [Test]
    public void The_lexicons_self_check_passes_the_pinned_SmartCns_dictionaries()
    {
        Assert.That(SmartCnLexicon.SegmentsAsSmartCn(SmartCnLexicon.Instance!, "电子证据和刑事司法"), Is.True);
    }

    [Test]
    public void The_lexicons_self_check_refuses_dictionaries_that_segment_otherwise()
    {
        // A lexicon that knows no word cuts 电子证据 into characters where SmartCn finds 电子 | 证据.
        var empty = new SmartCnLexicon(new FlatLongMap(new Dictionary<long, int>()), [-1], new FlatLongMap(new Dictionary<long, int>()));

        Assert.That(SmartCnLexicon.SegmentsAsSmartCn(empty, "电子证据和刑事司法"), Is.False);
    }

    [TestCase("zh.txt")]
    [TestCase("en.txt")]
    public void Every_line_of_the_report_gets_SmartCns_words_offsets_and_types(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusUnits.Directory, file));

        var differing = lines.Where(line => !Words(new ChineseWordTokenizer(Reader(line))).SequenceEqual(Words(new HMMChineseTokenizer(Reader(line))))).ToList();

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void The_whole_report_as_one_text_gets_SmartCns_words()
    {
        // Far longer than the tokenizer's buffer, so sentences are read across refills.
        var text = File.ReadAllText(Path.Combine(CorpusUnits.Directory, "zh.txt"));

        Assert.That(Words(new ChineseWordTokenizer(Reader(text))), Is.EqualTo(Words(new HMMChineseTokenizer(Reader(text)))));
    }

    [Test]
    public void Mixed_script_text_gets_SmartCns_words()
    {
        var differing = MixedTexts(count: 2_000).Where(text => !Words(new ChineseWordTokenizer(Reader(text))).SequenceEqual(Words(new HMMChineseTokenizer(Reader(text))))).ToList();

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void Full_width_letters_come_out_half_width_and_lower_case()
    {
        Assert.That(Terms("ＵＮＯＤＣ报告"), Is.EqualTo(new[] { "unodc", "报告" }));
    }

    [Test]
    public void Every_delimiter_comes_out_as_a_comma()
    {
        Assert.That(Terms("证据；（证据）"), Is.EqualTo(new[] { "证据", ",", ",", "证据", "," }));
    }

    [Test]
    public void A_word_broken_by_a_line_join_keeps_the_space_inside_its_offsets()
    {
        Assert.That(Words(new ChineseWordTokenizer(Reader("电子 证据"))), Has.Member("证据|3-5|word|1").And.Member("电子|0-2|word|1"));
    }

    private static string[] Terms(string text) =>
        [.. Words(new ChineseWordTokenizer(Reader(text))).SkipLast(1).Select(word => word[..word.IndexOf('|', StringComparison.Ordinal)])];

    private static StringReader Reader(string text) => new(text);

    // Each word as term|start-end|type|increment, then where the stream ended.
    private static List<string> Words(Tokenizer tokenizer)
    {
        using (tokenizer)
        {
            var term = tokenizer.AddAttribute<ICharTermAttribute>();
            var offset = tokenizer.AddAttribute<IOffsetAttribute>();
            var type = tokenizer.AddAttribute<ITypeAttribute>();
            var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
            var words = new List<string>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                words.Add($"{term}|{offset.StartOffset}-{offset.EndOffset}|{type.Type}|{increment.PositionIncrement}");
            }

            tokenizer.End();
            words.Add($"end {offset.EndOffset}");
            return words;
        }
    }

    // Report text cut with every kind of character SmartCn tells apart: spaces of each kind, half- and full-width
    // letters and digits, Chinese and Latin punctuation, other scripts and astral characters; every fiftieth text is
    // longer than the tokenizer's buffer.
    private static IEnumerable<string> MixedTexts(int count)
    {
        var report = File.ReadAllText(Path.Combine(CorpusUnits.Directory, "zh.txt"));
        const string Others = " \u3000\t\n\raAzZ09０９ＡＺａｚ,.;:!?()[]、。，；：！？（）《》“”—-–_/\\@#%&*+=éßΩж€©®°±×÷\u00A0\u2028～︰｣､😀";
        var random = new Random(20261129);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, i % 50 == 0 ? 3_000 : 120);
            for (var k = 0; k < length; k++)
            {
                var kind = random.Next(10);
                text.Append(kind < 6 ? report[random.Next(report.Length)] : kind < 7 ? (char)random.Next(0x4E00, 0x9FA6) : Others[random.Next(Others.Length)]);
            }

            yield return text.ToString();
        }
    }
}
