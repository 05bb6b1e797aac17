namespace Alignment.Tests.Documents;

/// <summary>
/// Extractors can set a heading right under the last line of the text before it, with no blank line between; a
/// title's last word wrapped onto a short line of its own looks much the same, but follows a line that ends in the
/// middle of the title.
/// </summary>
public sealed class RunOnHeadingTests
{
    private static readonly string[] Body =
    [
        "1. Member States should enact laws with technologically neutral formulations that",
        "criminalize the activity deemed illegal instead of the means used, so as to ensure",
        "that their legal provisions withstand the test of time with regard to developments",
        "in technology in the future.",
    ];

    [Test]
    public void A_heading_right_under_a_line_that_ends_a_sentence_starts_its_own_block() =>
        Assert.That(
            Read.English([.. Body, "Criminalization", string.Empty, string.Empty, "2. Member States should take into account that provisions apply online."]).Texts(),
            Does.Contain("Criminalization"));

    [Test]
    public void The_last_word_of_a_title_wrapped_onto_a_line_of_its_own_stays_in_the_title() =>
        Assert.That(
            Read.English(["Annex", string.Empty, string.Empty, "Conclusions and recommendations agreed upon by", "the Expert Group for consideration by the",
                "Commission on Crime Prevention and Criminal", "Justice", string.Empty, string.Empty, "Legislation and frameworks", .. Body]).Texts(),
            Does.Contain("Conclusions and recommendations agreed upon by the Expert Group for consideration by the Commission on Crime Prevention and Criminal Justice"));
}
