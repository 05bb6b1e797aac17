namespace Alignment.Interchange;

/// <summary>Which stretches of the source document become translation units.</summary>
public enum UnitSegments
{
    /// <summary>One unit per bead: its sentences, with the line wraps inside them joined. The default.</summary>
    Sentences,

    /// <summary>
    /// The units of <see cref="Sentences"/>, and also one unit for every segment a CAT tool cuts the source document into
    /// that differs from them but still covers whole beads: a sentence the file wraps over several lines, kept with its
    /// line breaks, or several beads the tool keeps in one segment (a masthead, the title, caption and header of a table,
    /// rows separated by tabs, sentences closed inside quotation marks). The tool's exact matches then find the document
    /// as it is laid out. The cuts are those of OmegaT's default rules for plain text, which SRX-based tools share: a
    /// paragraph ends at a blank line, a line indented with spaces starts a segment, and a sentence ends after
    /// <c>。？！</c> unless a closing quotation mark follows, or after <c>.?!</c> before white space.
    /// Where a bead joins two or three such segments to one target sentence (a translator merged sentences), the target
    /// is also cut at a clause boundary (<c>，；：</c> or <c>, ; :</c>) into one unit per segment, but only where the
    /// lexicon, numbers, names and quotations anchor all parts but one in place, none in the wrong part, and the lengths
    /// agree; a segment the tool runs on into such a part is filled from it too. Where a bead joins one source sentence to
    /// two or three target sentences that the tool cuts apart (a translator split a sentence), the source sentence is cut
    /// so into one unit per target segment, and a tool translating the other way, from the target language, finds each
    /// of its segments. These units have the
    /// id <c>{bead's unit id}.{part}</c>, a lower confidence than the bead and an <c>x-split</c> property (<c>1/2</c>).
    /// A table row aligned with a row of as many cells also gives a unit for each pair of cells that holds words, as a CAT
    /// tool segments a Word table cell by cell; these have the id <c>{row's unit id}.c{column}</c> and an <c>x-cell</c>
    /// property (<c>1/4</c>).
    /// </summary>
    SentencesAndCatSegments,
}
