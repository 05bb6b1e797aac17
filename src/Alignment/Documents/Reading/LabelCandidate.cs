namespace Alignment.Documents.Reading;

/// <summary>A label found at the start of a line; whether it really starts a block depends on the numbering around it.</summary>
/// <param name="Style">The numbering system.</param>
/// <param name="Written">The label as written, trimmed (<c>12.</c>, <c>- (a)</c>, <c>二.</c>).</param>
/// <param name="Anchor">The label normalised across languages (<c>12</c>, <c>(a)</c>, <c>II</c>, <c>article 3</c>, <c>1</c>).</param>
/// <param name="Value">Its number: 12 for <c>12.</c>, 2 for <c>二.</c> and <c>(b)</c> and <c>B.</c>, 3 for <c>3 bis.</c>.</param>
/// <param name="TextStart">Where the text after the label begins in the cleaned line.</param>
internal sealed record LabelCandidate(LabelStyle Style, string Written, string Anchor, int Value, int TextStart)
{
    /// <summary>
    /// For a provision inserted after the one numbered <see cref="Value"/> (<c>3 bis.</c>, <c>第三条之二</c>), its
    /// place among those numbered alike: 2 for <c>bis</c>, 3 for <c>ter</c> (see <see cref="InsertedNumber"/>); 0 otherwise.
    /// </summary>
    public int Inserted { get; init; }

    /// <summary>
    /// For a Chinese numeral in parentheses read as a Roman item (<c>（二）</c> as <c>(ii)</c>): it counts Roman items
    /// only nested under a lettered item or a numbered paragraph, as UN texts nest them; elsewhere (under an article,
    /// as Chinese laws number) it is the numbered item it is written as (<c>(2)</c>).
    /// </summary>
    public bool NestedOnly { get; init; }

    /// <summary>
    /// For a paragraph number run into a year (<c>10.2026年</c>), which reads as a decimal too: it is a label only as the
    /// very next paragraph number.
    /// </summary>
    public bool GluedToYear { get; init; }

    /// <summary>
    /// For a paragraph numbered in two levels (<c>2.3</c>): the chapter's number (2), its own being <see cref="Value"/>;
    /// 0 for a number of one level. It is a label only under the chapter heading of that number.
    /// </summary>
    public int InChapter { get; init; }

    /// <summary>For a heading numbered by a letter (<c>Section C</c>, <c>Part A</c>): its <see cref="Value"/> is the letter's place.</summary>
    public bool Lettered { get; init; }

    /// <summary>
    /// For a footnote's number restored where the note stands inside a sentence that a column's or page's foot broke, with
    /// no blank line before it (see <see cref="ExtractedText"/>): it starts a footnote all the same.
    /// </summary>
    public bool InsideSentence { get; init; }

    /// <summary>
    /// For a number or letter that numbers a heading beneath a lettered one while the paragraphs are numbered on through
    /// the document (<c>1. Summary of the debate</c>, <c>(b) Specific comments</c> between paragraphs 223 and 224, as the
    /// International Law Commission's and other bodies' reports set them): it starts a heading and leaves the paragraph count alone.
    /// </summary>
    public bool NumbersHeading { get; init; }

    public BlockLabel ToLabel() => new(Written, Anchor, Style);
}
