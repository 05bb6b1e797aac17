namespace Alignment.Memory.Tests;

public sealed class TextDifferenceTests
{
    [Test]
    public void A_changed_English_word_is_shown_removed_then_added()
    {
        var marked = TextDifference.Mark(TextDifference.Between(
            "The eighth meeting was held in Vienna.",
            "The third meeting was held in Vienna."));

        Assert.That(marked, Is.EqualTo("The [-third-]{+eighth+} meeting was held in Vienna."));
    }

    [Test]
    public void Chinese_is_compared_character_by_character()
    {
        var marked = TextDifference.Mark(TextDifference.Between("专家组第八次会议于2022年举行。", "专家组第三次会议于2017年举行。"));

        Assert.That(marked, Is.EqualTo("专家组第[-三-]{+八+}次会议于[-2017-]{+2022+}年举行。"));
    }

    [Test]
    public void Identical_texts_are_one_shared_piece()
    {
        var pieces = TextDifference.Between("会议开幕。", "会议开幕。");

        Assert.That(pieces, Is.EqualTo(new[] { new TextDifference(DifferenceKind.Same, "会议开幕。") }));
    }

    [Test]
    public void The_pieces_rebuild_both_texts()
    {
        const string query = "Member States should strengthen cooperation on electronic evidence.";
        const string match = "States should endeavour to strengthen cooperation in the collection of electronic evidence.";

        var pieces = TextDifference.Between(query, match);

        Assert.That(
            (string.Concat(pieces.Where(p => p.Kind != DifferenceKind.Removed).Select(p => p.Text)), string.Concat(pieces.Where(p => p.Kind != DifferenceKind.Added).Select(p => p.Text))),
            Is.EqualTo((query, match)));
    }
}
