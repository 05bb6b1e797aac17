using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Chinese titles between title marks (《公民及政治权利国际公约》): a candidate that fills the marks is the title as the
/// text names it, and takes the first place from a piece of it; words it adds that translate the text around the
/// term (the year of 《2026年全球粮食危机报告》, written after the English name) leave the piece first.
/// </summary>
public class TitleMarksLookupTests
{
    [Test]
    public void The_title_between_title_marks_comes_before_a_piece_of_it()
    {
        using var memory = Units.OnePairAmongOthers(
            "回顾《公民及政治权利国际公约》、《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》和《残疾人权利公约》，",
            "Recalling the International Covenant on Civil and Political Rights, the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment and the Convention on the Rights of Persons with Disabilities,");

        Assert.That(memory.LookupTerm("International Covenant on Civil and Political Rights", Language.English, Language.Chinese).Best, Is.EqualTo("公民及政治权利国际公约"));
    }

    [Test]
    public void Words_of_the_title_that_translate_the_text_around_the_term_stay_out()
    {
        using var memory = Units.OnePairAmongOthers(
            "据《2026年全球粮食危机报告》，冲突是主要驱动因素。",
            "According to the Global Report on Food Crises 2026, conflict was the main driver.");

        Assert.That(memory.LookupTerm("Global Report on Food Crises", Language.English, Language.Chinese).Best, Is.EqualTo("全球粮食危机报告"));
    }
}
