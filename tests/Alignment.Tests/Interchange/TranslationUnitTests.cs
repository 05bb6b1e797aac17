using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Interchange;

public sealed class TranslationUnitTests
{
    [Test]
    public void Reverse_swaps_the_segments_and_the_bead_shape()
    {
        var unit = Samples.Full("u1", "源。", "Target.");

        var reversed = unit.Reverse();

        Assert.Multiple(() =>
        {
            Assert.That(reversed.Source.Text, Is.EqualTo("Target."));
            Assert.That(reversed.Source.Language, Is.EqualTo(Language.English));
            Assert.That(reversed.Target.Text, Is.EqualTo("源。"));
            Assert.That(reversed.Provenance.BeadType, Is.EqualTo(new BeadType(2, 1)));
        });
    }

    [Test]
    public void Reverse_clears_context_that_was_in_the_other_language()
    {
        var reversed = Samples.Full("u1", "源。", "Target.").Reverse();

        Assert.That((reversed.PreviousSource, reversed.NextSource), Is.EqualTo((string.Empty, string.Empty)));
    }

    [Test]
    public void Reverse_keeps_id_dates_origin_properties_and_notes()
    {
        var unit = Samples.Full("u1", "源。", "Target.");

        var reversed = unit.Reverse();

        Assert.That(
            (reversed.Id, reversed.Created, reversed.Origin, reversed.Properties, reversed.Notes, reversed.Provenance.Confidence),
            Is.EqualTo((unit.Id, unit.Created, unit.Origin, unit.Properties, unit.Notes, unit.Provenance.Confidence)));
    }
}
