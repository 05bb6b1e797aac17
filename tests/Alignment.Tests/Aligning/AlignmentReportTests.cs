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
