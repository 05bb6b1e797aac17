using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

public sealed class AlignmentReportTests
{
    private static AlignmentReport Report(string[] chinese, string[] english, params Bead[] beads) =>
        AlignmentReport.For(new Bitext(
            SegmentedDocument.FromSentences("zh", Language.Chinese, chinese),
            SegmentedDocument.FromSentences("en", Language.English, english),
            beads));

    private static Bead Bead(int source, int sourceCount, int target, int targetCount, double confidence = 0.99) =>
        new(new SentenceSpan(source, sourceCount), new SentenceSpan(target, targetCount), confidence);

    [Test]
    public void A_sentence_without_counterpart_is_doubtful()
    {
        var report = Report(["会议开幕。", "通过议程。"], ["Opening of the meeting."], Bead(0, 1, 0, 1), Bead(1, 1, 1, 0));

        Assert.That(report.Doubtful.Single().Reasons, Does.Contain(Doubt.Unpaired));
    }

    [Test]
    public void A_number_on_one_side_only_is_doubtful()
    {
        var report = Report(["专家组第一次会议于 2011 年举行。"], ["The first meeting of the Expert Group was held in 2012."], Bead(0, 1, 0, 1));

        Assert.That(report.Doubtful.Single().Reasons, Does.Contain(Doubt.NumbersDiffer));
    }

    [TestCase("2026年底，净资产为114.07亿美元，比上年增加4.45亿美元（4.1%）。", "At the end of 2026, net assets stood at $11,407 million, an increase of $445 million (4.1 per cent).")]
    [TestCase("负债总额为5 200万美元。", "Total liabilities amounted to $52 million.")]
    [TestCase("直接经济损失估计超过2 800亿美元，1.1亿人流离失所。", "Direct economic losses were more than $280 billion, and 110 million people were displaced.")]
    [TestCase("投资股票 6 218 5 981", "Equities 6,218 5,981")]
    [TestCase("共有２４项建议，１５项已执行。", "Of the 24 recommendations, 15 had been implemented.")]
    [TestCase("在以往各年提出的24项建议中，15项已全面执行，7项正在执行。", "Of the 24 recommendations, 15 had been fully implemented and 7 were under implementation.")]
    [TestCase("会议于上午11时50分暂停，下午1时05分复会。", "The meeting was suspended at 11.50 a.m. and resumed at 1.05 p.m.")]
    [TestCase("死亡人数已比20世纪70年代大幅下降。", "Deaths had fallen since the 1970s.")]
    [TestCase("行政费用占缴款收入的3.3%，低于百分之五的上限。1/ 2/", "Administrative expenses were 3.3 per cent of contribution income, below the 5 per cent ceiling.")]
    [TestCase("每投入1美元可节省15美元。", "Every dollar invested saves $15.")]
    public void Numbers_stated_the_same_in_other_units_or_forms_are_not_doubtful(string chinese, string english)
    {
        var report = Report([chinese], [english], Bead(0, 1, 0, 1));

        Assert.That(report.Doubtful, Is.Empty);
    }

    [TestCase("净资产为114.07亿美元。", "Net assets stood at $11,470 million.")]
    [TestCase("负债总额为5 200万美元。", "Total liabilities amounted to $5,200 million.")]
    [TestCase("投资股票 6 218 5 981", "Equities 6,218 5,891")]
    public void A_number_that_differs_in_value_is_doubtful_whatever_its_form(string chinese, string english)
    {
        var report = Report([chinese], [english], Bead(0, 1, 0, 1));

        Assert.That(report.Doubtful.Single().Reasons, Does.Contain(Doubt.NumbersDiffer));
    }

    [Test]
    public void A_number_spelled_out_in_the_translation_is_not_doubtful()
    {
        var report = Report(["每次发言时间最长为 3 分钟。"], ["Statements would be limited to a maximum of three minutes each."], Bead(0, 1, 0, 1));

        Assert.That(report.Doubtful, Is.Empty);
    }

    [Test]
    public void A_low_confidence_bead_is_doubtful()
    {
        var report = Report(["会议开幕。"], ["Opening of the meeting."], Bead(0, 1, 0, 1, confidence: 0.3));

        Assert.That(report.Doubtful.Single().Reasons, Is.EqualTo(new[] { Doubt.LowConfidence }));
    }

    [Test]
    public void A_translation_far_longer_than_the_pair_usually_runs_is_doubtful()
    {
        string[] chinese = [.. Enumerable.Range(1, 12).Select(i => $"第 {i} 项决定获得通过。"), "会议闭幕。"];
        string[] english =
        [
            .. Enumerable.Range(1, 12).Select(i => $"Decision {i} was adopted."),
            "The meeting was closed by the Chair after a long discussion of the many questions that remained open, which delegations agreed to take up again at the next session of the Commission.",
        ];
        var report = Report(chinese, english, [.. Enumerable.Range(0, 13).Select(i => Bead(i, 1, i, 1))]);

        Assert.That(report.Doubtful.Single().Pair.Source.Text, Is.EqualTo("会议闭幕。"));
        Assert.That(report.Doubtful.Single().Reasons, Does.Contain(Doubt.LengthRatioOutlier));
    }
}
