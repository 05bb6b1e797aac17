using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// The articles of a treaty or protocol and the numbers inserted between them without renumbering (<c>Article 3 bis</c>,
/// <c>第三条之二</c>, <c>1 bis.</c>, <c>1之二.</c>): labels that read the same way in both languages.
/// </summary>
public sealed class ArticleLabelTests
{
    [Test]
    public void An_English_article_heading_with_a_full_stop_is_a_labelled_heading_as_the_Chinese_one_is()
    {
        var english = Read.English("Article 3. Definitions", string.Empty, "The terms are defined below.").Blocks[0];
        var chinese = Read.Chinese("第三条　定义", string.Empty, "有关用语的定义如下。").Blocks[0];

        Assert.That(
            new[] { (english.Kind, english.Label.Anchor, english.Text), (chinese.Kind, chinese.Label.Anchor, chinese.Text) },
            Is.EqualTo(new[] { (BlockKind.Heading, "article 3", "Definitions"), (BlockKind.Heading, "article 3", "定义") }));
    }

    [Test]
    public void An_article_inserted_after_another_is_labelled_in_both_languages()
    {
        var english = Read.English("Article 3. Scope", string.Empty, "It applies.", string.Empty, "Article 3 bis. Exchange of information", string.Empty, "They exchange data.");
        var chinese = Read.Chinese("第三条　适用范围", string.Empty, "本议定书适用。", string.Empty, "第三条之二　信息交流", string.Empty, "缔约国交流数据。");

        Assert.That(
            new[] { (english.Blocks[2].Label.Anchor, english.Blocks[2].Text), (chinese.Blocks[2].Label.Anchor, chinese.Blocks[2].Text) },
            Is.EqualTo(new[] { ("article 3 bis", "Exchange of information"), ("article 3 bis", "信息交流") }));
    }

    [Test]
    public void A_sentence_that_cites_an_article_keeps_the_citation_in_both_languages()
    {
        var english = Read.English("Article 3 of the Convention provides that States shall cooperate.").Blocks[0];
        var chinese = Read.Chinese("第三条规定，各国应当开展合作。").Blocks[0];

        Assert.That(
            new[] { english.Text, chinese.Text },
            Is.EqualTo(new[] { "Article 3 of the Convention provides that States shall cooperate.", "第三条规定，各国应当开展合作。" }));
    }

    [Test]
    public void The_rules_of_a_body_are_numbered_as_articles_are_in_Chinese()
    {
        var english = Read.English("Rule 1", "These rules apply to every session.", string.Empty, "Rule 2", "1. Members are States.", "2. Observers are organizations.", string.Empty, "Rule 3", "The secretariat shall notify all Members.");
        var chinese = Read.Chinese("第1条", "本规则适用于各届会议。", string.Empty, "第2条", "1. 成员系指国家。", "2. 观察员系指组织。", string.Empty, "第3条", "秘书处应通知所有成员。");

        Assert.That(english.Paths(), Is.EqualTo(chinese.Paths()));
    }

    [Test]
    public void The_article_after_an_inserted_one_continues_the_numbering() =>
        Assert.That(
            Read.English("Article 3. Scope", string.Empty, "Article 3 bis. Data", string.Empty, "Article 4. Secretariat").Blocks.Select(b => b.Label.Anchor),
            Is.EqualTo(new[] { "article 3", "article 3 bis", "article 4" }));

    [Test]
    public void A_paragraph_number_inserted_after_another_labels_its_paragraph() =>
        Assert.That(
            Read.English("1. It applies to all.", "1 bis. It does not apply at home.", "1 ter. It may be extended.", "2. It affects no rights.").Paths(),
            Is.EqualTo(new[] { "body › 1", "body › 1 bis", "body › 1 ter", "body › 2" }));

    [Test]
    public void A_Chinese_paragraph_number_inserted_after_another_labels_its_paragraph() =>
        Assert.That(
            Read.Chinese("1. 本议定书适用于一切活动。", "1之二. 本议定书不适用于国内事项。", "2. 本议定书不影响其他权利。").Blocks.Select(b => (b.Label.Written, b.Text)),
            Is.EqualTo(new[] { ("1.", "本议定书适用于一切活动。"), ("1之二.", "本议定书不适用于国内事项。"), ("2.", "本议定书不影响其他权利。") }));

    [Test]
    public void An_inserted_number_that_follows_no_paragraph_of_that_number_is_no_label() =>
        Assert.That(
            Read.English("1. It applies to all.", string.Empty, "2. It affects no rights.", string.Empty, "5 bis. It is amended.").Blocks.Select(b => b.Label.Anchor),
            Is.EqualTo(new[] { "1", "2", string.Empty }));
}
