using Alignment.Memory.Matching;

namespace Alignment.Memory.Tests;

public class LeadingLabelTests
{
    [TestCase("12. 会员国应采取必要措施。", "12.", "会员国应采取必要措施。")]
    [TestCase("12.会员国应采取必要措施。", "12.", "会员国应采取必要措施。")]
    [TestCase("(a) Sharing information;", "(a)", "Sharing information;")]
    [TestCase("（一）分享信息；", "（一）", "分享信息；")]
    [TestCase("三、通过报告", "三、", "通过报告")]
    [TestCase("II. Organization of the meeting", "II.", "Organization of the meeting")]
    [TestCase(" - (b) 通过议程。", "- (b)", "通过议程。")]
    public void A_leading_list_label_is_set_apart(string text, string label, string rest) =>
        Assert.That(LeadingLabel.Split(text), Is.EqualTo((label, rest)));

    [TestCase("2011 年 1 月 17 日举行。")]
    [TestCase("1.5 million users were affected.")]
    [TestCase("Member States should act.")]
    [TestCase("12.")]
    public void Text_without_a_label_before_its_words_is_left_whole(string text) =>
        Assert.That(LeadingLabel.Split(text), Is.EqualTo((string.Empty, text)));
}
