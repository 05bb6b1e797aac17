using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Blocks paired by their paragraph numbers. A number says where a pair of blocks starts, not where it ends: a reader
/// may join an unlabelled paragraph to the numbered one before it on one side only (a PDF's closing line set without
/// a gap after the last numbered paragraph), and the joined sentence must still find its counterpart.
/// </summary>
public sealed class AnchoredBlockTests
{
    private const string Chinese = """
        主席：陈海伦女士

        1. 主席宣布会议开幕，并请委员会审议秘书长关于特别政治任务预算的报告。

        2. 审计委员会代表介绍了报告。他指出，上一财政期间的支出比核定预算少百分之四。

        3. 几位成员对顾问费用的增长表示关切。

        4. 一位成员认为，报告中关于差旅费用的说明不够明确。他要求秘书处在下一份报告中提供详细说明。
        下午1时05分散会。
        """;

    private const string English = """
        Chair: Ms. Helen Chen

        1. The Chair declared the meeting open and invited the Committee to consider the report of the Secretary-General on the budget for special political missions.

        2. The representative of the Board of Auditors introduced the report. He noted that expenditure in the previous financial period had been 4 per cent below the approved budget.

        3. Several members expressed concern at the growth in consultancy costs.

        4. One member considered that the explanation of travel costs in the report was not sufficiently clear. He asked the Secretariat to provide a detailed explanation in its next report.

        The meeting rose at 1.05 p.m.
        """;

    [Test]
    public void A_closing_line_joined_to_the_last_numbered_paragraph_on_one_side_pairs_with_its_translation()
    {
        var source = Segment(Chinese, Language.Chinese, "minutes.zh.txt");
        var target = Segment(English, Language.English, "minutes.en.txt");
        var closing = (Source: source.Sentences.Count - 1, Target: target.Sentences.Count - 1);

        var bitext = Aligner.Default.Align(source, target);

        Assert.That(source.SentencesOf(source.Sentences[closing.Source].BlockIndex).Start, Is.LessThan(closing.Source), "the reader joins the Chinese closing line to paragraph 4");
        Assert.That(bitext.Beads.Select(b => (b.Source, b.Target)), Has.Member((new SentenceSpan(closing.Source, 1), new SentenceSpan(closing.Target, 1))));
    }

    [Test]
    public void The_last_numbered_paragraphs_sentences_stay_paired_one_to_one_beside_a_joined_closing_line()
    {
        var source = Segment(Chinese, Language.Chinese, "minutes.zh.txt");
        var target = Segment(English, Language.English, "minutes.en.txt");
        var (lastSource, lastTarget) = (source.Sentences.Count - 2, target.Sentences.Count - 2);

        var bitext = Aligner.Default.Align(source, target);

        Assert.That(bitext.Beads.Select(b => (b.Source, b.Target)), Has.Member((new SentenceSpan(lastSource, 1), new SentenceSpan(lastTarget, 1))));
    }

    private static SegmentedDocument Segment(string text, Language language, string name) =>
        SentenceSegmenter.Default.Segment(DocumentReader.Default.Read(text, language, name));
}
