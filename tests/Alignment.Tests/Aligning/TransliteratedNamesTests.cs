using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>Names the English side writes in pinyin are tokens the Chinese side's characters share.</summary>
public class TransliteratedNamesTests
{
    private static readonly HanReadings Readings = Lexicon.Bundled.Readings;

    private static (string[][] Chinese, string[][] English) Find(string[] chinese, string[] english) =>
        TransliteratedNames.Find(chinese, english, Readings, w => Lexicon.Bundled.Lookup(w).Count > 0);

    [Test]
    public void A_name_in_pinyin_and_in_characters_gives_both_sentences_the_same_tokens()
    {
        var (chinese, english) = Find(["李秀英把船靠了岸。"], ["Then Li Xiuying brought the boat in."]);

        Assert.Multiple(() =>
        {
            Assert.That(chinese[0], Is.EqualTo(new[] { "p:li-xiuying" }));
            Assert.That(english[0], Is.EqualTo(chinese[0]));
        });
    }

    [Test]
    public void A_given_name_alone_stands_for_the_whole_name()
    {
        var (chinese, english) = Find(["秀英笑了。", "他看见了李秀英。"], ["Xiuying laughed, said Li Xiuying.", "He saw Li Xiuying."]);

        Assert.That(chinese[0], Is.EqualTo(new[] { "p:li-xiuying" }));
    }

    [Test]
    public void A_word_the_document_also_writes_in_lower_case_is_not_a_name()
    {
        var (chinese, _) = Find(["我们到了。"], ["We came, said Women.", "The women came."]);

        Assert.That(chinese[0], Is.Empty);
    }

    [Test]
    public void A_word_capitalised_only_at_a_sentence_start_is_not_a_name()
    {
        var (chinese, _) = Find(["我们到了。"], ["Women came first."]);

        Assert.That(chinese[0], Is.Empty);
    }

    [Test]
    public void A_single_syllable_name_is_not_matched_to_one_character()
    {
        var (chinese, english) = Find(["老周一周没来。"], ["Old Zhou stayed away, said Zhou."]);

        Assert.Multiple(() =>
        {
            Assert.That(chinese[0], Is.Empty);
            Assert.That(english[0], Is.Empty);
        });
    }

    [Test]
    public void A_one_character_part_of_a_name_is_matched_where_it_stands_alone()
    {
        var (chinese, english) = Find(["周海燕来了。", "老周笑了。"], ["Then Zhou Haiyan came.", "Old Zhou laughed."]);

        Assert.Multiple(() =>
        {
            Assert.That(chinese[1], Is.EqualTo(new[] { "p:zhou-haiyan" }));
            Assert.That(english[1], Is.EqualTo(chinese[1]));
        });
    }

    [Test]
    public void A_surname_in_English_and_a_given_name_in_Chinese_stand_for_the_same_person()
    {
        var (chinese, english) = Find(["周海燕来了。", "海燕笑了。"], ["Then Zhou Haiyan came.", "Zhou laughed."]);

        Assert.That(english[1], Is.EqualTo(chinese[1]).And.EqualTo(new[] { "p:zhou-haiyan" }));
    }

    [Test]
    public void A_surname_two_people_share_stands_for_neither()
    {
        var (_, english) = Find(["周海燕和周德明来了。"], ["Then Zhou Haiyan and Zhou Deming came, and Zhou laughed."]);

        Assert.That(english[0], Is.EqualTo(new[] { "p:zhou-haiyan", "p:zhou-deming" }));
    }

    [Test]
    public void A_one_character_part_of_a_name_is_not_read_inside_a_word()
    {
        var (chinese, _) = Find(["周海燕来了。", "周围很安静。"], ["Then Zhou Haiyan came.", "All around was quiet."]);

        Assert.That(chinese[1], Is.Empty);
    }

    [Test]
    public void A_place_name_of_two_words_matches_the_characters_of_its_pinyin_word()
    {
        var (chinese, english) = Find(["东城湾的滩涂很宽。"], ["The mudflats of Dongcheng Bay are wide."]);

        Assert.Multiple(() =>
        {
            Assert.That(chinese[0], Is.EqualTo(new[] { "p:dongcheng" }));
            Assert.That(english[0], Is.EqualTo(new[] { "p:dongcheng" }));
        });
    }

    [Test]
    public void Characters_a_word_reaches_into_from_outside_are_not_a_name()
    {
        var (chinese, _) = Find(["中国一贯支持南南合作。"], ["As ever, China supports South-South cooperation."]);

        Assert.That(chinese[0], Is.Empty);
    }

    [Test]
    public void A_polyphonic_character_is_read_in_any_of_its_readings()
    {
        var (chinese, _) = Find(["长林来了。"], ["Then Zhanglin came."]);

        Assert.That(chinese[0], Is.EqualTo(new[] { "p:zhanglin" }));
    }

    [Test]
    public void A_name_spelled_with_accents_or_an_apostrophe_is_folded()
    {
        var (chinese, _) = Find(["他们去了西安。"], ["They went to Xi'an."]);

        Assert.That(chinese[0], Is.EqualTo(new[] { "p:xian" }));
    }

    [Test]
    public void Without_readings_no_name_is_found()
    {
        var (chinese, english) = TransliteratedNames.Find(["李秀英来了。"], ["Then Li Xiuying came."], HanReadings.Empty, _ => false);

        Assert.That(chinese[0].Concat(english[0]), Is.Empty);
    }
}
