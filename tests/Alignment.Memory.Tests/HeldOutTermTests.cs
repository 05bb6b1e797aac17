using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Term lookup measured on terms no rule of it was tuned to: the magazine feature's term list (a corpus the other term
/// tests leave out) and term pairs written for this check alone (TestData/held-out-terms), of the same feature and of
/// the letter, both ways; the term lists of a committee's report on statistics and of a report to the World Health
/// Assembly on antimicrobial resistance (TestData/held-out-terms/report-…) and of a Human Rights Council resolution on
/// the human rights of migrants (TestData/held-out-terms/resolution-…) and of a Security Council presidential statement
/// on conflict and hunger (TestData/held-out-terms/statement-…) and of a Second Committee summary record on disaster
/// risk reduction (TestData/held-out-terms/summary-record-…) and of the Advisory Committee's report on a capital
/// project (TestData/held-out-terms/report-advisory-committee-…) and of an ILO Governing Body paper on heat stress
/// at work (TestData/held-out-terms/paper-ilo-…) and of the Committee on the Rights of the Child's concluding
/// observations on a State party's reports (TestData/held-out-terms/concluding-observations-…) and of a Special
/// Rapporteur's thematic report on electronic waste (TestData/held-out-terms/report-special-rapporteur-…) and of a
/// Secretary-General's report on access to energy (TestData/held-out-terms/report-secretary-general-…) and of two decisions
/// of the Conference of the Parties to the Convention to Combat Desertification
/// (TestData/held-out-terms/decision-conference-of-parties-…) and of a chapter of the International Law Commission's
/// report on sea-level rise in relation to international law (TestData/held-out-terms/report-international-law-…) and of
/// decisions of the UNICEF Executive Board on its budget, evaluation and audit (TestData/held-out-terms/decision-executive-board-…) and of
/// a regional State of the Climate report of the World Meteorological Organization (TestData/held-out-terms/report-wmo-…) and of the
/// executive summary of an IFAD country strategy and programme evaluation (TestData/held-out-terms/evaluation-ifad-…) and of the
/// Secretary-General's note transmitting the concise summary of the Board of Auditors' reports (TestData/held-out-terms/note-…), pairs written
/// and first measured before any rule was made for them (that first figure, in docs/benchmarks.md, is the held-out one:
/// later rules were made with their misses too); and the interview's term list, which the rules for speaker labels and
/// titles around names were made on, measured the same way. The floors keep what holds today; the figures and every
/// miss are printed.
/// </summary>
public class HeldOutTermTests
{
    private const string Magazine = "feature-mudflat-bird-counters";
    private const string Letter = "letter-mountain-water-forum";
    private const string Interview = "interview-mountain-seed-bank";
    private const string Report = "report-second-committee-statistics";
    private const string HealthReport = "report-health-assembly-antimicrobial-resistance";
    private const string Resolution = "resolution-human-rights-council-migrants";
    private const string Statement = "statement-security-council-conflict-hunger";
    private const string SummaryRecord = "summary-record-second-committee-disaster-risk";
    private const string AdvisoryCommitteeReport = "report-advisory-committee-heritage-plan";
    private const string GoverningBodyPaper = "paper-ilo-governing-body-heat-stress";
    private const string ConcludingObservations = "concluding-observations-crc-child-rights";
    private const string SpecialRapporteurReport = "report-special-rapporteur-toxics-e-waste";
    private const string SecretaryGeneralReport = "report-secretary-general-energy-access";
    private const string ConferenceOfThePartiesDecisions = "decision-conference-of-parties-desertification";
    private const string LawCommissionReport = "report-international-law-commission-sea-level-rise";
    private const string ExecutiveBoardDecisions = "decision-executive-board-unicef-budget";
    private const string ClimateReport = "report-wmo-state-of-climate-asia";
    private const string ProgrammeEvaluation = "evaluation-ifad-country-programme-laos";
    private const string AuditSummary = "note-board-of-auditors-concise-summary";

    [Test]
    public void The_magazine_features_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Magazine, GoldCorpus.Named(Magazine).Terms, "terms.tsv", 0.95);

    [Test]
    public void Term_pairs_written_for_the_held_out_check_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Magazine, HeldOutPairs(Magazine), "held-out pairs", 0.88);

    [Test]
    public void The_interviews_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Interview, GoldCorpus.Named(Interview).Terms, "terms.tsv", 1.0);

    [Test]
    public void Term_pairs_of_the_letter_written_for_the_held_out_check_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Letter, HeldOutPairs(Letter), "held-out pairs", 0.92);

    [Test]
    public void The_held_out_committee_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Report, GoldCorpus.Named(Report).Terms, "terms.tsv", 0.895);

    [Test]
    public void The_held_out_health_assembly_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(HealthReport, GoldCorpus.Named(HealthReport).Terms, "terms.tsv", 0.805);

    [Test]
    public void The_held_out_human_rights_council_resolutions_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Resolution, GoldCorpus.Named(Resolution).Terms, "terms.tsv", 0.865);

    [Test]
    public void The_held_out_security_council_statements_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(Statement, GoldCorpus.Named(Statement).Terms, "terms.tsv", 0.905);

    [Test]
    public void The_held_out_second_committee_summary_records_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(SummaryRecord, GoldCorpus.Named(SummaryRecord).Terms, "terms.tsv", 0.91);

    [Test]
    public void The_held_out_advisory_committee_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(AdvisoryCommitteeReport, GoldCorpus.Named(AdvisoryCommitteeReport).Terms, "terms.tsv", 0.855);

    [Test]
    public void The_held_out_governing_body_papers_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(GoverningBodyPaper, GoldCorpus.Named(GoverningBodyPaper).Terms, "terms.tsv", 0.875);

    [Test]
    public void The_held_out_concluding_observations_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(ConcludingObservations, GoldCorpus.Named(ConcludingObservations).Terms, "terms.tsv", 0.805);

    [Test]
    public void The_held_out_special_rapporteurs_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(SpecialRapporteurReport, GoldCorpus.Named(SpecialRapporteurReport).Terms, "terms.tsv", 0.855);

    [Test]
    public void The_held_out_secretary_generals_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(SecretaryGeneralReport, GoldCorpus.Named(SecretaryGeneralReport).Terms, "terms.tsv", 0.878);

    [Test]
    public void The_held_out_conference_of_the_parties_decisions_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(ConferenceOfThePartiesDecisions, GoldCorpus.Named(ConferenceOfThePartiesDecisions).Terms, "terms.tsv", 0.835);

    [Test]
    public void The_held_out_international_law_commission_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(LawCommissionReport, GoldCorpus.Named(LawCommissionReport).Terms, "terms.tsv", 0.83);

    [Test]
    public void The_held_out_executive_board_decisions_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(ExecutiveBoardDecisions, GoldCorpus.Named(ExecutiveBoardDecisions).Terms, "terms.tsv", 0.82);

    [Test]
    public void The_held_out_climate_reports_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(ClimateReport, GoldCorpus.Named(ClimateReport).Terms, "terms.tsv", 0.83);

    [Test]
    public void The_held_out_programme_evaluations_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(ProgrammeEvaluation, GoldCorpus.Named(ProgrammeEvaluation).Terms, "terms.tsv", 0.85);

    [Test]
    public void The_held_out_audit_summaries_listed_terms_rank_their_equivalent_first_mostly() =>
        AssertTopOne(AuditSummary, GoldCorpus.Named(AuditSummary).Terms, "terms.tsv", 0.883);

    private static void AssertTopOne(string name, IReadOnlyList<GoldTerm> terms, string label, double floor)
    {
        var corpus = GoldCorpus.Named(name);
        using var memory = Units.Memory([.. corpus.Units]);
        var (first, all, zhToEn, enToZh) = (0, 0, 0, 0);
        foreach (var term in terms)
        {
            foreach (var (text, from, to, expected) in new[] { (term.Chinese, Language.Chinese, Language.English, term.English), (term.English, Language.English, Language.Chinese, term.Chinese) })
            {
                var result = memory.LookupTerm(text, from, to);
                var rank = GoldCorpus.Rank(result, expected);
                all++;
                if (rank == 1)
                {
                    first++;
                    zhToEn += from.IsChinese ? 1 : 0;
                    enToZh += from.IsChinese ? 0 : 1;
                    continue;
                }

                TestContext.Out.WriteLine($"  {text} → {result.Best} (expected {expected} at rank {rank}){(result.HasTooLittleEvidence ? ", too little evidence" : string.Empty)}");
            }
        }

        TestContext.Out.WriteLine($"{name} {label}: zh→en {zhToEn}/{terms.Count}, en→zh {enToZh}/{terms.Count}");
        Assert.That(first, Is.GreaterThanOrEqualTo(floor * all));
    }

    private static List<GoldTerm> HeldOutPairs(string name) =>
        [.. File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "held-out-terms", name + ".tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new GoldTerm(p[0], p[1], SeenOnce: true))];
}
