using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// Dates, ordinals and hedged numbers as a lookup's candidates see them: an English date with its day and year is one
/// candidate (14 July 2026, for 2026年7月14日); a month beside a date is no word of the name before it; an ordinal in
/// digits is a number of a name (46th meeting); a hedge and its number are one (more than 8,900, for 8900多), and no
/// candidate starts inside one (at | least 46,000) or inside a Chinese date (2025年7月 | 7日第59/7号决议).
/// </summary>
public class DateAndNumberCandidateTests
{
    [Test]
    public void An_English_date_with_its_day_and_year_is_a_candidate()
    {
        Assert.That(Candidates(Language.English, "The report was issued on 14 July 2026 in Geneva."), Does.Contain("14 July 2026"));
    }

    [Test]
    public void A_date_after_a_name_is_no_piece_of_the_name()
    {
        Assert.That(Candidates(Language.English, "The plan was endorsed by the Regional Water Council in May 2025."), Does.Contain("May 2025"));
    }

    [Test]
    public void An_ordinal_in_digits_is_a_word_of_the_name_it_numbers()
    {
        Assert.That(Candidates(Language.English, "The decision was taken at the 46th meeting of the Board."), Does.Contain("46th meeting"));
    }

    [Test]
    public void A_number_with_its_hedge_is_a_candidate()
    {
        var candidates = Candidates(Language.English, "Last year more than 8,900 households received support, less than 3 per cent of the total.");

        Assert.That(candidates, Does.Contain("more than 8,900").And.Contain("less than 3 per cent"));
    }

    [Test]
    public void No_candidate_starts_inside_at_least()
    {
        Assert.That(Candidates(Language.English, "This year at least 46,000 students took part."), Has.None.StartsWith("least"));
    }

    [Test]
    public void No_Chinese_candidate_starts_inside_a_date()
    {
        var candidates = Candidates(Language.Chinese, "理事会回顾其2025年7月7日第59/7号决议。");

        Assert.That(candidates, Does.Contain("第59/7号决议").And.None.StartsWith("7日").And.None.StartsWith("7月"));
    }

    [Test]
    public void A_count_with_its_measure_word_finds_the_English_number()
    {
        Assert.That(Units.TermInOnePair("今年至少有4.6万名学生参加了培训。", "This year at least 46,000 students took part in the training.", "4.6万名", Language.Chinese).Best, Is.EqualTo("46,000"));
    }

    private static List<string> Candidates(Language language, string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(language.Code), text);
        return [.. TermShingles.Ranges(language.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
