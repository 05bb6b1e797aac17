using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>A postposition the segmenter glues to the last character of a name it does not know is no part of the name.</summary>
public class LocativeWordTests
{
    // A place the segmenter does not know, written twice before 上 ("on") and twice before another word.
    private static readonly (string, string)[] Station =
    [
        ("岚坪山上的气象站", "The weather station on Lanping Mountain"),
        ("岚坪山气象站建在山顶。", "The Lanping Mountain weather station stands on the summit."),
        ("去年秋天，我们去岚坪山测量积雪。", "Last autumn we went to Lanping Mountain to measure the snow."),
        ("岚坪山上有一种罕见的杜鹃。", "On Lanping Mountain there is a rare rhododendron."),
        ("气象站每天记录三次温度。", "The station records the temperature three times a day."),
        ("冬天的积雪有一米深。", "In winter the snow lies a metre deep."),
    ];

    private static List<string> Split(string text) =>
        [.. LocativeWords.Split(text, AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), text)).Select(w => w.Term)];

    [Test]
    public void A_localiser_glued_to_the_last_character_of_a_name_cut_up_is_split_off()
    {
        Assert.That(Split("岚坪山上有一种罕见的杜鹃。"), Does.Contain("山").And.Contain("上").And.Not.Contain("山上"));
    }

    [Test]
    public void A_word_the_lexicon_knows_keeps_its_localiser()
    {
        Assert.That(Split("渡口只剩下一条船。"), Does.Contain("剩下"));
    }

    [Test]
    public void A_place_name_the_segmenter_does_not_know_is_found_whole_where_a_localiser_follows_it()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. Station.Select(p => Units.Pair(p.Item1, p.Item2))]);

        Assert.That(memory.LookupTerm("Lanping Mountain", Language.English, Language.Chinese).Best, Is.EqualTo("岚坪山"));
    }
}
