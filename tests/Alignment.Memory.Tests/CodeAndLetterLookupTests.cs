using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Codes that name a thing by letters and numbers: a document symbol or a short form in Latin capitals, which a Chinese
/// text writes as the English does and which is then its own equivalent; and a grade, a section or a building named by
/// a capital with or without a number (P-5职等, 第12B款, B楼), whose equivalent keeps the code, though the tokenisers cut
/// the capital off the number.
/// </summary>
public class CodeAndLetterLookupTests
{
    [Test]
    public void A_document_symbol_finds_itself_written_as_is_in_the_other_language()
    {
        Assert.That(Units.TermInOnePair("委员会收到了秘书长的说明（E/CN.6/2027/3）。", "The Commission had before it a note by the Secretary-General (E/CN.6/2027/3).", "E/CN.6/2027/3", Language.Chinese).Best, Is.EqualTo("E/CN.6/2027/3"));
    }

    [Test]
    public void A_short_form_in_capitals_finds_itself_written_as_is_in_Chinese()
    {
        Assert.That(Units.TermInOnePair("起草单位：雇主活动局（ACT/EMP）。", "Author unit: Bureau for Employers' Activities (ACT/EMP).", "ACT/EMP", Language.English).Best, Is.EqualTo("ACT/EMP"));
    }

    [Test]
    public void A_grade_keeps_its_letter_and_number()
    {
        Assert.That(Units.TermInOnePair("该协调员职位拟设在P-5职等。", "The coordinator post is proposed at the P-5 level.", "P-5职等", Language.Chinese).Best, Is.EqualTo("P-5 level"));
    }

    [Test]
    public void A_section_keeps_the_letter_after_its_number()
    {
        Assert.That(Units.TermInOnePair("第12B款下的所需资源减少了3%。", "The requirements under section 12B decreased by 3 per cent.", "第12B款", Language.Chinese).Best, Is.EqualTo("section 12B"));
    }

    [Test]
    public void A_building_named_by_a_capital_keeps_it()
    {
        Assert.That(Units.TermInOnePair("培训课程将在B楼的礼堂举行。", "The training course will be held in the auditorium of building B.", "building B", Language.English).Best, Is.EqualTo("B楼"));
    }
}
