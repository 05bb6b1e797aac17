using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// A document symbol (capitals written before a number: WHA68.7, A77/13) and a range of numbers (2026–2027,
/// 2026-2027年) are one word to a lookup's candidates in either language: a name that holds one holds all of it, and no
/// candidate starts or ends inside it.
/// </summary>
public class DocumentSymbolAndRangeTests
{
    [Test]
    public void An_English_name_holds_the_document_symbol_after_it()
    {
        Assert.That(Candidates(Language.English, "In resolution WHA68.7, the Health Assembly adopted the plan."), Does.Contain("resolution WHA68.7"));
    }

    [Test]
    public void A_Chinese_name_holds_the_capitals_of_the_document_symbol_before_its_number()
    {
        var candidates = Candidates(Language.Chinese, "卫生大会在WHA68.7号决议中通过了该计划。");

        Assert.That(candidates, Does.Contain("WHA68.7号决议").And.Not.Contain("68.7号决议"));
    }

    [Test]
    public void An_English_name_holds_a_range_of_years_written_with_a_dash()
    {
        var candidates = Candidates(Language.English, "In the Programme budget 2026–2027, the work is budgeted in full.");

        Assert.That(candidates, Does.Contain("Programme budget 2026–2027").And.Not.Contain("Programme budget 2026"));
    }

    [Test]
    public void A_Chinese_name_holds_a_range_of_years_written_with_a_hyphen()
    {
        Assert.That(Candidates(Language.Chinese, "在2026-2027年规划预算中，该项工作已全额编入预算。"), Does.Contain("2026-2027年规划预算"));
    }

    private static List<string> Candidates(Language language, string text)
    {
        var words = AnalyzedToken.Analyze(IndexSchema.Words(language.Code), text);
        return [.. TermShingles.Ranges(language.Code, text, words, maximumWords: 8, use: ShingleUse.Lookup)
            .Select(r => text[words[r.First].Start..words[r.Last].End])];
    }
}
