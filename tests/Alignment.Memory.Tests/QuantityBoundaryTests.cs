using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// A quantity written in several words is one word to a term lookup: its candidates neither start nor end inside it,
/// in English (one tenth, 45 per cent) or in Chinese numerals the segmenter cut (三十二).
/// </summary>
public class QuantityBoundaryTests
{
    [Test]
    public void No_English_candidate_takes_the_denominator_of_a_fraction_without_its_numerator()
    {
        var candidates = Candidates(Language.English, "Less than one tenth of the forests are protected.");

        Assert.That(candidates, Does.Contain("one tenth").And.Not.Contain("tenth").And.Not.Contain("tenth of the forests"));
    }

    [Test]
    public void No_English_candidate_ends_inside_a_percentage()
    {
        var candidates = Candidates(Language.English, "Some 45 per cent of households were reached.");

        Assert.That(candidates.Where(c => c.EndsWith("per", StringComparison.Ordinal) || c.StartsWith("cent", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void No_Chinese_candidate_starts_inside_a_number_written_in_numerals()
    {
        var candidates = Candidates(Language.Chinese, "报告提交第四十七届会议审议。");

        Assert.That(candidates.Where(c => c.StartsWith("十七", StringComparison.Ordinal) || c.StartsWith('七')), Is.Empty, string.Join(", ", candidates));
    }

    [Test]
    public void A_number_of_years_in_Chinese_is_a_candidate_with_its_unit()
    {
        Assert.That(Candidates(Language.Chinese, "志愿者的记录已经连续了十五年。"), Does.Contain("十五年"));
    }

    [Test]
    public void A_Chinese_name_may_end_with_a_number_of_years()
    {
        Assert.That(Candidates(Language.Chinese, "大会宣布了冰川保护行动十年。"), Does.Contain("冰川保护行动十年"));
    }

    [Test]
    public void The_month_May_beside_a_day_is_a_word_a_candidate_may_end_with()
    {
        Assert.That(Candidates(Language.English, "The meeting was held on 14 May in Nairobi."), Does.Contain("14 May"));
    }

    [Test]
    public void May_the_verb_ends_no_candidate()
    {
        Assert.That(Candidates(Language.English, "Member States may submit comments.").Where(c => c.EndsWith("may", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    private static List<string> Candidates(Language language, string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(language.Code), text);
        return [.. TermShingles.Ranges(language.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
