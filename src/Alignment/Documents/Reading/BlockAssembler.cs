using System.Buffers;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Groups content lines into blocks. A line starts a block when it carries a label that fits the numbering, opens
/// an annex, is a front-matter item, follows a gap, is a table row or follows a line that stopped short of the measure;
/// otherwise it is a hard-wrapped continuation. A blank line ends a paragraph; only after a page break (page furniture,
/// a form feed, a footnote at the foot of the page) does an unlabelled line continue the last paragraph, when that
/// paragraph was left open.
/// </summary>
internal sealed partial class BlockAssembler
{
    private readonly IReadOnlyList<ContentLine> lines;
    private readonly LineJoiner joiner;
    private readonly bool gapsEndParagraphs;
    private readonly int fullWidth;
    private readonly int fullLength;
    private readonly int fullProportional;
    private readonly int fullSolid;

    /// <summary>
    /// <see cref="fullSolid"/> of the lines that open with no label, where it is the narrower (else <see cref="fullSolid"/>):
    /// where paragraph numbers hang in the margin, the lines that carry them reach past the measure that the others fill.
    /// </summary>
    private readonly int fullSolidUnlabelled;

    /// <summary>The width a text without pages was hard-wrapped at, if it was.</summary>
    private readonly WrapWidth wrap;

    /// <summary>Whether the wrapped text marks its paragraphs by indenting their first lines (see <see cref="FirstLineIndent"/>).</summary>
    private readonly bool firstLineIndents;

    /// <summary>
    /// Whether the text was laid out on pages (page furniture, form feeds, runs of blank lines), where an extractor's
    /// blank lines say nothing about paragraphs.
    /// </summary>
    private readonly bool paged;

    /// <summary>In tenths of the measure: a line that ends this short before the next word ended its segment.</summary>
    private readonly int shortShare;
    private readonly List<DraftBlock> drafts = [];

    /// <summary>A front-matter line that leaves a bracket open goes on for at most this many lines (a title's date run on a short measure).</summary>
    private const int FrontBracketLines = 4;

    /// <summary>In tenths of the measure: a line before CJK text that ends this short ended its paragraph.</summary>
    private const int CjkShortShare = 7;

    /// <summary>In tenths of the measure: in text not laid out on pages, a line that ends a sentence this short ended its paragraph.</summary>
    private const int SentenceShare = 9;

    /// <summary>In tenths of the measure: a cover title this short before a capital ended its block.</summary>
    private const int CoverShare = 7;

    /// <summary>In tenths of the measure: a line that closes a bracket this short before a capital ended its block.</summary>
    private const int ClosedShortShare = 9;

    /// <summary>
    /// In tenths of a paragraph's own measure: in text laid out on pages, a line that ends this short of it, with room
    /// left for the next word, ended its paragraph.
    /// </summary>
    private const int RoomShare = 8;

    /// <summary>Han characters at least in a line of CJK front matter that is a title cut inside a phrase (see <see cref="CutInsideCjkTitle"/>).</summary>
    private const int CutTitleHan = 12;

    /// <summary>Han characters at most in a field's name before its colon (<c>报告员：</c>).</summary>
    private const int FieldNameHan = 4;

    /// <summary>
    /// In hundredths of a paragraph's own measure, by the letters' estimated widths: a line that ends a sentence and left
    /// room for the next sentence's first word within this share ended its paragraph. Lines that wrapped there come out
    /// at the whole measure or more; the share leaves room for what the estimate gets wrong.
    /// </summary>
    private const int SentenceRoomShare = 95;

    /// <summary>How many lines after a sub-item that skips a letter its next item may start, to confirm it.</summary>
    private const int NextItemReach = 3;

    /// <summary>Lines searched for the next label: an item of a few hundred words, wrapped.</summary>
    private const int NextLabelReach = 30;

    /// <summary>The width of a full-width character, in display columns.</summary>
    private const int CjkCharacter = 2;

    /// <summary>In tenths of the measure: a line of CJK text before a page break that ends this short of it ended its unit.</summary>
    private const int PageEndShare = 7;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？.!?");

    /// <summary>What a cell of figures is made of (<c>18,082</c>, <c>(25)</c>, <c>12.5%</c>): a title has a letter besides.</summary>
    private static readonly SearchValues<char> FigureCharacters = SearchValues.Create("0123456789 ,.()%-–—（）");

    /// <summary>Letters at least in the word that marks a signature (<c>Sgd.</c>); fewer make a label (<c>(a)</c>, <c>(iv)</c>).</summary>
    private const int SignatureMarkLetters = 3;

    /// <summary>Characters at most in the label before an address (<c>电子邮件</c>, <c>E-mail</c>).</summary>
    private const int AddressLabel = 12;

    /// <summary>Words at most in a signature's name.</summary>
    private const int SignatureNameWords = 4;

    /// <summary>No page or screen wraps text wider than this many display columns (120 Chinese characters).</summary>
    private const int UnwrappedWidth = 240;

    /// <summary>The block the next wrapped line would continue; a footnote while one is being read.</summary>
    private DraftBlock? current;

    /// <summary>The last block that is not a footnote: the one a page break may have interrupted.</summary>
    private DraftBlock? main;

    /// <summary>The outline before <see cref="main"/>; footnotes never change it.</summary>
    private Outline beforeMain = Outline.Start;

    /// <summary>The placement given last, for the next block to share.</summary>
    private Placement? lastPlacement;

    private BlockAssembler(IReadOnlyList<ContentLine> lines, LineJoiner joiner, WrapWidth wrap, bool gapsEndParagraphs)
    {
        this.lines = lines;
        this.joiner = joiner;
        this.wrap = wrap;
        firstLineIndents = wrap.IsKnown && FirstLineIndent.MarksParagraphs(lines);
        this.gapsEndParagraphs = gapsEndParagraphs;
        fullWidth = Full(lines, l => TextShape.Width(l.Text.Text));
        fullLength = Full(lines, l => l.Text.Length);
        fullProportional = Full(lines, l => ProportionalWidth.Of(l.Text.Text));
        fullSolid = Full(lines, l => SolidWidth(l.Text.Text));
        var unlabelled = Full([.. lines.Where(l => l.Labels.Count == 0)], l => SolidWidth(l.Text.Text));
        fullSolidUnlabelled = unlabelled > 0 ? Math.Min(fullSolid, unlabelled) : fullSolid;

        // Pages set titles and headings on narrower measures than the body, and in proportional type a long word or
        // symbol can leave a third of a line empty: in paged text only a line that stopped at half the measure ended.
        paged = lines.Any(l => l.PageBreakBefore);
        shortShare = paged ? 5 : 7;
    }

    /// <summary>The blocks in reading order, each placed (kind and path; footnote paths are provisional).</summary>
    /// <param name="lines">The content lines.</param>
    /// <param name="joiner">How wrapped lines join.</param>
    /// <param name="wrap">The width the text was hard-wrapped at, if it was (see <see cref="WrapWidth"/>).</param>
    /// <param name="gapsEndParagraphs">
    /// Whether every gap ends a paragraph, as in text a PDF or Word reader laid out; otherwise a paragraph broken by a
    /// page may go on after a gap.
    /// </param>
    public static IReadOnlyList<DraftBlock> Assemble(IReadOnlyList<ContentLine> lines, LineJoiner joiner, WrapWidth wrap, bool gapsEndParagraphs = false)
    {
        var assembler = new BlockAssembler(lines, joiner, wrap, gapsEndParagraphs);
        for (var i = 0; i < lines.Count; i++)
        {
            assembler.Read(i);
        }

        assembler.CloseMain();
        assembler.current?.Close();
        return assembler.drafts;
    }

    private Outline Outline => main is null ? beforeMain : beforeMain.Accept(main).Next;

    private void Read(int i)
    {
        // The outline is only worked out when a decision needs it: a long paragraph of wrapped lines needs none.
        var line = lines[i];
        if (line.Labels.Count > 0 && ChooseLabel(i) is { } label && (label.Style != LabelStyle.Footnote || StartsFootnote(i, label)))
        {
            Start(line, label);
        }
        else if (current is null || (line.AnnexSection.Length > 0 && line.GapBefore))
        {
            Start(line, null);
        }
        else if (FloatsOverBrokenParagraph(line))
        {
            // Read beside the paragraph, as a footnote is: the text after it goes on with the paragraph.
            var aside = new DraftBlock(line, null, joiner);
            drafts.Add(aside);
            MakeCurrent(aside);
            Place(aside, Outline.Accept(aside).Placement);
        }
        else if (!line.GapBefore && ResumesAfterFootnote(line))
        {
            main!.Add(line);
            MakeCurrent(main);
        }
        else if (!line.GapBefore)
        {
            if (!WrappedInReference() && !CutInsideCjkPhrase(i) && !MetadataLine.CutBeforeYear(lines[i - 1].Text.Text, line.Text.Text)
                && (current.IsAnnexMarker || (current.IsMetadataLine && Outline.InFront) || StartsFrontMetadata(i) || StartsNumberedTitle(i) || OpensPreambleUnderTitle(i) || IsRunOnHeading(i) || EndsCoverLine(i) || EndsFrontLine(i)
                    || (Outline.InFront && ByLine.Is(line.Text.Text)) || !IsWrapped(i)))
            {
                Start(line, null);
            }
            else
            {
                current.Add(line);
            }
        }
        else if (!gapsEndParagraphs && main is not null && !TableRow.IsRow(line) && !TableRow.IsRow(main.Lines[^1]) && Fragment(i) is var fragment
            && (ContinuesAfterGap(beforeMain.Accept(main).Placement.Kind, main.Chars, fragment, paged || current != main)
                || (line.PageBreakBefore && FilledCjkLine(main, fragment)))
            && !(!line.PageBreakBefore && current == main && EndedShortBefore(main, fragment))
            && !(line.PageBreakBefore && HeadingEndedPage(main, fragment))
            && !(line.PageBreakBefore && CjkEndedPage(main, fragment))
            && !(line.PageBreakBefore && IntroductionEndedPage(main, fragment))
            && !EndedCaption(main, fragment)
            && !ClauseStarts.OpensParallelClause(main.Lines[^1].Text.Text, fragment) && !ClauseStarts.EndsBeforeSentence(main.Lines[^1].Text.Text, fragment)
            && !ClauseStarts.OpensParallelChineseClause(main.Chars, main.Lines[^1].Text.Text, fragment)
            && !(paged && !line.PageBreakBefore && current == main && EndsClauseAtGap(main, fragment))
            && !(paged && !line.PageBreakBefore && !char.IsLower(fragment[0]) && ClosedOrLatin(TextShape.FinalMark(main.Chars)) && main.Lines.Count > 1
                && LeftRoom(main, line.Text.Text, measuredByNext: false)))
        {
            main.Add(line);
            MakeCurrent(main);
        }
        else
        {
            Start(line, null);
        }
    }

    /// <summary>
    /// Whether line <paramref name="i"/> of the front matter is a date or field of its own (<c>14 November 2026</c>,
    /// <c>Original: English</c>) under a line of Latin script that closed its phrase: a masthead's cell set under the
    /// organ's name in the same cell, which an extractor puts on the line under it with no gap (<c>Convention to Combat
    /// Desertification</c> / <c>14 November 2026</c>), and so is a session or agenda item (<c>Executive Board</c> /
    /// <c>147th Session</c>, <c>Eighty-first session</c> / <c>Agenda item 20 (b)</c>), which a PDF's cell sets under the
    /// organ with no gap between them. A title that wraps onto its date goes on from a preposition or a
    /// comma (<c>… held on</c> / <c>14 November 2026</c>); CJK text breaks anywhere, before a date as readily.
    /// </summary>
    private bool StartsFrontMetadata(int i)
    {
        var before = lines[i - 1].Text.Text.TrimEnd();
        var text = lines[i].Text.Text;
        return Outline.InFront && (MetadataLine.IsMatch(text) || MetadataLine.OpensSessionOrItem(text)) && before.Length > 0 && !TextShape.EndsWithFunctionWord(before)
            && char.IsLetter(before[^1]) && !Chars.IsCjk(before[^1]);
    }

    /// <summary>
    /// Whether a title's short measure cut a phrase of CJK front matter before line <paramref name="i"/>: the line starts
    /// with <c>的</c>, which binds to the words before it (<c>电子废物、儿童和工人：回收链上</c> / <c>的人权</c>), or the line
    /// before ends in <c>和</c>, which joins the words after (<c>有毒物质和废物的无害环境管理和</c> / <c>处置对人权的影响…</c>).
    /// No unit of a masthead starts or ends so; CJK text breaks anywhere, so only the words tell. Not a line ending in
    /// <c>的</c>, <c>与</c> or <c>及</c>, which end words as often (<c>本文件的目的</c>, <c>公众参与</c>, <c>普及</c>).
    /// A line of one Han character alone under a Han line is the last character of a title its measure left over
    /// (<c>联合国日内瓦办事处战略遗产计</c> / <c>划</c>, <c>…咨询委员会的报</c> / <c>告</c>): no organ, session, date or title
    /// of a masthead is one character long. Unless running text follows it (a line wider than the title's or ending a
    /// sentence): then it is a heading of one character over that text (<c>序</c>, <c>注</c>).
    /// </summary>
    private bool CutInsideCjkPhrase(int i)
    {
        var (before, line) = (lines[i - 1].Text.Text.TrimEnd(), lines[i].Text.Text.Trim());
        return paged && before.Length > 0 && line.Length > 0 && Chars.IsHan(before[^1]) && Chars.IsHan(line[0])
            && (line[0] == '的' || before[^1] == '和' || (line.Length == 1 && !RunningTextAfter(i, before))) && Outline.InFront;
    }

    /// <summary>Whether the line after <paramref name="i"/> is running text: wider than <paramref name="title"/>, or ending a sentence.</summary>
    private bool RunningTextAfter(int i, string title)
    {
        var after = i + 1 < lines.Count ? lines[i + 1].Text.Text.TrimEnd() : string.Empty;
        return after.Length > 0 && (SolidWidth(after) > SolidWidth(title) || after[^1] is '。' or '！' or '？');
    }

    /// <summary>
    /// Whether line <paramref name="i"/> of paged text names a numbered text alone (<c>Conclusion 1</c>, <c>Decision
    /// 7/COP.17</c>; see <see cref="NumberedTitle"/>) under a line that closed a phrase, a heading's or a title's
    /// (<c>Draft conclusions on sea-level rise in relation to international law</c>, <c>… at its seventeenth session</c>),
    /// with no gap an extractor kept between them: it is a unit of its own, unless the text goes on in lower case after it
    /// (a reference a line's wrap set alone) or the line above ends in a function word or a comma.
    /// </summary>
    private bool StartsNumberedTitle(int i)
    {
        var before = lines[i - 1].Text.Text.TrimEnd();
        return paged && NumberedTitle.Is(lines[i].Text.Text) && before.Length > 0 && char.IsLetterOrDigit(before[^1]) && !Chars.IsCjk(before[^1])
            && !TextShape.EndsWithFunctionWord(before) && !(i + 1 < lines.Count && lines[i + 1].Text.Text is [var first, ..] && char.IsLower(first));
    }

    /// <summary>
    /// Whether the block being read is a heading's first line that leaves the reference it ends with open (<c>…第二十八条第
    /// 2 款、第三十四</c> / <c>条、第三十七条(a)项和第三十九条）</c>): the next line goes on with it, as no heading ends inside a bracket.
    /// So does a line of paged front matter that a title's short measure cut inside its brackets (<c>Seventy-seventh
    /// session (20</c> / <c>April–5 June and 6 July–7</c> / <c>August 2026)</c>, <c>第七十七届会议（2026 年 4 月 20 日至 … 8 月 7</c>
    /// / <c>日）</c>), up to <see cref="FrontBracketLines"/> lines: a masthead's line or date closes what it opens.
    /// </summary>
    private bool WrappedInReference() =>
        current is { IsFootnote: false } && TextShape.LeavesBracketOpen(current.Chars)
        && ((current.Lines.Count == 1 && TextShape.IsSectionTitle(current.Chars)) || (paged && current.Lines.Count < FrontBracketLines && Outline.InFront));

    /// <summary>
    /// The label line <paramref name="i"/> starts with, if it fits the numbering; a line that starts on its own may skip
    /// items, and so may one under a line that closed what it said (a full stop, a closing bracket), as an agenda's
    /// sub-items do (<c>(a)</c> … <c>(A/82/218)</c>, then <c>(c)</c>), or one whose next item starts a line right after
    /// it (<c>(c) Disaster risk reduction</c> / <c>(d) Protection of …</c>): the series goes on from it.
    /// </summary>
    private LabelCandidate? ChooseLabel(int i)
    {
        var labels = lines[i].Labels;
        var next = NextLabels(i);
        var outline = Outline;
        if (outline.Choose(labels, next) is { } fits)
        {
            // Wrapping puts a figure or a cross-reference at the start of a line as readily as a word (`… near
            // kilometre` / `17. It is …`, `… under item 18` / `(a) of the agenda`): a label that would open a series
            // in the middle of a sentence, with no next item after it to continue the series, belongs to the sentence.
            var opensMidSentence = current is not null && !lines[i].GapBefore && outline.Opens(fits)
                && !next.Any(n => n.Style == fits.Style && n.Value == fits.Value + 1) && RunsOn(i) && IsWrapped(i);
            return opensMidSentence ? null : fits;
        }

        // A heading numbered beneath the lettered ones while the paragraphs are numbered on (… 220.` / `1. Introduction by
        // the Special Rapporteurs` / `221.`): on a line of its own, after a closed sentence, with a heading's title (words,
        // not a table's row or figures: `(b) 18,082`).
        if (outline.ChooseHeading(labels, next) is { } heading && (lines[i].GapBefore || ClosedBefore(i))
            && lines[i].Text.Text.AsSpan(heading.TextStart) is { IsEmpty: false } headingTitle && !char.IsLower(headingTitle[0])
            && !TableRow.IsRow(lines[i]) && headingTitle.ContainsAnyExcept(FigureCharacters) && TextShape.IsSectionTitle(headingTitle))
        {
            return heading;
        }

        var skipping = outline.ChooseSkipping(labels);
        if (skipping is null && main is not null && main == current && TextShape.IsSectionTitle(main.Chars) && (lines[i].GapBefore || ClosedBefore(i) || !IsWrapped(i))
            && outline.ChooseUnderHeading(labels) is { } underHeading && lines[i].Text.Text.AsSpan(underHeading.TextStart) is { IsEmpty: false } title
            && !char.IsLower(title[0]) && title.ContainsAnyExcept(FigureCharacters) && TextShape.IsSectionTitle(title))
        {
            return underHeading;
        }

        return skipping is not null && (current is null || lines[i].GapBefore || ClosedBefore(i) || !IsWrapped(i) || NextItemFollows(i, skipping))
            ? skipping
            : null;
    }

    /// <summary>
    /// The label candidates of the next line after <paramref name="i"/> that starts with one (footnote markers aside),
    /// within the lines an item with a long text takes; empty when none does.
    /// </summary>
    private IReadOnlyList<LabelCandidate> NextLabels(int i)
    {
        for (var j = i + 1; j < lines.Count && j <= i + NextLabelReach; j++)
        {
            if (lines[j].Labels.Any(l => l.Style != LabelStyle.Footnote))
            {
                return lines[j].Labels;
            }
        }

        return [];
    }

    /// <summary>Whether one of the next few lines, with no gap before them, starts with the item after <paramref name="label"/>.</summary>
    private bool NextItemFollows(int i, LabelCandidate label)
    {
        for (var j = i + 1; j < lines.Count && j <= i + NextItemReach && !lines[j].GapBefore; j++)
        {
            if (lines[j].Labels.Any(l => l.Style == label.Style && l.Value == label.Value + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line before <paramref name="i"/> stops mid-sentence: on a letter, a digit or a comma, not a colon or a stop.</summary>
    private bool RunsOn(int i)
    {
        var before = lines[i - 1].Text.Text.TrimEnd();
        return before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] is ',' or '，' or '、');
    }

    private bool ClosedBefore(int i)
    {
        var before = lines[i - 1].Text.Text.TrimEnd();
        return before.Length > 0 && (TextShape.EndsWithTerminal(before) || before[^1] is ')' or '）');
    }

    /// <summary>
    /// A heading that an extractor set right under the last line of the text before it, with no blank line between:
    /// it stands before a gap, reads as a heading, and the line before it stopped well short of the measure, where
    /// the heading's first word would have fitted; or, in CJK text, the line before ended a sentence.
    /// </summary>
    private bool IsRunOnHeading(int i)
    {
        if (gapsEndParagraphs || i == 0)
        {
            return false;
        }

        if (IsHeadingOverNumberedParagraph(i))
        {
            return true;
        }

        if (i + 1 < lines.Count && !lines[i + 1].GapBefore)
        {
            return false;
        }

        // A title wraps onto a shorter line too, so the evidence must be strong: in Latin script the line starts with a
        // capital (a wrapped title goes on in lower case) after a line under three quarters of the measure; in CJK
        // text, where case says nothing (a capital there starts a symbol), after a line under half of it. And the line
        // before must have had room for the heading's first word: a line wrapped early before a long word or symbol is
        // short too, and a title of several lines wraps at its own, narrower measure. CJK text breaks anywhere, so a
        // paragraph going on after a finished sentence would have filled the line before: there a heading-like line
        // after a sentence is a heading whatever the widths. Nor, on a page, is a line under a title of one line that ends
        // in a capitalised word, whose last line it is as likely to be (Asian Mountain Watersheds Cooperation /
        // Organization, wrapped in large type); a text file sets its title on one line. Nor after a line that ends in an
        // article, preposition or conjunction, whose phrase the line goes on with (… progress achieved by the / State party).
        var text = lines[i].Text.Text;
        var previous = lines[i - 1].Text.Text;
        if (!TextShape.IsHeadingLike(text) || TextShape.EndsWithFunctionWord(previous)
            || (paged && current is { Lines.Count: 1 } && TextShape.IsHeadingLike(previous) && EndsInCapitalisedWord(previous)))
        {
            return false;
        }

        if (Chars.IsCjk(text[0]) && TextShape.EndsWithTerminal(previous))
        {
            return true;
        }

        var before = TextShape.Width(previous);
        var firstWord = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? TextShape.Width(text.AsSpan(0, space)) : TextShape.Width(text);
        var measure = current is { Lines.Count: > 1 } ? Math.Min(fullWidth, current.Lines.Max(l => TextShape.Width(l.Text.Text))) : fullWidth;
        return before + 1 + firstWord < measure
            && (char.IsUpper(text[0]) && !Chars.IsCjk(previous[^1]) ? before * 4 < fullWidth * 3 : Chars.IsCjk(text[0]) && before * 2 < fullWidth);
    }

    /// <summary>
    /// The widest line that a block of the front matter before the current one wrapped after (<c>Financial statements for
    /// 2026 and report of the</c> / <c>Board of Auditors</c>): the front matter's lines had at least that much room, as a
    /// cover sets its title in its largest type; 0 when none wrapped.
    /// </summary>
    private int FrontMeasure()
    {
        var measure = 0;
        foreach (var draft in drafts)
        {
            if (draft == current)
            {
                break;
            }

            measure = Math.Max(measure, draft.WidestWrapped);
        }

        return measure;
    }

    /// <summary>Whether the line ends in a word in lower case (<c>agenda</c>) that is no article, preposition or conjunction.</summary>
    private static bool EndsInLowerCaseWord(string line)
    {
        var word = line.AsSpan(line.LastIndexOf(' ') + 1);
        return word.Length > 1 && char.IsLower(word[0]) && char.IsLetter(word[^1]) && !TextShape.EndsWithFunctionWord(line);
    }

    /// <summary>Whether the line's last word is capitalised (<c>Cooperation</c>), as a name's or a title's words are.</summary>
    private static bool EndsInCapitalisedWord(string line)
    {
        var word = line.AsSpan(line.LastIndexOf(' ') + 1);
        return word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1]);
    }

    /// <summary>
    /// A heading that an extractor set between the text before it and a numbered paragraph with no blank line on either
    /// side (<c>… in combating cybercrime.</c> / <c>International cooperation</c> / <c>19. Rapid response …</c>): the
    /// line reads as a heading, starts with a capital or CJK text, and a paragraph number starts the next line. No
    /// paragraph ends so, unpunctuated; but a heading wrapped before its last line can, so the line before must have
    /// closed a sentence, or be a heading line itself that does not leave a phrase open (<c>… of the</c>). The paragraph
    /// number may stand on a line of its own right under the heading (<c>1.</c>), its text after a blank line, when it
    /// continues the numbering (a year ending a sentence, <c>2027.</c>, can stand so too).
    /// </summary>
    private bool IsHeadingOverNumberedParagraph(int i)
    {
        if (i + 1 >= lines.Count || !lines[i + 1].Labels.Any(l => l.Style == LabelStyle.Arabic)
            || (lines[i + 1].GapBefore && !(LabelStoodRightUnder(i) && Outline.Choose(lines[i + 1].Labels) is { Style: LabelStyle.Arabic })))
        {
            return false;
        }

        // On a page, a single word under a heading line that ends in a capitalised word is as likely the heading's last
        // word, wrapped in its larger or bolder type (… Sustainable Development / Goals), as a heading of its own.
        var (previous, text) = (lines[i - 1].Text.Text, lines[i].Text.Text);
        return TextShape.IsHeadingLike(text) && (char.IsUpper(text[0]) || Chars.IsCjk(text[0]))
            && (TextShape.EndsWithTerminal(previous) || (TextShape.IsHeadingLike(previous) && !TextShape.EndsWithFunctionWord(previous)
                && !(paged && !text.Contains(' ', StringComparison.Ordinal) && EndsInCapitalisedWord(previous))));
    }

    /// <summary>
    /// Whether the next line's label was on a line of its own right under line <paramref name="i"/>, moved down to its
    /// paragraph's text: it comes from before the next line and within one line break of line <paramref name="i"/>.
    /// </summary>
    private bool LabelStoodRightUnder(int i)
    {
        var (line, next) = (lines[i], lines[i + 1]);
        var label = next.Text.OffsetOf(0);
        return label < next.Source.Start && label > line.Source.End && label - line.Source.End <= 2;
    }

    /// <summary>
    /// Whether a one-line block of the front matter that reads as a title ended before line <paramref name="i"/>: that
    /// line starts with a capital, and the title left room for its first word within <see cref="CoverShare"/> tenths of
    /// the measure and within the width of that line itself (<c>Summary record of the 14th meeting</c> over the longer
    /// <c>Held at Headquarters, …</c>). A title that wraps goes on in lower case or fills its line as far as the title's
    /// next line reaches (<c>Report on the meeting of the Expert</c> over <c>Group to Conduct a Comprehensive Study</c>).
    /// </summary>
    private bool EndsCoverLine(int i)
    {
        if (gapsEndParagraphs || current is not { Lines.Count: 1 } || !char.IsUpper(lines[i].Text.Text[0]) || !Outline.InFront)
        {
            return false;
        }

        var (before, line) = (lines[i - 1].Text.Text, lines[i].Text.Text);
        return TextShape.IsHeadingLike(before) && StoppedShort(before, line, CoverShare)
            && TextShape.Width(before) + 1 + TextShape.Width(TextShape.FirstWord(line)) <= TextShape.Width(line);
    }

    /// <summary>
    /// Whether a line of the front matter ended its unit before line <paramref name="i"/>, as each line of a letterhead, an
    /// address or a cover block does (<c>The President of the Economic and Social Council</c> / <c>United Nations
    /// Headquarters</c>, <c>Note by the Chief Executive Officer</c> / <c>Summary</c>): it closes nothing (no sentence end,
    /// no comma, no function word), and it stopped where the next line's first word would have fitted within
    /// <see cref="RoomShare"/> tenths of the text's measure, before a line that starts with a capital, a digit or CJK text.
    /// A title wrapped within the measure goes on in lower case or after a function word; the first line is left alone.
    /// </summary>
    private bool EndsFrontLine(int i)
    {
        // The document's first line is its title or the sender's name, set in larger type that wraps at a narrower
        // measure of its own (Asian Mountain Watersheds Cooperation / Organization).
        if (gapsEndParagraphs || !paged || current is null || !Outline.InFront || (drafts.Count == 1 && current.Lines.Count == 1))
        {
            return false;
        }

        // A single word or number under a line that ends in a capitalised word is as likely the end of a name, title or
        // date that wrapped in large type (… by Mara / Ellison, … Economic and Social / Council, … 8 April / 2021) as a
        // line of its own; unless a title of the front matter before it wrapped at a measure that would have taken both.
        var (before, line) = (lines[i - 1].Text.Text, lines[i].Text.Text);
        var (width, nextWidth) = (TextShape.Width(before), TextShape.Width(line));
        if (!line.Contains(' ', StringComparison.Ordinal) && char.IsUpper(before[(before.LastIndexOf(' ') + 1)..].FirstOrDefault()) && !IsAddressLine(line)
            && width + 1 + nextWidth > FrontMeasure())
        {
            return false;
        }

        // A next line about as wide as this one, that yet would not have taken this one's words and its own first word,
        // is a title's next line wrapped at the title's own measure (Report on the meeting of the Expert / Group to
        // Conduct a Comprehensive Study). Not after a word in lower case that closes no phrase (Item 5 of the provisional
        // agenda / Financial statements …): a title set in sentence case goes on in lower case, and one in title case
        // ends its lines in capitalised words.
        // An e-mail or web address starts no title's line.
        var address = StartsWithAddress(line);
        if (!address && nextWidth * 10 >= width * 9 && width + 1 + TextShape.Width(TextShape.FirstWord(line)) > nextWidth
            && !EndsInLowerCaseWord(before))
        {
            return false;
        }

        if (CutInsideCjkTitle(before, line))
        {
            return false;
        }

        // An e-mail or web address, perhaps after its label (电子邮件：secretariat@…), goes on from no line that ends in a
        // name or number (Kunming, Yunnan 650031, China / secretariat@…, …邮编 650031 / 电子邮件：…), and no line goes on
        // from one, however little room they left.
        var mark = TextShape.FinalMark(before);
        return (char.IsUpper(line[0]) || char.IsAsciiDigit(line[0]) || Chars.IsCjk(line[0]) || address)
            && !TextShape.IsLongerThanHeading(before)
            && !Chars.IsTerminal(mark) && mark is not (',' or '，' or '、' or '-' or '/' or '\0') && !GoesOn(before, line)
            && (StoppedShort(before, line, RoomShare) || IsAddressLine(before)
                || (address && before[(before.LastIndexOf(' ') + 1)..] is [var first, ..] && (char.IsUpper(first) || char.IsAsciiDigit(first))));
    }

    /// <summary>
    /// Whether a title of the front matter that wrapped over lines in sentence case (<c>Sustainable development: ensuring
    /// access to</c> / <c>affordable, reliable, sustainable and modern</c> / <c>energy for all</c>) ended on its last line,
    /// which starts in lower case as a fragment of a justified line would (see <see cref="GoesOn"/>): the line left room
    /// within the title's own measure for the first word of the next, which starts with a capital
    /// (<c>Report of the Secretary-General</c>).
    /// </summary>
    private bool EndsWrappedTitle(string next) =>
        current is { Lines.Count: > 1 } && char.IsUpper(next[0]) && LeftRoom(current, next, measuredByNext: false);

    /// <summary>
    /// Whether line <paramref name="i"/> continues the line before it as a hard wrap. It does unless one of the two is a
    /// table row, or (unless the text <see cref="GoesOn"/>) the line before stopped well short of the measure, where this line's first word would have
    /// fitted: mastheads, addresses, signatures, headings and the last line of a paragraph do; and a title's
    /// unit or period line in brackets (<c>(Millions of United States dollars)</c>) under it is its own. "Well short" leaves
    /// room for proportional type, whose character counts only approximate widths. A line wider than any page is a
    /// paragraph that was never wrapped. A line that ends in an article, preposition or conjunction goes on.
    /// </summary>
    private bool IsWrapped(int i)
    {
        var (previous, line) = (lines[i - 1], lines[i]);
        if (TableRow.IsRow(previous) || (TableRow.IsRow(line) && !RowGoesOn(previous, line)))
        {
            return false;
        }

        // A caption's or a step's title over what it names (Step 2. Sign in / Enter the user name…, 图1. 上传页面，两处错误 /
        // 更正…) is set on a line of its own: where it left room for the next line's first word within eight tenths of the
        // measure it ended, whatever its last word or mark. A title that wraps fills its line first. A table's caption
        // ends over the table's head (the line right over its rows), however much of the measure its smaller type filled;
        // a CJK caption, which a wrapper breaks between any two characters, where the next character would have fitted
        // with one to spare. So they do where gaps end paragraphs: a column's last line runs into the next column's first.
        // What a caption names opens with a capital or a CJK character; a lower-case line goes on the caption's sentence
        // (or a sentence that only looks like one: Mr J. Smith, the Chair, said / that …).
        if (CaptionLine.Opens(previous.Text.Text) && !char.IsLower(line.Text.Text[0]) && (ShortOfMeasure(previous.Text.Text, line.Text.Text, RoomShare)
            || (i + 1 < lines.Count && TableRow.IsRow(lines[i + 1])) || CjkCaptionLeftRoom(previous.Text.Text, line.Text.Text)))
        {
            return false;
        }

        if (gapsEndParagraphs)
        {
            return true;
        }

        if (firstLineIndents && FirstLineIndent.Starts(line))
        {
            return false;
        }

        if (IsSignature(previous.Text.Text) && char.IsUpper(line.Text.Text[0]))
        {
            return false;
        }

        // Before words that go on: a title's last line can be a word in lower case (… available for / benefits).
        if (current is not null && TextShape.IsHeadingLike(current.Chars) && TextShape.IsParenthetical(line.Text.Text))
        {
            return false;
        }

        // A title wrapped onto a line in lower case (… Water Forum / by the Chair) is no fragment of a justified line that
        // must go on: a capitalised line under it is measured as any other (… / by the Chair / Introduction).
        // Nor, in text wrapped at a known width, is a line that left room for the next one's capitalised first word (a
        // title's last line over its by-line, an address line over a reference): the wrapper would have moved it up.
        var underTitle = current is { Lines.Count: > 1 } && TextShape.IsHeadingLike(current.Chars) && char.IsUpper(line.Text.Text[0]);
        if (GoesOn(previous.Text.Text, line.Text.Text) && !underTitle && !(char.IsUpper(line.Text.Text[0]) && wrap.LeftRoom(previous, line))
            && !(paged && Outline.InFront && EndsWrappedTitle(line.Text.Text)))
        {
            return true;
        }

        if (current is not null && AnnexMarker.EndsChineseHeading(current.Chars))
        {
            return false;
        }

        if (ClauseStarts.OpensParallelClause(previous.Text.Text, line.Text.Text) || ClauseStarts.EndsBeforeSentence(previous.Text.Text, line.Text.Text)
            || (current is not null && (ClauseStarts.EndsTitleBefore(current.Chars, line.Text.Text) || ClauseStarts.OpensParallelChineseClause(current.Chars, previous.Text.Text, line.Text.Text))))
        {
            return false;
        }


        // A line that a count cut at the width it was wrapped at, in the middle of a sentence, goes on, however short it
        // looks beside lines of other characters (an address cut among Chinese lines of as many characters, twice as wide).
        if (wrap.Filled(previous) && !TextShape.EndsWithTerminal(previous.Text.Text))
        {
            return true;
        }

        if (paged && current is not null && (LeftRoom(current, line.Text.Text, measuredByNext: true) || CjkClauseLeftRoom(current, line.Text.Text)))
        {
            return false;
        }

        var before = previous.Text.Text;
        return TextShape.Width(before) <= UnwrappedWidth && !StoppedShort(before, line.Text.Text, shortShare)
            && !ClosedShort(before, line.Text.Text) && !CjkStoppedShort(before, line.Text.Text) && !CjkStoppedBeforeField(before, line.Text.Text)
            && !EndedSentenceWithRoom(before, line.Text.Text) && !wrap.LeftRoom(previous, line);
    }

    /// <summary>
    /// Whether, on a page, a line of CJK text that holds no clause mark stopped where the next line's field name and colon
    /// would have fitted with a character to spare (<c>2027 年 10 月 15 日星期五上午 10 时在纽约总部举行</c> /
    /// <c>主席：斯特凡诺娃女士（保加利亚）</c>, <c>地点：</c>, <c>报告员：</c>): CJK text breaks between any two characters, so
    /// a wrapped line comes out full, and a title in large type that wraps at a narrower measure of its own goes on in
    /// its words, not into a field of the front matter. Room is asked for two characters more than the name and colon,
    /// in display columns and in characters, as a wrapper that counts characters leaves a line of digits and Latin short
    /// in columns; and the line must close what it opened (a title in <c>《</c> that wraps is cut anywhere, <c>…战</c> /
    /// <c>略：…</c>).
    /// </summary>
    private bool CjkStoppedBeforeField(string line, string next)
    {
        if (!paged || FieldName().Match(next) is not { Success: true } field || !Chars.IsCjk(line.TrimEnd()[^1]) || line.IndexOfAny(['，', '、', '；', '：', '。']) >= 0
            || line.Count(c => c is '《' or '（' or '(' or '“' or '「') != line.Count(c => c is '》' or '）' or ')' or '”' or '」'))
        {
            return false;
        }

        var room = field.Length - 1 + 2;
        return SolidWidth(line) + (room * CjkCharacter) <= fullSolid && line.Length - line.AsSpan().Count(' ') + room <= fullLength;
    }

    /// <summary>
    /// Whether a line of CJK front matter is a title in large type that its own measure cut inside a phrase, however much
    /// room it seems to leave beside the body's lines (<c>可持续发展：确保人人获得负担得起的、可靠和可持续的现代能</c> /
    /// <c>源</c>): it holds a clause mark (<c>、，；：—</c>) past a field's name, as a title that reads as a phrase does and
    /// a masthead's cells, dates and fields (<c>第八十一届会议</c>, <c>原文：英文</c>) do not, it runs to
    /// <see cref="CutTitleHan"/> characters or more, and it ends on a Han character, where CJK text breaks anywhere; the
    /// next line goes on in Han characters and ends on one, as a title does, and is no date or field (nor the clause a
    /// preamble opens with under a resolution's title, <c>人权理事会，</c>).
    /// </summary>
    private static bool CutInsideCjkTitle(string line, string next)
    {
        var text = line.TrimEnd();
        return text.Length > 0 && Chars.IsHan(text[^1]) && Chars.IsHan(next[0]) && text.Count(Chars.IsHan) >= CutTitleHan
            && text.IndexOfAny(['、', '，', '；', '：', '—']) > FieldNameHan && !FieldName().IsMatch(next) && !MetadataLine.IsMatch(next) && Chars.IsHan(TextShape.FinalMark(next));
    }

    /// <summary>
    /// Whether, on a page, line <paramref name="i"/> is the organ that opens a resolution's preamble (<c>大会，</c>,
    /// <c>人权理事会，</c>: a few Han characters and a comma, nothing more) under a line of CJK text that ended on a Han
    /// character with no mark and did not fill the measure: the resolution's title, which ends in no comma. A line that
    /// a paragraph wrapped is full, since CJK text breaks between any two characters.
    /// </summary>
    private bool OpensPreambleUnderTitle(int i)
    {
        var before = lines[i - 1].Text.Text.TrimEnd();
        return paged && PreambleOrgan().IsMatch(lines[i].Text.Text.Trim()) && before.Length > 0 && Chars.IsHan(before[^1])
            && before.IndexOfAny(['，', '、', '；', '：', '。']) < 0
            && SolidWidth(before) + (2 * CjkCharacter) <= fullSolidUnlabelled;
    }

    /// <summary>An organ's name and a comma, alone on a line, as a resolution's preamble opens (<c>大会，</c>, <c>缔约方大会，</c>).</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}，$")]
    private static partial Regex PreambleOrgan();

    /// <summary>A field's name of a few Han characters and a colon opening a line (<c>主席：</c>, <c>报告员：</c>).</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}：\S")]
    private static partial Regex FieldName();

    /// <summary>
    /// Whether, on a page, a line that ends in CJK text and holds no clause stopped short before a line that starts with a Han
    /// character or a digit, with room for two more characters within half the measure: CJK text breaks between any two
    /// characters, so a line wrapped inside a paragraph comes out full, and one that left that much room ended its unit
    /// (<c>2027 年 3 月 18 日于昆明</c> / <c>经济及社会理事会主席阁下</c>). Not a line with a comma or colon in it, nor the
    /// text's first line, nor one that reached past half the measure: a sentence or a title set in large type (a pull
    /// quote, a magazine's headline, a report's title on its cover) wraps at a measure of its own, narrower in
    /// characters, and its first line comes out well over half the text's. Widths are
    /// counted without spaces, which pdftotext sets between Han characters and digits where the page has none, so a
    /// line of dates and figures is not taken for a longer one; and the line must be short in characters too (spaces
    /// again left out), as a wrapper that counts characters leaves a line of digits and Latin short in columns.
    /// </summary>
    private bool CjkStoppedShort(string line, string next) =>
        paged && (Chars.IsHan(next[0]) || char.IsAsciiDigit(next[0])) && Chars.IsCjk(line.TrimEnd()[^1]) && line.IndexOfAny(['，', '、', '；', '：']) < 0
        && !(drafts.Count == 1 && current is { Lines.Count: 1 })
        && (SolidWidth(line) + (2 * CjkCharacter)) * 10 <= fullSolid * shortShare && (line.Length - line.AsSpan().Count(' ') + 2) * 10 <= fullLength * shortShare;

    /// <summary>
    /// Whether, in text not laid out on pages, a line of Latin script ended a sentence where the next line's first word
    /// would have fitted within nine tenths of the measure, before a sentence that starts with a capital: a wrapper moves a
    /// word to the next line only when it does not fit, so the paragraph ended there (a help page's instruction, then
    /// <c>Figure 2. The Edit button…</c>; a question, then its answer). Character cells are even, so the margin left for
    /// proportional type on a page is not needed; the measure is the whole text's, as ever in such text.
    /// </summary>
    private bool EndedSentenceWithRoom(string line, string next) =>
        !paged && EndsSentenceBefore(line, next) && ShortOfMeasure(line, next, SentenceShare);

    /// <summary>
    /// Whether a line is a signature: a word in brackets that marks it (<c>(Signed)</c>, <c>(Sgd.)</c>) and a name of a
    /// few capitalised words, nothing else. The name's title or office goes on the next line, as a unit of its own,
    /// however short the signature left its line.
    /// </summary>
    private static bool IsSignature(string line)
    {
        var close = line.IndexOf(')', StringComparison.Ordinal);
        if (line.Length == 0 || line[0] != '(' || close < 0 || close + 1 >= line.Length || line[close + 1] != ' ')
        {
            return false;
        }

        // A word, not a label: (Signed), not (a), (A) or (III).
        var mark = line.AsSpan(1, close - 1).TrimEnd('.');
        if (mark.Length < SignatureMarkLetters || !char.IsUpper(mark[0]) || !char.IsLower(mark[^1]))
        {
            return false;
        }

        foreach (var c in mark)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        var name = line[(close + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Length is >= 2 and <= SignatureNameWords && name.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.'));
    }

    /// <summary>
    /// Whether a table's row goes on from the line above, the start of its text that wrapped in a narrow column
    /// (<c>Required contribution rate (percentage of pensionable</c> / <c>remuneration)\t21.38</c>): the row starts in
    /// lower case, as no row's first cell does, and the line above closes nothing.
    /// </summary>
    private static bool RowGoesOn(ContentLine previous, ContentLine row)
    {
        var above = previous.Text.Text;
        return char.IsLower(row.Text.Text[0]) && !TextShape.EndsWithTerminal(above) && TextShape.FinalMark(above) is not (',' or '，' or '、');
    }

    /// <summary>
    /// Whether a block (an agenda item, a cover line) ended with <paramref name="last"/>: the line closes a bracket
    /// (<c>(continued) (A/82/230)</c>, <c>(Bulgaria)</c>), stopped short of the measure where the next word would have
    /// fitted, and a capital follows. A bracket closes what was said, so less room is asked for than after a bare word.
    /// </summary>
    private bool ClosedShort(string last, string next) =>
        last.TrimEnd() is [.., ')' or '）'] && (char.IsUpper(next[0]) || Chars.IsCjk(next[0])) && StoppedShort(last, next, ClosedShortShare);

    /// <summary>
    /// Whether <paramref name="paragraph"/> ended before <paramref name="fragment"/>, text of a line or more after a
    /// blank line (no page break) that starts as a sentence does (a capital, or a CJK character): the paragraph, with
    /// no sentence end in it (an agenda item or heading), has a last line that stopped well short of the measure. Not when that
    /// line ends a sentence (the words of a justified line may go on after it), leaves a clause open (a comma, a
    /// colon) or ends in a capitalised word, which a name may go on from
    /// (<c>Member</c> / <c>States</c>); and not before a short fragment, which may be words an extractor set apart
    /// from a widely spaced justified line, the line before them short for the same reason.
    /// </summary>
    private bool EndedShortBefore(DraftBlock paragraph, string fragment)
    {
        if (paragraph.Lines.Count > 0 && ClosedShort(paragraph.Lines[^1].Text.Text, fragment))
        {
            return true;
        }

        if (paragraph.Lines.Count == 0 || !(char.IsUpper(fragment[0]) || Chars.IsCjk(fragment[0])) || paragraph.Chars.ContainsAny(SentenceEnds)
            || TextShape.Width(fragment) * 10 <= fullWidth * shortShare)
        {
            return false;
        }

        var last = paragraph.Lines[^1].Text.Text;
        var lastWord = last[(last.LastIndexOf(' ') + 1)..];
        // CJK text breaks between any two characters, so a line before CJK text that left room for several of them
        // ended, wherever the page set its measure.
        return !char.IsUpper(lastWord[0]) && !TextShape.EndsWithTerminal(last) && !(TextShape.FinalMark(last) is ',' or '，' or '、')
            && StoppedShort(last, fragment, Chars.IsCjk(fragment[0]) ? CjkShortShare : shortShare);
    }

    /// <summary>
    /// Whether a paragraph ending in <paramref name="mark"/> may have ended at a gap where its last line left room: after
    /// punctuation, or a Latin word (a title's last line, <c>… Economic and Social Council</c>); not after Han text, where
    /// a source cut at a page break may leave a sentence open (<c>鉴于</c>).
    /// </summary>
    private static bool ClosedOrLatin(char mark) => char.IsPunctuation(mark) || (char.IsLetterOrDigit(mark) && !Chars.IsCjk(mark));

    /// <summary>
    /// Whether <paramref name="paragraph"/> ended at a gap within a page: its last line closes a clause (<c>，；,;</c>) and
    /// the text after the gap starts as a sentence does (a capital or CJK text). The paragraphs of a preamble end so,
    /// each a clause of one sentence (<c>…养育着近 20 亿人口，</c> / <c>深为关切地注意到…</c>), on a line they may fill, so
    /// only the gap pdftotext -layout keeps between them shows the end; within a paragraph the lines are evenly spaced.
    /// </summary>
    private static bool EndsClauseAtGap(DraftBlock paragraph, string fragment) =>
        paragraph.Lines.Count > 0 && TextShape.FinalMark(paragraph.Lines[^1].Text.Text) is ',' or '，' or ';' or '；'
        && fragment.Length > 0 && (char.IsUpper(fragment[0]) || Chars.IsCjk(fragment[0]));

    /// <summary>
    /// Whether <paramref name="paragraph"/>, one line that closes nothing, is a heading that a page break parted from its
    /// text (<c>Plenary session 4: finance</c>, <c>全体会议四：资金</c>, then the page's furniture): the line stopped well
    /// short of the measure, where the first word of <paramref name="fragment"/> would have fitted, and the text after the
    /// break is running text that starts as a sentence does. A page breaks a paragraph only after a line it filled.
    /// </summary>
    private bool HeadingEndedPage(DraftBlock paragraph, string fragment)
    {
        if (paragraph.Lines.Count != 1 || fragment.Length == 0 || !(char.IsUpper(fragment[0]) || Chars.IsCjk(fragment[0]))
            || !TextShape.IsLongerThanHeading(fragment))
        {
            return false;
        }

        var line = paragraph.Lines[0].Text.Text;
        var mark = TextShape.FinalMark(line);
        return !Chars.IsTerminal(mark) && mark is not (',' or '，' or '、' or '-' or '/' or '\0') && StoppedShort(line, fragment, shortShare);
    }

    /// <summary>
    /// Whether <paramref name="paragraph"/> ended, before a page break, on a colon in a line that left room for the next
    /// word (<c>… the adoption of the following</c> / <c>draft resolution:</c>, <c>…通过以下决议草案：</c>): the words that
    /// introduce what a document sets as paragraphs of their own (a draft resolution's title, a statement), which a page
    /// break does not carry on, whatever the paragraph's number. Not before text in lower case, which goes on.
    /// </summary>
    private bool IntroductionEndedPage(DraftBlock paragraph, string fragment) =>
        fragment.Length > 0 && !char.IsLower(fragment[0]) && TextShape.FinalMark(paragraph.Lines[^1].Text.Text) is ':' or '：'
        && LeftRoom(paragraph, fragment, measuredByNext: false);

    /// <summary>
    /// Whether, in text laid out on pages, the last line of <paramref name="block"/> ended it: it stopped short of the
    /// block's own measure, where the first word of <paramref name="next"/> would have fitted with room to spare
    /// (<see cref="RoomShare"/>). A page sets a paragraph's lines at one measure, so its widest line, or the next line,
    /// shows how much would have fitted; the measure of the whole text would not do, as titles and headings wrap at
    /// narrower measures of their own (a title's second line is no wider than its first), and an extractor's blank lines
    /// come and go with the spacing. A line that ends in a function word, a hyphen or a slash goes on; and lines wider
    /// than any page were never wrapped, so they have no measure to fall short of. Across a gap the next line is not
    /// asked (<paramref name="measuredByNext"/> false): the text after a gap can be a paragraph's unwrapped remainder,
    /// longer than its first part whatever the measure; and a page break is no gap to end a paragraph at, as a page can
    /// end on a line its text did not fill. Nor is a gap after words that close no clause.
    /// </summary>
    private bool LeftRoom(DraftBlock block, string next, bool measuredByNext)
    {
        var last = block.Lines[^1].Text.Text;
        if (TextShape.EndsWithFunctionWord(last) || last[^1] is '-' or '/' or '\u2010')
        {
            return false;
        }

        var (measure, length, proportional) = measuredByNext ? (TextShape.Width(next), next.Length, ProportionalWidth.Of(next)) : (0, 0, 0);
        foreach (var line in block.Lines)
        {
            measure = Math.Max(measure, TextShape.Width(line.Text.Text));
            length = Math.Max(length, line.Text.Length);
            proportional = Math.Max(proportional, ProportionalWidth.Of(line.Text.Text));
        }

        // A paragraph of one line and the next line need not show the page's measure: a line that introduces a heading
        // (Declare the following: / Cooperation in transboundary basins), or a heading over a paragraph whose first line
        // wrapped early. A line that ends a sentence or announces what follows closes no title, and a sentence starts
        // after a heading with a capitalised article or preposition, where a title's wrapped line would go on in lower
        // case; those were set at the text's measure.
        if (block.Lines.Count == 1 && (EndsLikeSentence(last) || (TextShape.StartsWithCapitalisedFunctionWord(next) && !Chars.IsCjk(last[^1]))))
        {
            (measure, length, proportional) = (fullWidth, fullLength, fullProportional);
        }

        if (measure > UnwrappedWidth)
        {
            return false;
        }

        // Short both in display columns and in characters, as for the whole text's measure (see StoppedShort).
        var word = TextShape.FirstWord(next);
        if ((TextShape.Width(last) + 1 + TextShape.Width(word)) * 10 <= Math.Min(measure, fullWidth) * RoomShare
            && (last.Length + 1 + word.Length) * 10 <= Math.Min(length, fullLength) * RoomShare)
        {
            return true;
        }

        // A paragraph's last line can come out nearly full. Where it ends a sentence, a clause or a heading and the next
        // line starts with a capital, the letters' widths tell a line that stopped with room for the next word from one
        // that wrapped before it, more finely than counts of characters or columns can; a line of CJK text is full
        // whether it wrapped or not. Text wrapped by counting characters (a fixed-width page, a mail) must have had room
        // in characters too.
        return (EndsSentenceBefore(last, next) || EndsClauseBefore(last, next))
            && (ProportionalWidth.Of(last) + ProportionalWidth.Space + ProportionalWidth.Of(word)) * 100 <= Math.Min(proportional, fullProportional) * SentenceRoomShare
            && last.Length + 1 + word.Length <= Math.Min(length, fullLength);
    }

    /// <summary>
    /// Whether the last line of <paramref name="block"/> closes a Chinese clause (<c>，；</c>) and stopped where the first
    /// word of <paramref name="next"/>, CJK text, and one character more would have fitted within the block's measure (the
    /// next line's too): CJK text breaks between any two characters, and holding one back from a line's start (a closing
    /// mark) leaves at most one character's room, so a line with room for more ended its paragraph (the clauses of a
    /// preamble: <c>…山区社区的代表，</c> / <c>回顾…</c>). Widths are counted without spaces, which pdftotext sets
    /// between Han characters and digits where the page has none, so a line holding figures does not stretch the measure.
    /// </summary>
    private static bool CjkClauseLeftRoom(DraftBlock block, string next)
    {
        var last = block.Lines[^1].Text.Text;
        if (TextShape.FinalMark(last) is not ('，' or '；') || !Chars.IsCjk(next[0]))
        {
            return false;
        }

        // A paragraph's number is no part of its measure: it hangs in the margin or stands a tab apart from the text.
        var (measure, length) = (SolidWidth(next), next.Length);
        foreach (var line in block.Lines)
        {
            var text = line == block.Lines[0] && block.Label is { } label ? line.Text.Text[label.TextStart..] : line.Text.Text;
            measure = Math.Max(measure, SolidWidth(text));
            length = Math.Max(length, text.Length);
        }

        // Short in characters too, spaces counted: a wrapper that counts characters leaves a line of Latin and digits
        // short in columns.
        var word = TextShape.FirstWord(next);
        return SolidWidth(last) + Math.Max(TextShape.Width(word), CjkCharacter) + CjkCharacter <= measure
            && last.Length + word.Length + 1 <= length;
    }

    /// <summary>
    /// Whether the last line of <paramref name="block"/>, before a page break, is CJK text that closed a bracket or quotation
    /// and stopped short of the measure (room for two more characters within seven tenths of it) before text that starts
    /// with a Han character: CJK text
    /// breaks between any two characters, and a page breaks a paragraph only after a line it filled, so the line ended
    /// its unit (an agenda's last item, <c>(d) 为今世后代保护全球气候（续）（A/82/230）</c>, then the next page's
    /// paragraph). Within a page a line is asked to stop at half the measure (<see cref="CjkStoppedShort"/>), as a title
    /// in large type wraps at a narrower measure of its own; no title runs on over a page break. Not a line that ends a
    /// sentence or holds a clause (what follows a sentence, or a preamble's clause, other rules decide), nor text whose
    /// lines were never wrapped, which has no measure to fall short of.
    /// </summary>
    private bool CjkEndedPage(DraftBlock block, string fragment)
    {
        var last = block.Lines[^1].Text.Text.TrimEnd();
        return fragment.Length > 0 && Chars.IsHan(fragment[0]) && last.Length > 0 && Chars.IsCjk(last[^1]) && Chars.IsCloser(last[^1])
            && !Chars.IsTerminal(TextShape.FinalMark(last)) && last.IndexOfAny(['，', '、', '；', '：']) < 0
            && fullWidth <= UnwrappedWidth && block.Lines.All(l => TextShape.Width(l.Text.Text) <= UnwrappedWidth)
            && (SolidWidth(last) + (2 * CjkCharacter)) * 10 <= fullSolid * PageEndShare
            && (last.Length - last.AsSpan().Count(' ') + 2) * 10 <= fullLength * PageEndShare;
    }

    /// <summary>
    /// Whether the last line of <paramref name="block"/>, before a page break, is CJK text that filled the measure (less
    /// than two characters' room left; a line without a label is measured against the lines without one, as numbers
    /// hung in the margin widen the lines that carry them) and stopped after a Han character, with no mark, before CJK
    /// text: CJK text breaks
    /// between any two characters, so the page broke a sentence there, whatever the block reads as when cut (a single
    /// line of a paragraph reads as a heading: <c>…多年冻土变化的最</c> / <c>新科学评估。</c>). A heading is shorter.
    /// </summary>
    private bool FilledCjkLine(DraftBlock block, string fragment)
    {
        var last = block.Lines[^1].Text.Text.TrimEnd();
        var measure = block.Lines[^1].Labels.Count == 0 ? fullSolidUnlabelled : fullSolid;
        return fragment.Length > 0 && Chars.IsCjk(fragment[0]) && last.Length > 0 && Chars.IsHan(last[^1])
            && SolidWidth(last) + (2 * CjkCharacter) > measure;
    }

    /// <summary>
    /// Whether a block is a caption's title (<c>Figure 1. …</c>, <c>图 1. …</c>) whose last line left room for the first
    /// word (a CJK character) of the text after a gap: a figure's caption at a column's foot ends there, and the next
    /// column's first paragraph is no part of it.
    /// </summary>
    private bool EndedCaption(DraftBlock block, string fragment)
    {
        var last = block.Lines[^1].Text.Text;
        return CaptionLine.Opens(block.Lines[0].Text.Text) && fragment.Length > 0 && !char.IsLower(fragment[0])
            && (ShortOfMeasure(last, fragment, RoomShare) || CjkCaptionLeftRoom(last, fragment));
    }

    /// <summary>
    /// Whether a caption's line of CJK text (<c>图 1. 东澄湾大滨鹬的春季数量，2010—2024 年</c>) left room on the measure for
    /// the next line's first character and one more: CJK text breaks between any two characters, so a caption that
    /// went on would have filled its line. A page sets type by width; text not laid out on pages is asked for the room in
    /// characters too, as a wrapper that counts characters leaves a line of digits short in columns.
    /// </summary>
    private bool CjkCaptionLeftRoom(string line, string next) =>
        Chars.IsCjk(line.TrimEnd()[^1]) && Chars.IsCjk(next[0])
        && SolidWidth(line) + (2 * CjkCharacter) <= fullSolid && (paged || Solid(line) + 2 <= fullLength);

    /// <summary>The characters of a line without its spaces.</summary>
    private static int Solid(string line) => line.Length - line.AsSpan().Count(' ');

    /// <summary>The display width of a line without its spaces.</summary>
    private static int SolidWidth(string line) => TextShape.Width(line) - line.AsSpan().Count(' ');

    /// <summary>
    /// Whether a line ends as a sentence or a list's introduction does (<c>。！？.!?:：</c>), not after an abbreviation or
    /// initial (a capitalised word of three letters or fewer, or one with a full stop inside, before the full stop).
    /// </summary>
    private static bool EndsLikeSentence(string line)
    {
        var mark = TextShape.FinalMark(line);
        if (mark is '。' or '！' or '？' or '：' or '!' or '?' or ':')
        {
            return true;
        }

        if (mark != '.')
        {
            return false;
        }

        var trimmed = line.TrimEnd();
        var end = trimmed.LastIndexOf('.');
        var word = trimmed[(trimmed.LastIndexOf(' ', end) + 1)..end].TrimStart('“', '‘', '"', '(', '«');
        return word.Length > 0 && !word.Contains('.', StringComparison.Ordinal) && !(char.IsUpper(word[0]) && word.Length <= 3);
    }

    /// <summary>
    /// Whether a line of Latin script ends in a comma or a word in lower case or a number, which close a clause
    /// (<c>… Water Forum,</c> / <c>Recalling …</c>) or a heading (<c>… disaster risk reduction</c> / <c>The third …</c>),
    /// or in a colon, which closes the words that introduce a statement or list set as paragraphs of their own
    /// (<c>… made the following statement on behalf of the Council:</c> / <c>“The Security Council …</c>),
    /// where the next line starts with a capital, perhaps after an opening quote. Not after a capitalised word, which a
    /// name may go on from (<c>Karin</c> / <c>Waldmeier</c>).
    /// </summary>
    private static bool EndsClauseBefore(string line, string next)
    {
        if (line.Any(Chars.IsCjk) || next.Any(Chars.IsCjk))
        {
            return false;
        }

        var start = TextShape.OpensQuotation(next) ? 1 : 0;
        var trimmed = line.TrimEnd();
        var mark = trimmed.Length > 0 ? trimmed[^1] : '\0';
        var lastWord = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
        return start < next.Length && char.IsUpper(next[start]) && lastWord.Length > 0
            && (mark is ',' or ':' || ((char.IsLower(mark) || char.IsAsciiDigit(mark)) && !char.IsUpper(lastWord[0])));
    }

    /// <summary>
    /// Whether a line of Latin script ends a sentence (<c>.</c>, <c>!</c>, <c>?</c>, perhaps inside a closing quote) and the
    /// next starts one with a capital, perhaps after an opening quote. Not after an abbreviation a name follows
    /// (<c>Dr.</c> / <c>Tenzin</c>, <c>U.S.</c>): a capitalised word of three letters or fewer, or one with a full stop inside.
    /// </summary>
    private static bool EndsSentenceBefore(string line, string next)
    {
        if (line.Any(Chars.IsCjk) || next.Any(Chars.IsCjk) || TextShape.FinalMark(line) is not ('.' or '!' or '?'))
        {
            return false;
        }

        var start = TextShape.OpensQuotation(next) ? 1 : 0;
        if (start >= next.Length || !char.IsUpper(next[start]))
        {
            return false;
        }

        var trimmed = line.TrimEnd();
        var end = trimmed.Length;
        while (end > 0 && (Chars.IsCloser(trimmed[end - 1]) || Chars.IsSuperscriptDigit(trimmed[end - 1])))
        {
            end--;
        }

        var letters = trimmed[(trimmed.LastIndexOf(' ') + 1)..end].TrimStart('“', '‘', '"', '(', '«').TrimEnd('.', '!', '?');
        return letters.Length > 0 && !letters.Contains('.', StringComparison.Ordinal) && !(char.IsUpper(letters[0]) && letters.Length <= 3);
    }

    /// <summary>
    /// Whether <paramref name="line"/> stopped well short of the measure, where the first word of <paramref name="next"/>
    /// would have fitted, <paramref name="share"/> tenths of the measure or less: the line ended its paragraph or segment,
    /// wherever the next text stands. Short both in display
    /// columns and in characters: a wrapper that counts characters makes Latin-heavy Chinese lines narrow in columns,
    /// and one that measures columns makes Han lines short in characters.
    /// </summary>
    private bool StoppedShort(string line, string next, int share) => ShortOfMeasure(line, next, share) && !TextShape.EndsWithFunctionWord(line);

    /// <summary>
    /// Whether <paramref name="line"/> and the first word of <paramref name="next"/> fit within <paramref name="share"/>
    /// tenths of the measure, in display columns and in characters.
    /// </summary>
    private bool ShortOfMeasure(string line, string next, int share)
    {
        var word = TextShape.FirstWord(next);
        return (TextShape.Width(line) + 1 + TextShape.Width(word)) * 10 <= fullWidth * share
            && (line.Length + 1 + word.Length) * 10 <= fullLength * share;
    }

    /// <summary>
    /// Text that reads on across the line end whatever the lines' lengths: the next line goes on in lower case (but an
    /// e-mail or web address under an address line starts a line of its own), or the line is a fragment of a sentence,
    /// starting in lower case without ending in punctuation (and no e-mail or web address), as an extractor leaves the words of a justified line one
    /// per line — unless the next line starts a sentence with a capitalised article or preposition (<c>The</c>), as it
    /// does under the last word of an item the page wrapped (<c>humankind</c>). A line that starts with a full stop, a
    /// comma or a semicolon goes on from the one above: no line breaker breaks before them, but pdftotext -raw ends a
    /// line where the spacing changes inside a word (<c>UNODC/CCPCJ/EG.4/2021/CRP</c> / <c>.1).</c>).
    /// </summary>
    private static bool GoesOn(string line, string next) =>
        next[0] is '.' or ',' or ';'
        || (char.IsLower(next[0]) && TextShape.FirstWord(next).IndexOfAny('@', '/') < 0)
        || (char.IsLower(line[0]) && !char.IsPunctuation(TextShape.FinalMark(line)) && !TextShape.StartsWithCapitalisedFunctionWord(next)
            && !IsAddress(line));

    /// <summary>
    /// An e-mail or web address (<c>secretariat@amwc.example.org</c>, <c>https://…</c>, <c>www.…</c>): a line that is one
    /// stands in an address block, not in running text, though it starts in lower case and ends in no punctuation.
    /// </summary>
    private static bool IsAddress(ReadOnlySpan<char> text) => text.IndexOfAny(' ', '\t') < 0 && WebAddress.Is(text);

    /// <summary>
    /// Whether a line starts with an e-mail or web address, or with a short label and a colon before one (<c>电子邮件：</c>,
    /// <c>E-mail:</c>), as the lines of an address block do.
    /// </summary>
    private static bool StartsWithAddress(string line)
    {
        if (IsAddress(TextShape.FirstWord(line)))
        {
            return true;
        }

        var colon = line.AsSpan().IndexOfAny(':', '：');
        return colon is > 0 and <= AddressLabel && IsAddress(TextShape.FirstWord(line.AsSpan(colon + 1).TrimStart(' ')));
    }

    /// <summary>
    /// A line that is an e-mail or web address and nothing else; not a line of Chinese, which has no spaces to set an
    /// address in it apart (<c>科长（dms@un.org），并在…</c>).
    /// </summary>
    private static bool IsAddressLine(string line) => IsAddress(line) && !line.Any(Chars.IsCjk);

    /// <summary>The measure of a full line: what a tenth of the lines reach, in display columns or in characters.</summary>
    private static int Full(IReadOnlyList<ContentLine> lines, Func<ContentLine, int> measure)
    {
        if (lines.Count == 0)
        {
            return 0;
        }

        var widths = lines.Select(measure).OrderDescending().ToArray();
        return widths[widths.Length / 10];
    }

    /// <summary>
    /// Footnotes sit apart at the foot of a page; a marker at the start of a wrapped line is a reference. A footnote
    /// number found apart from its text (an extractor can put it after the footnote) starts one wherever it stands, and
    /// so does one under a table's row (a table's notes, <c>1/ Includes …</c>), which no line continues. In text without
    /// pages or wrapped at a width, where notes can follow the body with no blank line before them (a mail, a copy from a
    /// PDF viewer; a run of notes there can look like a page's foot), so does
    /// one on a line that wrapping did not carry on to: the line before ended (it left room, it closed a sentence) or this
    /// one is set in as a paragraph's first line.
    /// </summary>
    private bool StartsFootnote(int i, LabelCandidate label)
    {
        var line = lines[i];
        return line.GapBefore || label.InsideSentence || current is null || current.IsFootnote || !line.Text.Text.StartsWith(label.Written, StringComparison.Ordinal)
            || TableRow.IsRow(current.Lines[^1]) || ((wrap.IsKnown || !paged) && !gapsEndParagraphs && !IsWrapped(i));
    }

    /// <summary>
    /// Whether a line goes back to the paragraph that a footnote standing inside its sentence interrupted (a column's foot
    /// written straight after the column's last line): the note has closed its sentence, the paragraph has not, and the
    /// line goes on in lower case.
    /// </summary>
    private bool ResumesAfterFootnote(ContentLine line) =>
        current is { Label.InsideSentence: true } && main is not null && current != main && TextShape.EndsWithTerminal(current.Chars)
        && !TextShape.EndsWithTerminal(main.Chars) && line.Text.Text.Length > 0 && char.IsLower(line.Text.Text[0]);

    /// <summary>
    /// Whether a caption's first line (<c>Figure 1. …</c>, <c>图 1. …</c>) opens a page while the paragraph before the
    /// page break is unfinished: a figure the typesetter floated to the top of the page, over the columns, which the page's
    /// text then goes on under. The paragraph is not ended by it.
    /// </summary>
    private bool FloatsOverBrokenParagraph(ContentLine line) =>
        line.PageBreakBefore && main is not null && current == main && CaptionLine.Opens(line.Text.Text)
        && !TextShape.EndsWithTerminal(main.Chars) && !CaptionLine.Opens(main.Lines[0].Text.Text) && !TableRow.IsRow(main.Lines[^1]);

    private void Start(ContentLine line, LabelCandidate? label)
    {
        var block = new DraftBlock(line, label, joiner);
        drafts.Add(block);
        MakeCurrent(block);
        if (block.IsFootnote)
        {
            Place(block, Outline.Accept(block).Placement);
            return;
        }

        CloseMain();
        main = block;
    }

    /// <summary>Makes <paramref name="block"/> the one wrapped lines continue; a footnote it replaces can take no more.</summary>
    private void MakeCurrent(DraftBlock block)
    {
        if (current is not null && current != main && current != block)
        {
            current.Close();
        }

        current = block;
    }

    private void CloseMain()
    {
        if (main is not null)
        {
            (var placement, beforeMain) = beforeMain.Accept(main);
            Place(main, placement);
            main.Close();
        }
    }

    /// <summary>
    /// Places a draft; runs of blocks share a placement (the paragraphs under one heading), and then one object for
    /// it, as the blocks built from them share their path.
    /// </summary>
    private void Place(DraftBlock block, Placement placement)
    {
        block.Placement = placement == lastPlacement ? lastPlacement : placement;
        lastPlacement = block.Placement;
    }

    /// <summary>
    /// Whether text after a gap continues a paragraph broken by a page. In paged text, or after footnotes, it does when the paragraph is unfinished (no final punctuation) or the text starts in lower case.
    /// After a numbered paragraph or list item it does even when a line happened to end a sentence or clause at the
    /// page break, since unnumbered running text does not appear between numbered paragraphs — unless the text looks
    /// like a heading or opens a quotation (the text a paragraph ending in a colon introduces). In text that was not
    /// laid out on pages a blank line is a paragraph break, except where running text stops in the middle of a word or phrase (it ends in a letter or
    /// digit, or a numbered paragraph in a comma, where a page ended whose furniture is gone; a heading, which ends so
    /// too, is shorter) and running text, not a heading, follows, or where the text goes on in lower case. Unnumbered
    /// paragraphs ending in a comma are clauses of their own: <c>Recalling …,</c> / <c>Recognizing …,</c>.
    /// </summary>
    private static bool ContinuesAfterGap(BlockKind kind, ReadOnlySpan<char> paragraph, string fragment, bool pageBreak)
    {
        // Extractors can print the lines, or the widely spaced words, of a heading apart; a heading goes on where the
        // text goes on in lower case. A line that ends in an article, preposition or conjunction before a page break is
        // no heading but a paragraph's first line that the page broke (… elsewhere, not in / Dongcheng Bay itself.).
        if (kind is BlockKind.Heading)
        {
            return fragment.Length > 0 && ((char.IsLower(fragment[0]) && !TextShape.EndsWithTerminal(paragraph))
                || (pageBreak && TextShape.EndsWithFunctionWord(paragraph)));
        }

        // A paragraph of running text in the front matter (a summary under the title) is placed as a title block, and a
        // page can break it too: where it goes on in lower case or after a function word. Lines of a cover or address
        // that ran together are as long, so nothing less will do.
        // Chinese running text (it holds a full stop) that a page broke after a Han character, with no mark closing the
        // clause, goes on as well (… 增加 4.45 亿美元 / （4.1%）。…).
        // A resolution's preamble is placed so too, each paragraph a clause ending in a comma: on a page, one that goes
        // on in lower case after its comma is a clause a page broke, however short its first part.
        if (kind is BlockKind.Title && pageBreak && fragment.Length > 0 && char.IsLower(fragment[0]) && TextShape.FinalMark(paragraph) is ',' or ';')
        {
            return true;
        }

        if (kind is BlockKind.Title)
        {
            return TextShape.IsLongerThanHeading(paragraph) && fragment.Length > 0
                && (char.IsLower(fragment[0]) || TextShape.EndsWithFunctionWord(paragraph)
                    || (pageBreak && Chars.IsCjk(fragment[0]) && paragraph.Contains('。') && Chars.IsHan(TextShape.FinalMark(paragraph))));
        }

        if (kind is not (BlockKind.NumberedParagraph or BlockKind.ListItem or BlockKind.Paragraph))
        {
            return false;
        }

        if (fragment.Length > 0 && char.IsLower(fragment[0]))
        {
            return true;
        }

        if (!pageBreak)
        {
            var final = TextShape.FinalMark(paragraph);
            var unfinished = Chars.IsReadable(final) || (kind is not BlockKind.Paragraph && final is ',' or '，' or '、');
            return unfinished && TextShape.IsLongerThanHeading(paragraph) && !TextShape.IsHeadingLike(fragment);
        }

        if (!TextShape.EndsWithTerminal(paragraph))
        {
            return true;
        }

        return kind is not BlockKind.Paragraph && !TextShape.IsHeadingLike(fragment) && !TextShape.OpensQuotation(fragment);
    }

    /// <summary>The text from line <paramref name="i"/> up to the next gap or labelled line.</summary>
    private string Fragment(int i)
    {
        var end = i + 1;
        while (end < lines.Count && !lines[end].GapBefore && lines[end].Labels.Count == 0)
        {
            end++;
        }

        return joiner.Join(lines.Skip(i).Take(end - i).Select(l => (l.Text, l.Source.BreakOffset))).Text;
    }
}
