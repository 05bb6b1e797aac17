using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Tests.Reliability.Fuzzing;

namespace Alignment.Tests.Reliability;

/// <summary>
/// The TMX reader on TMX written by <see cref="TmxWriter"/> and then damaged as files from a dozen tools are: tags
/// broken, cut short, entities and character references that XML forbids, languages renamed, properties with values
/// out of range, another encoding declared. Only <see cref="InputException"/> escapes, and every unit read has both
/// languages and text. Case counts and seeds: see <see cref="Fuzz"/>.
/// </summary>
public sealed partial class TmxFuzzTests
{
    private static readonly TmxReadOptions ChineseToEnglish = new(Language.Chinese, Language.English);

    private static readonly string[] ChineseSentences = Corpus.Lines("zh.sentences.txt");
    private static readonly string[] EnglishSentences = Corpus.Lines("en.sentences.txt");

    /// <summary>Memories of one to eight units, written once: the cases mutate copies of them.</summary>
    private static readonly string[] Memories = [.. Enumerable.Range(0, 24).Select(Memory)];

    /// <summary>XML that TMX files in the wild get wrong, and values this library's own properties must survive.</summary>
    private static readonly string[] XmlPieces =
    [
        "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x1F;", "&#xD800;", "&#xFFFE;", "&#1114112;", "&#99999999999;", "&bogus;",
        "&nbsp;", "<![CDATA[x]]>", "]]>", "<!-- note -->", "<?pi x?>", "<seg>", "</seg>", "<tu>", "</tu>", "<tuv xml:lang=\"zh-CN\">",
        "<tuv xml:lang=\"en\">", "</tuv>", "<bpt i=\"1\">&lt;b&gt;</bpt>", "<ept i=\"1\">", "</ept>", "<ph/>", "<it pos=\"begin\"/>",
        "<hi>", "</hi>", "<sub>", "</sub>", "<ut>", "<prop type=\"x-confidence\">", "<prop type=\"x-bead\">", "<prop type=\"x-origin\">",
        "</prop>", "<note>", "</note>", " xml:lang=\"\"", " xml:lang=\"x\"", " lang=\"EN-us\"", " xml:lang=\"zh_TW\"", " srclang=\"*all*\"",
        " tuid=\"\"", "1.5", "-0.1", "NaN", "Infinity", "1e308", "99999999999-1", "2-", "-", "20219999T999999Z", "<header/>",
        "<!DOCTYPE tmx [<!ENTITY a \"b\">]>", "&a;", "<!DOCTYPE tmx SYSTEM \"http://example.org/tmx14.dtd\">", "\uFEFF", "\0", "\u0001",
        "\uD800", "encoding=\"utf-16\"", "encoding=\"big5\"", "encoding=\"bogus\"", "version=\"2.0\"", "<tmx>", "</tmx>", "</body>",
    ];

    [Test]
    public void Reading_mutated_TMX_lets_only_input_errors_escape_and_gives_whole_units() =>
        Fuzz.Run(
            5000,
            random =>
            {
                var xml = Memories[random.Next(Memories.Length)];
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    xml = Mutate(xml, random);
                }

                return Bytes(xml, random);
            },
            bytes =>
            {
                using var stream = new MemoryStream(bytes);
                using var reader = TmxReader.Open(stream, "fuzz.tmx", ChineseToEnglish);
                var units = reader.ReadUnits().ToList();
                InvariantException.Check(reader.UnitsRead == units.Count, $"{reader.UnitsRead} units counted, {units.Count} read");
                foreach (var unit in units)
                {
                    InvariantException.Check(unit.Source.Language.Code == "zh" && unit.Target.Language.Code == "en", $"unit {unit.Id} is {unit.Source.Language}–{unit.Target.Language}");
                    InvariantException.Check(!string.IsNullOrWhiteSpace(unit.Source.Text) && !string.IsNullOrWhiteSpace(unit.Target.Text), $"unit {unit.Id} has a blank side");
                    InvariantException.Check(unit.Id.Length > 0, "a unit has no id");
                    InvariantException.Check(unit.Provenance.Confidence is >= 0 and <= 1, $"unit {unit.Id} has confidence {unit.Provenance.Confidence}");
                    InvariantException.Check(unit.Provenance.BeadType.SourceCount >= 0 && unit.Provenance.BeadType.TargetCount >= 0, $"unit {unit.Id} has bead {unit.Provenance.BeadType}");
                }
            },
            bytes => bytes,
            "tmx");

    /// <summary>
    /// One change: most keep the XML well-formed and change what it says (a language, a property's value, a segment's
    /// text, a variant or unit gone or doubled), so that the reader's handling of content is reached; the rest break it.
    /// </summary>
    private static string Mutate(string xml, Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                return ReplaceOne(xml, LanguageAttribute(), random, m => $"xml:lang=\"{Languages[random.Next(Languages.Length)]}\"");
            case 1:
                return ReplaceOne(xml, PropertyValue(), random, m => m.Groups["open"].Value + PropertyValues[random.Next(PropertyValues.Length)] + "</prop>");
            case 2:
                return ReplaceOne(xml, SegmentText(), random, m => "<seg>" + SecurityElement.Escape(TextMutator.Mutate(m.Groups["text"].Value, random, 3)) + "</seg>");
            case 3:
                return ReplaceOne(xml, Element(), random, m => string.Empty);
            case 4:
                return ReplaceOne(xml, Element(), random, m => m.Value + m.Value);
            case 5:
                return TextMutator.Mutate(xml, random, 1);
            default:
                return xml.Insert(random.Next(xml.Length + 1), XmlPieces[random.Next(XmlPieces.Length)]);
        }
    }

    private static string ReplaceOne(string xml, Regex pattern, Random random, Func<Match, string> with)
    {
        var matches = pattern.Matches(xml);
        if (matches.Count == 0)
        {
            return xml;
        }

        var match = matches[random.Next(matches.Count)];
        return string.Concat(xml.AsSpan(0, match.Index), with(match), xml.AsSpan(match.Index + match.Length));
    }

    private static readonly string[] Languages = ["zh", "ZH-cn", "zh_TW", "zh-Hans-CN", "en-US", "EN", "en-GB", "fr", "", " ", "x", "123", "i-klingon", "*all*", "zh-CN-x-private-extended"];

    private static readonly string[] PropertyValues = ["1.5", "-0.1", "NaN", "Infinity", "1e308", "0.5", "99999999999-1", "2-", "-3-1", "", "aligned", "imported", "other", "body › 1"];

    [GeneratedRegex("xml:lang=\"[^\"]*\"")]
    private static partial Regex LanguageAttribute();

    [GeneratedRegex("(?<open><prop type=\"[^\"]*\">)[^<]*</prop>")]
    private static partial Regex PropertyValue();

    [GeneratedRegex("<seg>(?<text>[^<]*)</seg>")]
    private static partial Regex SegmentText();

    [GeneratedRegex("<(?<name>tuv|prop|seg|note|tu)\\b[^>]*>.*?</\\k<name>>", RegexOptions.Singleline)]
    private static partial Regex Element();

    /// <summary>Usually UTF-8 as written; now and then UTF-16 as Trados writes, or with bytes flipped.</summary>
    private static byte[] Bytes(string xml, Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml.Replace("utf-8", "utf-16"))];
            case 1:
                var bytes = Encoding.UTF8.GetBytes(xml);
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            default:
                return Encoding.UTF8.GetBytes(xml);
        }
    }

    private static string Memory(int seed)
    {
        var random = new Random(-1 - seed);
        var units = new List<TranslationUnit>();
        for (var i = random.Next(1, 9); i > 0; i--)
        {
            var k = random.Next(Math.Min(ChineseSentences.Length, EnglishSentences.Length));
            var unit = new TranslationUnit($"u{k}", new Segment(Language.Chinese, ChineseSentences[k]), new Segment(Language.English, EnglishSentences[k]))
            {
                Created = new DateTimeOffset(2021, 4, 6, 9, 30, 15, TimeSpan.Zero),
            };
            if (random.Next(2) == 0)
            {
                unit = unit with
                {
                    Origin = UnitOrigin.Aligned,
                    Provenance = new Provenance("zh.txt", $"body › {k}", new BeadType(1, random.Next(0, 3)), random.NextDouble()),
                    PreviousSource = k > 0 ? ChineseSentences[k - 1] : string.Empty,
                    Notes = ["checked"],
                    Properties = [new("client", "UNODC")],
                };
            }

            units.Add(unit);
        }

        using var stream = new MemoryStream();
        TmxWriter.Write(stream, units, new TmxWriteOptions(Language.Chinese));
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
