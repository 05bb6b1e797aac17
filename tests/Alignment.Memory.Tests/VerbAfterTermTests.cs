using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term seen once that is the subject of an English clause: the verb's past tense written right after it, before
/// what opens its object or its measure, is the clause's verb, and no candidate runs through it, though a candidate
/// that takes it in aligns about as well with the term as one without.
/// </summary>
public class VerbAfterTermTests
{
    [Test]
    public void A_past_tense_verb_before_a_number_ends_the_subjects_equivalent() =>
        Assert.That(Units.TermInOnePair(
            "旱季期间，社区储粮点向1.2万户家庭分发了口粮。",
            "During the dry season, community grain stores supplied 12,000 households with rations.",
            "社区储粮点",
            Language.Chinese).Best, Is.EqualTo("community grain stores"));

    [Test]
    public void A_past_tense_verb_before_a_possessive_ends_the_subjects_equivalent() =>
        Assert.That(Units.TermInOnePair(
            "旱季期间，社区储粮点向各户家庭分发了口粮。",
            "During the dry season, community grain stores supplied their rations to every household.",
            "社区储粮点",
            Language.Chinese).Best, Is.EqualTo("community grain stores"));

    [Test]
    public void A_past_tense_verb_before_by_and_a_measure_ends_the_subjects_equivalent() =>
        Assert.That(Units.TermInOnePair(
            "旱季期间，乡村储粮点的存粮减少了30%。",
            "During the dry season, village grain stores declined by 30 per cent.",
            "乡村储粮点",
            Language.Chinese).Best, Is.EqualTo("village grain stores"));

    [Test]
    public void A_past_tense_verb_before_an_adverb_ends_the_subjects_equivalent() =>
        Assert.That(Units.TermInOnePair(
            "旱季期间，社区储粮点成功保住了存粮。",
            "During the dry season, community grain stores performed reliably throughout.",
            "社区储粮点",
            Language.Chinese).Best, Is.EqualTo("community grain stores"));
}
