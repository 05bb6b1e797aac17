namespace Alignment.Documents.Reading;

/// <summary>
/// The document structure as far as it has been read: section, open headings, the paragraph numbering and the
/// lists open inside the current paragraph. It judges whether a label fits where it stands (a line starting
/// <c>2011.</c> after paragraph 2 is a wrapped line, not paragraph 2011) and places each block: kind and path.
/// Immutable; each accepted block yields the next outline.
/// </summary>
internal sealed record Outline
{
    public const string Front = "front";
    public const string Body = "body";

    /// <summary>Paragraphs go missing in extracted text; a number this far past the expected one still counts.</summary>
    private const int MaxJump = 3;

    /// <summary>The first paragraph number of a section may be anything below this (excerpts start mid-document), but not a year.</summary>
    private const int FirstNumberLimit = 1000;

    /// <summary>An excerpt may start at any chapter up to X; beyond that a lone <c>C.</c> is more likely a letter.</summary>
    private const int FirstChapterLimit = 10;

    public static Outline Start { get; } = new();

    public string Section { get; private init; } = Front;

    public bool InFront => Section == Front;

    /// <summary>The headings that name their level (<c>part 1</c>, <c>chapter 2</c>, <c>section 3</c>), outermost first.</summary>
    private Division? Part { get; init; }

    private Division? NamedChapter { get; init; }

    private Division? NamedSection { get; init; }

    /// <summary>Top-level heading (<c>II</c> for <c>II.</c> or <c>二.</c>) and its number.</summary>
    private string? Chapter { get; init; }

    private int ChapterNumber { get; init; }

    /// <summary>Lettered sub-heading (<c>B</c>) and its number.</summary>
    private string? Subsection { get; init; }

    private int SubsectionNumber { get; init; }

    /// <summary>Innermost heading: an unlabelled one (<c>Prevention</c>) or an article (<c>article 3</c>).</summary>
    private string? Topic { get; init; }

    private int ArticleNumber { get; init; }

    /// <summary>An annex heading was just read; its first unlabelled block is the annex title.</summary>
    private bool AwaitingTitle { get; init; }

    /// <summary>Number of the last top-level paragraph in this section.</summary>
    private int Paragraph { get; init; }

    /// <summary>For a paragraph numbered in two levels (<c>2.3</c>), its chapter's number; 0 for one level.</summary>
    private int ParagraphChapter { get; init; }

    private bool HeadingSinceParagraph { get; init; }

    /// <summary>A list of numbered items announced by a paragraph ending in a colon (an agenda).</summary>
    private NestedList? Nested { get; init; }

    /// <summary>The block lettered items go under: the current numbered paragraph or nested item.</summary>
    private BlockPath? ListParent { get; init; }

    private int Letter { get; init; }

    private BlockPath? LetterPath { get; init; }

    private int SubItem { get; init; }

    /// <summary>
    /// The list parent is a paragraph or item numbered in Arabic digits (<c>1.</c>), not an article: UN texts number
    /// the items directly under such a paragraph <c>(a)</c> or <c>(i)</c>, never <c>(1)</c>, so a Chinese <c>（一）</c>
    /// there is Roman one, as under a lettered item; under an article it is the numbered item of a Chinese law.
    /// </summary>
    private bool UnderNumber { get; init; }

    /// <summary>The last Roman item (<c>(ii)</c>) under the current lettered item or paragraph, 0 before the first.</summary>
    private int RomanItem { get; init; }

    /// <summary>The last number of a heading numbered beneath the current chapter or lettered heading (<c>2. Summary of the debate</c>), 0 before the first.</summary>
    private int NumberedHeading { get; init; }

    /// <summary>The last letter of a heading lettered right under a heading (<c>(a) General comments</c>), 0 before the first.</summary>
    private int LetteredHeading { get; init; }

    private BlockPath HeadingPath => Path(Section, Part?.Anchor, NamedChapter?.Anchor, NamedSection?.Anchor, Chapter, Subsection, Topic);

    /// <summary>The first of the candidate labels that fits the numbering here, or null.</summary>
    public LabelCandidate? Choose(IReadOnlyList<LabelCandidate> candidates) => Choose(candidates, []);

    /// <summary>
    /// The first of the candidate labels that fits the numbering here, or null; <paramref name="next"/> holds the
    /// candidates of the next label in the text, which tells <c>(i)</c> after <c>(h)</c> apart: Roman one when
    /// <c>(ii)</c> follows, the letter when <c>(j)</c> does or nothing does.
    /// </summary>
    public LabelCandidate? Choose(IReadOnlyList<LabelCandidate> candidates, IReadOnlyList<LabelCandidate> next)
    {
        // Roman items go on where another reading would fit as well: (v) after (iv) even after (u); under a lettered
        // item or a numbered paragraph a Chinese numeral in parentheses is the Roman item, not a numbered one.
        if (candidates.FirstOrDefault(c => c.Style == LabelStyle.LowerRoman && ((RomanItem > 0 && c.Value == RomanItem + 1) || c.NestedOnly) && Fits(c)) is { } roman)
        {
            return roman;
        }

        if (candidates.FirstOrDefault(c => c.Style == LabelStyle.LowerRoman && c.Value == 1 && Fits(c)) is { } first
            && next.Any(n => n.Style == LabelStyle.LowerRoman && n.Value == 2))
        {
            return first;
        }

        // A heading lettered on from the one before (Section I after Section H) is the letter, not Roman one.
        if (candidates.FirstOrDefault(c => c.Lettered && Fits(c) && c.Value == LastDivisionOf(c.Style) + 1) is { } lettered)
        {
            return lettered;
        }

        foreach (var candidate in candidates)
        {
            if (Fits(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="label"/> would open a series rather than go on with one: the document's paragraph
    /// numbering past 1 (an extract that starts at paragraph 17), or a first lettered, Roman or numbered item. Only the
    /// text around such a label tells it from a figure or a cross-reference (<c>item 18 (a)</c>) a wrapped line starts with.
    /// </summary>
    public bool Opens(LabelCandidate label) => label.Style switch
    {
        LabelStyle.Arabic => label.InChapter == 0 && label.Inserted == 0 && Paragraph == 0 && Nested is null && label.Value > 1,
        LabelStyle.LowerLetter or LabelStyle.LowerRoman or LabelStyle.ParenthesizedNumber => label.Value == 1,
        _ => false,
    };

    /// <summary>
    /// The first candidate that continues a lettered list with items left out, as an agenda lists the sub-items
    /// <c>(a)</c>, <c>(c)</c> and <c>(d)</c> a meeting took up; or null. Only for a line that starts on its own: at
    /// the start of a wrapped line, <c>(c)</c> is more likely a cross-reference.
    /// </summary>
    public LabelCandidate? ChooseSkipping(IReadOnlyList<LabelCandidate> candidates) =>
        candidates.FirstOrDefault(c => Fits(c) || (c.Style == LabelStyle.LowerLetter && Letter > 0 && c.Value > Letter && c.Value <= Letter + 1 + MaxJump));

    /// <summary>
    /// The first candidate that opens a lettered list past <c>(a)</c> right under a heading, as a record names under an
    /// agenda item the one sub-item a meeting took up (<c>Agenda item 19: Sustainable development (continued)</c> /
    /// <c>(c) Disaster risk reduction</c>); or null where a list is open. Whether the block before is such a heading,
    /// and the line starts on its own with a title after its label, the caller tells: in running text, <c>(c)</c> is a
    /// cross-reference.
    /// </summary>
    public LabelCandidate? ChooseUnderHeading(IReadOnlyList<LabelCandidate> candidates) =>
        !InFront && Letter == 0 && ListParent is null
            ? candidates.FirstOrDefault(c => c.Style == LabelStyle.LowerLetter && c.Value > 1)
            : null;

    /// <summary>
    /// The first candidate that numbers a heading beneath the lettered ones while the paragraphs are numbered on through
    /// the document, or null: <c>1.</c>, <c>2.</c> … under <c>B.</c> and <c>(a)</c>, <c>(b)</c> … under <c>2.</c>, each
    /// the next of its series, where the paragraph after it (<paramref name="next"/>) goes on with the paragraphs' count
    /// and the label does not (or, under a numbered heading, the first lettered heading beneath it opens). Whether the line starts on its own and holds a heading's title, the caller tells.
    /// </summary>
    public LabelCandidate? ChooseHeading(IReadOnlyList<LabelCandidate> candidates, IReadOnlyList<LabelCandidate> next)
    {
        if (InFront || Paragraph == 0 || ParagraphChapter > 0)
        {
            return null;
        }

        var paragraphNext = next.Any(n => n.Style == LabelStyle.Arabic && n.InChapter == 0 && n.Value == Paragraph + 1);
        var letterNext = next.Any(n => n.Style == LabelStyle.LowerLetter && n.Value == 1);
        var heading = candidates.FirstOrDefault(c =>
            (c.Style == LabelStyle.Arabic && c.InChapter == 0 && c.Inserted == 0 && !c.GluedToYear && c.Value == NumberedHeading + 1 && c.Value < Paragraph
                && (paragraphNext || letterNext))
            || (c.Style == LabelStyle.LowerLetter && LetteredHeading > 0 && c.Value == LetteredHeading + 1 && paragraphNext));
        return heading is null ? null : heading with { NumbersHeading = true };
    }

    /// <summary>Places a finished block and returns the outline after it.</summary>
    public (Placement Placement, Outline Next) Accept(DraftBlock block)
    {
        if (block.IsFootnote)
        {
            return (new Placement(BlockKind.Footnote, Path(Section, $"footnote {block.Label!.Anchor}"), Section), this);
        }

        if (block.IsTableCell && !(InFront && block.Label is null))
        {
            // A cell is content of the table, under the heading before it: a few words in a cell name a row or a
            // column, not a section, and a number or letter in one counts rows, not the document's paragraphs. On the
            // cover, cells are the cover's (symbol, date, title) and are read as the rest of the cover is.
            return (Place(BlockKind.Paragraph, HeadingPath), this);
        }

        if (block.IsAnnexMarker)
        {
            var annex = new Outline { Section = block.AnnexSection, AwaitingTitle = !AnnexMarker.HasTitle(block.Chars) };
            return (new Placement(BlockKind.Heading, Path(annex.Section), annex.Section), annex);
        }

        var text = block.Chars;
        if (block.Label is { } label)
        {
            var inBody = InFront ? this with { Section = Body } : this;
            return inBody.AcceptLabelled(label, text);
        }

        if (block.StyledHeading != StyledHeading.None && !(AwaitingTitle && !InFront))
        {
            return AcceptStyledHeading(block.StyledHeading, text);
        }

        if (InFront)
        {
            if (block.IsMetadataLine)
            {
                return (new Placement(BlockKind.Metadata, Path(Front), Front), this);
            }

            if (!TextShape.EndsWithTerminal(text))
            {
                return (new Placement(BlockKind.Title, Path(Front), Front), this);
            }

            var body = this with { Section = Body };
            return (body.Place(BlockKind.Paragraph, body.HeadingPath), body);
        }

        if (AwaitingTitle)
        {
            return (Place(BlockKind.Title, Path(Section)), this with { AwaitingTitle = false });
        }

        if (TextShape.IsHeadingLike(text) && !IsTableRow(block) && HasLetter(text))
        {
            var topic = WithoutFootnoteMarkers(text);
            var next = ClearLists() with { Topic = topic, HeadingSinceParagraph = true, AwaitingTitle = false };
            return (Place(BlockKind.Heading, next.HeadingPath), next);
        }

        return (Place(BlockKind.Paragraph, HeadingPath), this);
    }

    /// <summary>
    /// A paragraph its style makes a title or heading is one whatever its shape. In the front matter either is a line
    /// of the title, as an unlabelled heading there is: documents style their title Heading 1 as often as Title.
    /// </summary>
    private (Placement, Outline) AcceptStyledHeading(StyledHeading styled, ReadOnlySpan<char> text)
    {
        if (InFront)
        {
            return (new Placement(BlockKind.Title, Path(Front), Front), this);
        }

        if (styled == StyledHeading.Title)
        {
            return (Place(BlockKind.Title, Path(Section)), this with { AwaitingTitle = false });
        }

        var next = ClearLists() with { Topic = WithoutFootnoteMarkers(text), HeadingSinceParagraph = true, AwaitingTitle = false };
        return (Place(BlockKind.Heading, next.HeadingPath), next);
    }

    private bool Fits(LabelCandidate label) => label.Style switch
    {
        LabelStyle.Footnote => true,
        // A number inserted after paragraph N (N bis.) follows N or another insertion after it.
        LabelStyle.Arabic when label.InChapter > 0 => FitsTwoLevels(label),
        LabelStyle.Arabic when label.Inserted > 0 => Paragraph > 0 && label.Value == Paragraph,
        LabelStyle.Arabic when label.GluedToYear => Paragraph > 0 && label.Value == Paragraph + 1 && Nested is null,
        LabelStyle.Arabic => RoleOf(label.Value) != NumberRole.None,
        LabelStyle.Roman or LabelStyle.ChineseNumeral => label.Value == ChapterNumber + 1 || (Chapter is null && label.Value <= FirstChapterLimit),
        LabelStyle.UpperLetter => label.Value == SubsectionNumber + 1 || label.Value == 1 || Subsection is null,
        LabelStyle.LowerLetter => label.Value == Letter + 1 || label.Value == 1,
        LabelStyle.ParenthesizedNumber => label.Value == SubItem + 1 || label.Value == 1,
        LabelStyle.LowerRoman => (RomanItem > 0 && label.Value == RomanItem + 1) || (label.Value == 1 && (!label.NestedOnly || Letter > 0 || UnderNumber)),
        LabelStyle.Part => Division.Follows(Part, label),
        LabelStyle.Chapter => Division.Follows(NamedChapter, label),
        LabelStyle.Section => Division.Follows(NamedSection, label),
        LabelStyle.Article => label.Value == 1 || (label.Value > ArticleNumber && label.Value <= ArticleNumber + 1 + MaxJump)
            || (label.Inserted > 0 && label.Value == ArticleNumber),
        _ => false,
    };

    /// <summary>
    /// Whether a paragraph number in two levels (<c>2.3</c>) fits: the next after the paragraph before in its chapter
    /// (a decimal starting a wrapped line, 1.5 million, seldom is), or starting a chapter's count: under the chapter heading of its number,
    /// or in the chapter after the last paragraph's, or as the document's first chapter, for a chapter heading the
    /// reader did not take for one (letter-spaced, say) still numbers the paragraphs under it.
    /// </summary>
    private bool FitsTwoLevels(LabelCandidate label)
    {
        if (label.Value > 1)
        {
            return ParagraphChapter > 0 && label.InChapter == ParagraphChapter && label.Value == Paragraph + 1;
        }

        var newChapter = ParagraphChapter != label.InChapter;
        return (label.InChapter == ChapterNumber && (newChapter || HeadingSinceParagraph))
            || (ParagraphChapter > 0 && label.InChapter == ParagraphChapter + 1)
            || (ParagraphChapter == 0 && label.InChapter == 1);
    }

    /// <summary>Whether number <paramref name="n"/> continues the nested list (preferred) or the top-level paragraphs.</summary>
    private NumberRole RoleOf(int n)
    {
        if (Nested is { } nested && n == nested.Last + 1)
        {
            return NumberRole.NestedItem;
        }

        var expected = Paragraph + 1;
        var first = Paragraph == 0 && n < FirstNumberLimit;
        var restart = n == 1 && HeadingSinceParagraph;
        return n == expected || first || restart || (n > expected && n <= expected + MaxJump) ? NumberRole.Paragraph : NumberRole.None;
    }

    private (Placement, Outline) AcceptLabelled(LabelCandidate label, ReadOnlySpan<char> text)
    {
        var settled = this with { AwaitingTitle = false };
        return label.Style switch
        {
            LabelStyle.Arabic when label.NumbersHeading => settled.AcceptNumberedHeading(label),
            LabelStyle.LowerLetter when label.NumbersHeading || (ListParent is null && TextShape.IsSectionTitle(text)) => settled.AcceptLetteredHeading(label),
            LabelStyle.Arabic when label.InChapter > 0 => settled.AcceptParagraph(label, text),
            LabelStyle.Arabic when RoleOf(label.Value) == NumberRole.NestedItem => settled.AcceptNestedItem(label),
            LabelStyle.Arabic => settled.AcceptParagraph(label, text),
            LabelStyle.Roman or LabelStyle.ChineseNumeral => settled.AcceptChapter(label),
            LabelStyle.UpperLetter => settled.AcceptSubsection(label),
            LabelStyle.Article => settled.AcceptArticle(label, text),
            LabelStyle.LowerLetter => settled.AcceptLetterItem(label),
            LabelStyle.LowerRoman => settled.AcceptRomanItem(label),
            LabelStyle.Part or LabelStyle.Chapter or LabelStyle.Section => settled.AcceptDivision(label),
            _ => settled.AcceptNumberedItem(label),
        };
    }

    private (Placement, Outline) AcceptNestedItem(LabelCandidate label)
    {
        var path = Nested!.Parent.Child($"item {label.Value}");
        var next = ClearLetters() with { Nested = Nested with { Last = label.Value }, ListParent = path, UnderNumber = true };
        return (Place(BlockKind.ListItem, path), next);
    }

    private (Placement, Outline) AcceptParagraph(LabelCandidate label, ReadOnlySpan<char> text)
    {
        var path = HeadingPath.Child(label.Anchor);
        var nested = TextShape.EndsWithColon(text) ? new NestedList(path, 0) : null;
        var next = ClearLetters() with
        {
            Paragraph = label.Value,
            ParagraphChapter = label.InChapter,
            HeadingSinceParagraph = false,
            Nested = nested,
            ListParent = path,
            UnderNumber = true,
        };
        return (Place(BlockKind.NumberedParagraph, path), next);
    }

    /// <summary>A heading numbered beneath a lettered one: its number is its topic, and the lettered headings under the one before close.</summary>
    private (Placement, Outline) AcceptNumberedHeading(LabelCandidate label)
    {
        var next = ClearLists() with { Topic = label.Anchor, NumberedHeading = label.Value, LetteredHeading = 0, HeadingSinceParagraph = true };
        return (Place(BlockKind.Heading, next.HeadingPath), next);
    }

    private (Placement, Outline) AcceptChapter(LabelCandidate label)
    {
        var next = ClearLists() with
        {
            Chapter = label.Anchor,
            ChapterNumber = label.Value,
            Subsection = null,
            SubsectionNumber = 0,
            Topic = null,
            HeadingSinceParagraph = true,
            NumberedHeading = 0,
            LetteredHeading = 0,
        };
        return (Place(BlockKind.Heading, next.HeadingPath), next);
    }

    private (Placement, Outline) AcceptSubsection(LabelCandidate label)
    {
        var next = ClearLists() with { Subsection = label.Anchor, SubsectionNumber = label.Value, Topic = null, HeadingSinceParagraph = true, NumberedHeading = 0, LetteredHeading = 0 };
        return (Place(BlockKind.Heading, next.HeadingPath), next);
    }

    /// <summary>An article is a heading when its label stands alone or with a short title, else a numbered paragraph.</summary>
    private (Placement, Outline) AcceptArticle(LabelCandidate label, ReadOnlySpan<char> text)
    {
        var next = ClearLists() with { Topic = label.Anchor, ArticleNumber = label.Value, HeadingSinceParagraph = true };
        return text.Length == 0 || TextShape.IsHeadingLike(text)
            ? (Place(BlockKind.Heading, next.HeadingPath), next)
            : (Place(BlockKind.NumberedParagraph, next.HeadingPath), next with { ListParent = next.HeadingPath });
    }

    private (Placement, Outline) AcceptLetterItem(LabelCandidate label)
    {
        var path = (ListParent ?? HeadingPath).Child(label.Anchor);
        return (Place(BlockKind.ListItem, path), this with { Letter = label.Value, LetterPath = path, SubItem = 0, RomanItem = 0 });
    }

    /// <summary>
    /// A lettered item with a heading's title right under a heading (<c>(a) General comments</c>), or one that goes on
    /// from such an item past numbered paragraphs: an item as any lettered one, whose letter the next such heading continues.
    /// </summary>
    private (Placement, Outline) AcceptLetteredHeading(LabelCandidate label)
    {
        var (placement, next) = AcceptLetterItem(label);
        return (placement, next with { LetteredHeading = label.Value });
    }

    private (Placement, Outline) AcceptRomanItem(LabelCandidate label)
    {
        var path = (LetterPath ?? ListParent ?? HeadingPath).Child(label.Anchor);
        return (Place(BlockKind.ListItem, path), this with { RomanItem = label.Value });
    }

    /// <summary>
    /// A part, chapter or section heading closes the headings inside it. The number of the level below is kept, as
    /// chapters can be numbered on through parts; its heading is not.
    /// </summary>
    private (Placement, Outline) AcceptDivision(LabelCandidate label)
    {
        var division = new Division(label.Anchor, label.Value);
        var inner = ClearLists() with { Chapter = null, Subsection = null, SubsectionNumber = 0, Topic = null, HeadingSinceParagraph = true, NumberedHeading = 0, LetteredHeading = 0 };
        var next = label.Style switch
        {
            LabelStyle.Part => inner with { Part = division, NamedChapter = NamedChapter?.Closed(), NamedSection = NamedSection?.Closed() },
            LabelStyle.Chapter => inner with { NamedChapter = division, NamedSection = NamedSection?.Closed() },
            _ => inner with { NamedSection = division },
        };
        return (Place(BlockKind.Heading, next.HeadingPath), next);
    }

    private (Placement, Outline) AcceptNumberedItem(LabelCandidate label)
    {
        var path = (LetterPath ?? ListParent ?? HeadingPath).Child(label.Anchor);
        return (Place(BlockKind.ListItem, path), this with { SubItem = label.Value });
    }

    private int LastDivisionOf(LabelStyle style) => (style switch
    {
        LabelStyle.Part => Part,
        LabelStyle.Chapter => NamedChapter,
        _ => NamedSection,
    })?.Number ?? 0;

    /// <summary>A row of a table of figures is content under the heading before the table, never a heading itself.</summary>
    private static bool IsTableRow(DraftBlock block) => block.Lines.Count == 1 && TableRow.IsRow(block.Lines[0]);

    /// <summary>A cell of figures alone (<c>4,210</c>, <c>38%</c>) names no section.</summary>
    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private Placement Place(BlockKind kind, BlockPath path) => new(kind, path, Section);

    private Outline ClearLetters() => this with { Letter = 0, LetterPath = null, SubItem = 0, RomanItem = 0 };

    private Outline ClearLists() => ClearLetters() with { Nested = null, ListParent = null, UnderNumber = false };

    private static BlockPath Path(params string?[] parts) => BlockPath.Of([.. parts.OfType<string>()]);

    private static string WithoutFootnoteMarkers(ReadOnlySpan<char> text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Chars.IsSuperscriptDigit(c) && !(c == ' ' && (plain.Length == 0 || plain[^1] == ' ')))
            {
                plain.Append(c);
            }
        }

        return plain.ToString().TrimEnd();
    }

    private enum NumberRole
    {
        None,
        Paragraph,
        NestedItem,
    }

    /// <summary>A part, chapter or section heading; a closed one is no longer in the path, but its number goes on.</summary>
    /// <param name="Anchor">Its anchor (<c>chapter 2</c>), or null once a heading above it closed it.</param>
    /// <param name="Number">Its number.</param>
    private sealed record Division(string? Anchor, int Number)
    {
        /// <summary>Whether <paramref name="label"/> can follow <paramref name="last"/>, the last heading of its level.</summary>
        public static bool Follows(Division? last, LabelCandidate label) =>
            label.Value == 1 || label.Value == (last?.Number ?? 0) + 1 || (last?.Anchor is null && label.Value <= FirstChapterLimit);

        public Division Closed() => this with { Anchor = null };
    }

    /// <summary>A numbered list inside a paragraph.</summary>
    /// <param name="Parent">The path of the paragraph that announced it.</param>
    /// <param name="Last">The last item number read, 0 before the first.</param>
    private sealed record NestedList(BlockPath Parent, int Last);
}
