using System.Collections.Immutable;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Segmentation;
using Alignment.Server.Reviewing;
using Alignment.Tests;

namespace Alignment.Server.Tests;

/// <summary>Edits a person makes in the review, on the bundled report and the freely translated story.</summary>
public sealed class ReviewEditTests
{
    [Test]
    public void Merging_two_beads_makes_one_edited_bead_with_the_sentences_of_both()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var before = session.View().State.Beads;
        var i = Reviews.CleanPairOfBeads(session.Current, 10);

        var after = session.Apply(new MergeWithNext(i), 0).State.Beads;

        Assert.That(after, Has.Length.EqualTo(before.Length - 1));
        Assert.That(after[i].Source, Is.EqualTo(new SentenceSpan(before[i].Source.Start, 2)));
        Assert.That(after[i].Target, Is.EqualTo(new SentenceSpan(before[i].Target.Start, 2)));
        Assert.That(after[i].Status, Is.EqualTo(BeadStatus.Edited));
    }

    [Test]
    public void Moving_the_last_target_sentence_into_the_next_bead_splits_a_bead()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var i = session.View().State.Beads.ToList().FindIndex(b => b.Source.Count == 1 && b.Target.Count == 2);
        var bead = session.View().State.Beads[i];

        var after = session.Apply(new MoveSentence(new SentenceRef(DocumentSide.Target, bead.Target.End - 1), Forward: true), 0).State.Beads;

        Assert.That(after[i].Target, Is.EqualTo(new SentenceSpan(bead.Target.Start, 1)));
        Assert.That(after[i + 1].Target.Start, Is.EqualTo(bead.Target.End - 1));
        Assert.That(after[i].Status, Is.EqualTo(BeadStatus.Edited));
        Assert.That(after[i + 1].Status, Is.EqualTo(BeadStatus.Edited));
    }

    [Test]
    public void Only_the_sentence_at_the_edge_facing_the_neighbour_can_move_into_it()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var bead = session.View().State.Beads.First(b => b.Target.Count == 2);

        Assert.That(
            () => session.Apply(new MoveSentence(new SentenceRef(DocumentSide.Target, bead.Target.Start), Forward: true), 0),
            Throws.TypeOf<EditRefusedException>().With.Message.Contains("Only the last target sentence"));
        Assert.That(session.View().Revision, Is.Zero, "a refused edit changes nothing");
    }

    [Test]
    public void A_sentence_the_aligner_put_in_the_wrong_bead_is_put_back_by_one_move_and_no_other_bead_changes()
    {
        using var folder = new TempFolder();
        var fresh = Reviews.Open(folder);
        var original = fresh.View().State.Beads;
        var i = Reviews.CleanPairOfBeads(fresh.Current, 20);
        Reviews.SpoilOneTargetSentence(fresh, i);
        var session = Reviews.Reopen(fresh);

        var repaired = session.Apply(new MoveSentence(new SentenceRef(DocumentSide.Target, original[i + 1].Target.Start), Forward: true), 0).State.Beads;

        Assert.That(Reviews.Spans(repaired), Is.EqualTo(Reviews.Spans(original)));
        var others = Enumerable.Range(0, original.Length).Where(k => k != i && k != i + 1);
        Assert.That(others.Select(k => repaired[k]), Is.EqualTo(others.Select(k => original[k])), "confidence and status of every other bead as they were");
    }

    [Test]
    public void Marking_an_omitted_sentence_unpaired_realigns_the_beads_it_pushed_out_of_place_and_no_further()
    {
        // Fifteen sentences of the report that the gold pairs one to one; the English drops the fourth one's translation.
        var gold = BeadFile.Read(Corpus.PathOf("gold.beads"));
        var run = Enumerable.Range(0, gold.Count - 15).First(k => gold.Skip(k).Take(15).All(b => b.Source.Count == 1 && b.Target.Count == 1));
        var zh = Corpus.Lines("zh.sentences.txt");
        var en = Corpus.Lines("en.sentences.txt");
        var pairs = gold.Skip(run).Take(15).ToList();
        var source = SegmentedDocument.FromSentences("zh", Language.Chinese, [.. pairs.Select(b => zh[b.Source[0]])]);
        var target = SegmentedDocument.FromSentences("en", Language.English, [.. pairs.Where((_, k) => k != 3).Select(b => en[b.Target[0]])]);

        // The aligner's mistake: three beads shifted by one, then a 1-0 where it caught up again.
        ReviewBead Bead(int s, int sc, int t, int tc) => new(new SentenceSpan(s, sc), new SentenceSpan(t, tc), 0.6, BeadStatus.Aligned);
        var wrong = new List<ReviewBead> { Bead(0, 1, 0, 1), Bead(1, 1, 1, 1), Bead(2, 1, 2, 1), Bead(3, 1, 3, 1), Bead(4, 1, 4, 1), Bead(5, 1, 5, 1), Bead(6, 1, 6, 0) };
        wrong.AddRange(Enumerable.Range(7, 8).Select(s => Bead(s, 1, s - 1, 1)));
        var state = new ReviewState([.. wrong], ImmutableDictionary<SentenceRef, string>.Empty);

        var edit = new MarkUnpaired(new SentenceRef(DocumentSide.Source, 3)).Apply(state);
        var (after, changed) = Realignment.After(edit.RealignAfter!.Value, edit.State, source, target, Aligner.Default);

        var expected = new[] { "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]" }.Concat(Enumerable.Range(7, 8).Select(s => $"[{s}]:[{s - 1}]"));
        Assert.That(Reviews.Spans(after.Beads), Is.EqualTo(expected));
        Assert.That(changed, Is.EqualTo(3), "the three shifted beads, up to where the aligner had caught up");
        Assert.That(after.Beads[7..], Is.EqualTo(wrong[7..]), "the beads after that point are the old ones, untouched");
    }

    [Test]
    public void Two_unpaired_beads_far_apart_pair_into_one_where_the_source_sentence_is()
    {
        // In the story the English moved "The boat was built in 1998" into a later paragraph. An aligner that keeps to
        // the English order leaves the Chinese sentence unpaired and joins the English one to its new neighbour.
        using var folder = new TempFolder();
        var fresh = Reviews.Open(folder, "story-last-ferry");
        var moved = Reviews.MovedBoatSentence(fresh.Current);
        Reviews.SpoilMovedSentence(fresh, moved);
        var session = Reviews.Reopen(fresh);
        var alone = session.View().State.Beads.ToList().FindIndex(b => b.Target.IsEmpty && session.Current.Source.TextOf(b.Source).Contains("1998", StringComparison.Ordinal));

        var unpaired = session.Apply(new MarkUnpaired(new SentenceRef(DocumentSide.Target, moved)), 0);
        var english = unpaired.State.BeadOf(new SentenceRef(DocumentSide.Target, moved));
        var paired = session.Apply(new PairUnpaired(alone, english), unpaired.Revision).State;

        var bead = paired.Beads[paired.BeadOf(new SentenceRef(DocumentSide.Target, moved))];
        Assert.That(bead.Source, Is.EqualTo(session.View().State.Beads[alone].Source));
        Assert.That(session.Current.Source.TextOf(bead.Source), Does.Contain("1998"));
        Assert.That(bead.Target, Is.EqualTo(new SentenceSpan(moved, 1)));
        Assert.That(bead.Status, Is.EqualTo(BeadStatus.Edited));
        Assert.That(() => session.Current, Throws.Nothing, "the beads still cover every sentence once");
    }

    [Test]
    public void Confirming_a_bead_changes_nothing_else_and_can_be_taken_back()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var before = session.View().State.Beads;

        var confirmed = session.Apply(new ToggleConfirmed(5), 0);
        var taken = session.Apply(new ToggleConfirmed(5), confirmed.Revision);

        Assert.That(confirmed.State.Beads[5].Status, Is.EqualTo(BeadStatus.Confirmed));
        Assert.That(confirmed.State.Beads.RemoveAt(5), Is.EqualTo(before.RemoveAt(5)));
        Assert.That(taken.State.Beads, Is.EqualTo(before));
    }

    [Test]
    public void Undo_restores_what_an_edit_and_its_realignment_changed_and_redo_makes_it_again()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder, "story-last-ferry");
        var before = session.View().State;
        var i = before.Beads.ToList().FindIndex(b => b.IsUnpaired);

        var edited = session.Apply(new MergeWithNext(i), 0);
        var undone = session.Undo(edited.Revision);
        var redone = session.Redo(undone.Revision);

        Assert.That(undone.State.Beads, Is.EqualTo(before.Beads));
        Assert.That(undone.Message, Does.StartWith("Undid: Merged beads"));
        Assert.That(redone.State.Beads, Is.EqualTo(edited.State.Beads));
        Assert.That(redone.CanRedo, Is.False);
    }

    [Test]
    public void A_new_edit_after_an_undo_leaves_nothing_to_redo()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var undone = session.Undo(session.Apply(new ToggleConfirmed(3), 0).Revision);

        var next = session.Apply(new ToggleConfirmed(4), undone.Revision);

        Assert.That(next.CanRedo, Is.False);
        Assert.That(() => session.Redo(next.Revision), Throws.TypeOf<EditRefusedException>());
    }

    [Test]
    public void An_edit_made_on_a_page_that_shows_an_old_revision_is_refused()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        session.Apply(new ToggleConfirmed(3), 0);

        Assert.That(() => session.Apply(new ToggleConfirmed(4), 0), Throws.TypeOf<ReviewConflictException>());
    }

    [Test]
    public void A_mended_sentence_is_saved_with_its_new_text_and_marked_edited()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var sentence = new SentenceRef(DocumentSide.Target, session.View().State.Beads[4].Target.Start);
        var original = session.OriginalText(sentence);

        session.Apply(new EditText(sentence, original + " (mended)", original), 0);
        var units = session.Reviewed().Units;

        var unit = units.Single(u => u.Target.Text.Contains("(mended)", StringComparison.Ordinal));
        Assert.That(unit.Origin, Is.EqualTo(UnitOrigin.Edited));
        Assert.That(unit.Provenance.Confidence, Is.EqualTo(1.0));
    }

    [Test]
    public void Saved_units_say_which_beads_a_person_confirmed_or_made()
    {
        using var folder = new TempFolder();
        var session = Reviews.Open(folder);
        var i = Reviews.CleanPairOfBeads(session.Current, 10);
        var confirmed = session.Apply(new ToggleConfirmed(i - 1), 0);
        session.Apply(new MergeWithNext(i), confirmed.Revision);

        var origins = session.Reviewed().Units.GroupBy(u => u.Origin).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(origins[UnitOrigin.Confirmed], Is.EqualTo(1));
        Assert.That(origins[UnitOrigin.Edited], Is.EqualTo(1));
        Assert.That(origins[UnitOrigin.Aligned], Is.EqualTo(session.Reviewed().Units.Count - 2));
    }
}
