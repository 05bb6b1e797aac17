using Alignment.Server.Reviewing;

namespace Alignment.Server.Tests;

/// <summary>The review file: every edit kept at once, the review reopened where it stopped, inputs checked.</summary>
public sealed class ReviewFileTests
{
    [Test]
    public void A_fresh_review_is_saved_before_any_edit()
    {
        using var folder = new TempFolder();

        var session = Reviews.Open(folder);

        Assert.That(File.Exists(session.ReviewFile), Is.True);
        Assert.That(session.Resumed, Is.False);
        Assert.That(session.ReviewFile, Is.EqualTo(folder.File("report.review.json")));
    }

    [Test]
    public void Without_file_locking_a_review_is_not_opened()
    {
        using var folder = new TempFolder();
        Environment.SetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING", "1");
        try
        {
            Assert.That(
                () => Reviews.Open(folder),
                Throws.InstanceOf<InputException>().With.Message.Contains("file locking is turned off in this process"));
            Assert.That(File.Exists(folder.File("report.review.json")), Is.False, "nothing is written");
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING", null);
        }
    }

    [Test]
    public void Reopening_a_review_finds_every_edit_and_can_still_undo_them()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var original = session.View().State;
        var i = Reviews.CleanPairOfBeads(session.Current, 10);
        var merged = session.Apply(new MergeWithNext(i), 0);
        var confirmed = session.Apply(new ToggleConfirmed(i + 3), merged.Revision);

        var reopened = Reviews.Reopen(session);

        Assert.That(reopened.Resumed, Is.True);
        Assert.That(reopened.View().State, Is.EqualTo(confirmed.State).Using<ReviewState>((a, b) => a.Beads.SequenceEqual(b.Beads)));
        Assert.That(reopened.View().Message, Does.Contain("2 edits so far"));
        var undone = reopened.Undo(reopened.Undo(confirmed.Revision).Revision);
        Assert.That(undone.State.Beads, Is.EqualTo(original.Beads));
    }

    [Test]
    public void Mended_texts_are_kept_in_the_review_file()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var sentence = new SentenceRef(DocumentSide.Source, 7);
        var original = session.OriginalText(sentence);
        session.Apply(new EditText(sentence, original + "（修订）", original), 0);

        var reopened = Reviews.Reopen(session);

        Assert.That(reopened.Current.Source.Sentences[7].Text, Is.EqualTo(original + "（修订）"));
    }

    [Test]
    public void A_document_changed_since_the_review_was_saved_is_noticed()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        File.AppendAllText(session.TargetPath, "\nOne more paragraph, added after the review began.\n");

        Assert.That(
            () => Reviews.Reopen(session),
            Throws.TypeOf<ReviewOutdatedException>().With.Message.Contains("has changed since its review was saved"));
    }

    [Test]
    public void A_review_file_of_other_documents_is_not_opened_for_these()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var (source, target) = Reviews.CopyPair(folder, "story-last-ferry");

        Assert.That(
            () => ReviewSession.Open(AlignmentPipeline.Default, source, target, session.ReviewFile, session.Output, restart: false),
            Throws.TypeOf<ReviewOutdatedException>().With.Message.Contains("is the review of"));
    }

    [Test]
    public void Restarting_discards_the_saved_edits()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var merged = session.Apply(new MergeWithNext(3), 0).State.Beads.Length;

        var fresh = ReviewSession.Open(AlignmentPipeline.Default, session.SourcePath, session.TargetPath, session.ReviewFile, session.Output, restart: true);

        Assert.That(fresh.Resumed, Is.False);
        Assert.That(fresh.View().CanUndo, Is.False);
        Assert.That(fresh.Current.Beads, Has.Count.EqualTo(merged + 1));
    }

    [Test]
    public void A_damaged_review_file_is_refused_with_its_name()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var text = File.ReadAllText(session.ReviewFile);
        File.WriteAllText(session.ReviewFile, text[..(text.Length / 2)]);

        Assert.That(
            () => Reviews.Reopen(session),
            Throws.InstanceOf<InputException>().With.Message.StartsWith(session.ReviewFile + ": is not a readable review file"));
    }

    [Test]
    public void A_review_file_whose_beads_do_not_cover_the_documents_is_refused()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var text = File.ReadAllText(session.ReviewFile);
        File.WriteAllText(session.ReviewFile, text.Replace("{\"s\":[3,1]", "{\"s\":[4,1]", StringComparison.Ordinal));

        Assert.That(() => Reviews.Reopen(session), Throws.InstanceOf<InputException>().With.Message.Contains("is a damaged review file"));
    }

    [Test]
    public void A_second_window_editing_the_same_review_file_is_seen_by_the_first()
    {
        using var folder = new TempFolder();
        var first = Reviews.Open(folder);
        var second = Reviews.Reopen(first);

        second.Apply(new ToggleConfirmed(2), 0);

        Assert.That(first.View().State.Beads[2].Status, Is.EqualTo(BeadStatus.Confirmed));
        Assert.That(() => first.Apply(new ToggleConfirmed(3), 0), Throws.TypeOf<ReviewConflictException>());
    }
}
