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
    /// For a tool translating the other way, from the target language, the target document's segments get units too:
    /// a target sentence the file wraps, kept with its line breaks, and several beads the tool keeps in one target
    /// segment (id <c>{first unit's id}^{last unit's number}</c>), each placed just before the unit whose source it
    /// shares, so that a tool taking the last of several exact matches still fills the source document as before; and
    /// where the tool cuts the target's label into a segment of its own while the unit keeps it (<c>11. The meeting…</c>
    /// beside <c>11. 会议由…</c>), a twin of the unit without the labels (<c>{unit id}.text</c>), with a unit of the two
    /// labels where they are written differently (<c>一.</c> and <c>I.</c>, <c>{unit id}.label</c>); these two carry an
    /// <c>x-label</c> property and are not read back by <see cref="TmxReader"/>.
    /// From a Word file, a sentence whose segment holds inline tags in OmegaT (wherever runs meet or a note is referred
    /// to) also gets a unit with the tags as OmegaT writes them in its own memory (<c>&lt;t0/&gt;</c>, as text), and one
    /// of the segment as a tool removing tags shows it (note markers left out, a label set off by a tab cut off), where
    /// these differ from the unit (ids <c>{unit id}.tags</c>, <c>.tags2</c>, <c>.notags</c>), each just before the unit;
    /// they carry an <c>x-tags</c> property and are not read back by <see cref="TmxReader"/>.
    /// </summary>
    SentencesAndCatSegments,
}
