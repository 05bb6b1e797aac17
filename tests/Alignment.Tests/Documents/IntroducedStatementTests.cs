namespace Alignment.Tests.Documents;

/// <summary>
/// A paragraph that ends in a colon introducing a statement set as paragraphs of its own (a presidential statement's
/// opening, <c>… made the following statement on behalf of the Council:</c>) ends where its last line left room for the
/// next line's first word, on a page whose lines are justified, as pdftotext prints them with no blank line between.
/// </summary>
public sealed class IntroducedStatementTests
{
    [Test]
    public void A_paragraph_ending_in_a_colon_with_room_to_spare_ends_before_the_quoted_statement()
    {
        var document = Read.English(
            "Statement by the Chair of the Committee",
            "At its 412th meeting, held on 3 March 2027, in connection with the Committee's consideration of",
            "the item entitled \"Water and sanitation in rural areas\", the Chair of the Committee made the",
            "following statement on behalf of all the members of the Committee at the meeting:",
            "“The Committee recalls its earlier decisions on access to safe drinking water and sanitation.",
            "The Committee reaffirms that access to water is essential to the realization of all rights.",
            "\fThe Committee requests the Secretariat to report on the matter at its next session.");

        Assert.That(document.Texts(), Has.Some.StartsWith("“The Committee recalls"));
    }
}
