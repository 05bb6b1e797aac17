namespace Alignment.Documents.Reading;

/// <summary>
/// Repairs what PDF text extractors do to labels and footnotes, before blocks are assembled. A label set apart from
/// its paragraph (<c>5.</c>, <c>(b)</c>, <c>D.</c> on a line of its own, as the extractor met the hanging label
/// first) is put back at the start of the paragraph's first line. Footnote numbers that lost their superscript are
/// restored: a footnote is a number at the start of a line after a gap, or alone on a line before its text, that
/// continues the document's footnote numbering, and its reference is the same number glued to the end of a word
/// or a sentence before it (<c>电子证据2和</c>, <c>Expert Group.1</c>); both become superscripts (<c>²</c>), as
/// the reader expects them. Characters are only moved forward or replaced by their superscripts, so each still
/// maps to its place in the original, in order; a label found after the line it belongs to is handed to that line
/// instead (see <see cref="Repair"/>).
/// </summary>
internal static class ExtractedText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>How many one-word lines in a row are the scattered words of one justified line.</summary>
    private const int ScatteredWords = 3;

    /// <summary>A one-word line this long or longer, right under another, is a piece of a long word or address a wrapper cut.</summary>
    private const int LongWord = 20;

    /// <summary>How many lines (blank, furniture, labels) may stand between a paragraph and words of it printed after it.</summary>
    private const int DisplacedWordsReach = 12;

    /// <summary>How many content lines further on a displaced section label may find its heading.</summary>
    private const int DisplacedLabelReach = 40;

    /// <summary>How many content lines further on the second of two stacked paragraph labels may find its paragraph.</summary>
    private const int StackedLabelReach = 60;

    /// <summary>A footnote whose number comes after it is at most this many lines long.</summary>
    private const int MaxFootnoteLines = 6;

    /// <summary>In tenths of the body's measure: a line wider than this is set in smaller type than the body.</summary>
    private const int WideShare = 11;

    /// <summary>How many lines before a footnote its reference may stand: about two pages.</summary>
    private const int ReferenceReach = 120;

    /// <summary>
    /// Repairs the cleaned lines in place. Returns the labels that stand apart from the line they belong to: the line
    /// keeps its characters, its label's line is emptied, and the label is given to the line (so that every character
    /// still comes from increasing offsets).
    /// </summary>
    public static Dictionary<int, IReadOnlyList<LabelCandidate>> Repair(MappedText[] lines, RemovalReason?[] furniture)
    {
        var labels = new Dictionary<int, IReadOnlyList<LabelCandidate>>();
        RejoinScatteredWords(lines, furniture);
        var content = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > 0 && furniture[i] is null).ToList();
        JoinLabelsToParagraphs(lines, content, labels);

        // A footnote's number alone between blank lines looks like a page number; it is one of the candidates here.
        var candidates = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].Length > 0 && (furniture[i] is null || (furniture[i] == RemovalReason.PageNumber && lines[i].Text.All(char.IsAsciiDigit))))
            .ToList();
        foreach (var used in RestoreFootnotes(lines, candidates, labels))
        {
            furniture[used] = null;
        }

        return labels;
    }

    /// <summary>
    /// Extractors can print the words of a widely spaced justified line one per line, with blank lines between them
    /// (<c>It</c>, <c>must</c>, <c>also</c>, <c>ensure</c>, …, or <c>Ms.</c>, <c>Haldorsen</c>, <c>(Director,</c>, …). A
    /// run of at least <see cref="ScatteredWords"/> such one-word lines is one line again. A justified line is never
    /// the last of its paragraph, so the line that follows within a blank line goes on from it: the run stands right
    /// before that line, or else where its last word did.
    /// </summary>
    private static void RejoinScatteredWords(MappedText[] lines, RemovalReason?[] furniture)
    {
        var run = new List<int>();
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Length == 0 && furniture[i] is null)
            {
                continue;
            }

            var word = i < lines.Length && furniture[i] is null && IsOneWord(lines[i].Text);

            // Pieces of an address or a long word that a wrapper cut at the width stand on lines right under each other,
            // each as wide as a line; a justified line's words are short and printed apart.
            var near = run.Count == 0 || (i - run[^1] <= 2 && !(word && i - run[^1] == 1 && Math.Max(lines[i].Length, lines[run[^1]].Length) >= LongWord));
            if (word && near)
            {
                run.Add(i);
                continue;
            }

            // A bare number between two scattered words is one of them (Agenda 21, the country's 64 districts), not a
            // page number: a page break never falls between two words of one line.
            if (i < lines.Length && run.Count > 0 && near && IsBareNumber(lines[i].Text) && WordFollows(lines, furniture, i))
            {
                furniture[i] = null;
                run.Add(i);
                continue;
            }

            // A run that goes on into no line is a paragraph's end: a capitalised word after it is a heading of its own.
            // Nor does a run with its paragraph's end inside it go on into a capitalised line (a heading, say).
            var goesOn = i < lines.Length && run.Count > 0 && i - run[^1] <= 2 && furniture[i] is null && GoesOn(lines[i].Text)
                && !(char.IsUpper(lines[i].Text[0]) && EndInside(lines, furniture, run) >= 0);
            while (!goesOn && run.Count > 1 && char.IsUpper(lines[run[^1]].Text[0]))
            {
                run.RemoveAt(run.Count - 1);
            }

            if (run.Count >= ScatteredWords)
            {
                var lastLine = run[^1];
                var ending = !goesOn && PutBackLastWordsBeforeEnd(lines, furniture, run) ? run[^1] : -1;
                var joined = JoinWords(lines, run, ending);

                var displaced = goesOn || i == lines.Length ? -1 : LineItWasPrintedAfter(lines, furniture, run[0]);
                foreach (var at in run)
                {
                    lines[at] = MappedText.Empty;
                }

                if (displaced >= 0)
                {
                    lines[displaced] = JoinMoved(lines[displaced], joined, joined.OffsetOf(0) - 1);
                }
                else
                {
                    // Right above the line it goes on into, with no blank line between them; not joined to it, so that
                    // it keeps a line's width.
                    lines[goesOn ? i - 1 : lastLine] = joined;
                }
            }
            else if (run.Count > 0 && !goesOn && i < lines.Length && LineItWasPrintedAfter(lines, furniture, run[0]) is var displaced and >= 0)
            {
                // Fewer words, printed after the rest of their paragraph, are words of its justified line all the same.
                var words = JoinWords(lines, run, ending: -1);

                foreach (var at in run)
                {
                    lines[at] = MappedText.Empty;
                }

                lines[displaced] = JoinMoved(lines[displaced], words, words.OffsetOf(0) - 1);
            }

            run.Clear();
            if (i < lines.Length && furniture[i] is null && IsOneWord(lines[i].Text))
            {
                run.Add(i);
            }
        }
    }

    /// <summary>
    /// The one-word lines of <paramref name="run"/> as one line, each space standing for the line break after the word
    /// before it; the <paramref name="ending"/> put back after the words printed after it takes its own line break
    /// instead, as the break after the last word printed is the joined line's. Built in one pass, as a run can be as
    /// long as the document (a file of one-letter paragraphs).
    /// </summary>
    private static MappedText JoinWords(MappedText[] lines, List<int> run, int ending)
    {
        var builder = new MappedTextBuilder(run.Sum(at => lines[at].Length + 1));
        var previous = lines[run[0]];
        builder.Append(previous);
        foreach (var at in run.Skip(1))
        {
            var word = lines[at];
            var space = at == ending ? word.OffsetOf(word.Length - 1) + 1 : previous.OffsetOf(previous.Length - 1) + 1;
            builder.Append(' ', space);
            builder.Append(word);
            previous = word;
        }

        return builder.ToMappedText();
    }

    /// <summary>
    /// A paragraph's last lines and the scattered words of its justified line before them, all printed one word a line
    /// (<c>Illegal</c>, <c>systems.</c>, <c>interference</c>, <c>with</c>, … <c>and</c>), when the run goes on into no
    /// line: the words after the one that ends the paragraph go before it, as a justified line is never the last of
    /// its paragraph. Returns whether it put the end back (last in the run); see <see cref="EndInside"/>.
    /// </summary>
    private static bool PutBackLastWordsBeforeEnd(MappedText[] lines, RemovalReason?[] furniture, List<int> run)
    {
        var end = EndInside(lines, furniture, run);
        if (end < 0)
        {
            return false;
        }

        var ending = run[end];
        run.RemoveAt(end);
        run.Add(ending);
        return true;
    }

    /// <summary>
    /// Where in the run the paragraph ends, when words in lower case follow its end and the text before the end leaves
    /// its sentence open: the word before it in the run, or, for the run's first word, the line right above it
    /// (<c>(b) International</c> over <c>authorities.</c>, <c>cooperation</c>, <c>by</c>, …); −1 when the run is not so.
    /// </summary>
    private static int EndInside(MappedText[] lines, RemovalReason?[] furniture, List<int> run)
    {
        var end = run.FindLastIndex(at => EndsSentence(lines[at].Text) || lines[at].Text[^1] is ';');
        if (end < 0 || end == run.Count - 1 || !char.IsLower(lines[run[end + 1]].Text[0]))
        {
            return -1;
        }

        var above = run[0] - 1;
        var before = end > 0 ? lines[run[end - 1]].Text
            : above >= 0 && furniture[above] is null && !IsLabelOnly(lines[above].Text) ? lines[above].Text : string.Empty;
        return before.Length > 0 && !EndsSentence(before) && before[^1] is not (';' or ':') && (end > 0 || char.IsLetter(before[^1]) || before[^1] == ',')
            ? end
            : -1;
    }

    /// <summary>
    /// Where the scattered words of a justified line that go on into no line of their own belong, when the extractor
    /// printed them after the rest of their paragraph (after the page's furniture, or after the label of the next
    /// heading): <c>(c)</c>, <c>Illegal</c>, <c>systems.</c>, then <c>interference</c>, <c>with</c>, … <c>and</c>.
    /// A justified line is never the last of its paragraph, so the words go between the paragraph's last line (ending
    /// a sentence or an item) and the line before it, which they go on from: that line ends inside a sentence and the
    /// words start in lower case. Returns the line they go on from, or −1 when the text is not so (or no blank line
    /// stands right before the words, whose line break the space before them takes).
    /// </summary>
    private static int LineItWasPrintedAfter(MappedText[] lines, RemovalReason?[] furniture, int run)
    {
        if (!char.IsLower(lines[run].Text[0]) || run == 0 || lines[run - 1].Length > 0 || furniture[run - 1] is not null)
        {
            return -1;
        }

        var last = run - 1;
        while (last >= 0 && run - last <= DisplacedWordsReach && (lines[last].Length == 0 || furniture[last] is not null || IsLabelOnly(lines[last].Text)))
        {
            last--;
        }

        if (last < 1 || run - last > DisplacedWordsReach || !(EndsSentence(lines[last].Text) || lines[last].Text[^1] is ';' or '；'))
        {
            return -1;
        }

        var before = lines[last - 1];
        return before.Length > 0 && furniture[last - 1] is null && !IsLabelOnly(before.Text) && before.Text[^1] is var end
            && (char.IsLetterOrDigit(end) || end == ',') && !Chars.IsCjk(end) ? last - 1 : -1;
    }

    /// <summary>
    /// One word (letters, perhaps with digits or punctuation, as <c>(Director,</c>, <c>2027,</c> or <c>(MVI)</c>): no
    /// label, no bare number (a page or footnote number), no Han.
    /// </summary>
    private static bool IsOneWord(string line) =>
        line.Length > 0 && !line.Contains(' ', StringComparison.Ordinal) && !line.Any(Chars.IsCjk)
        && (line.Any(char.IsLetter) || (char.IsAsciiDigit(line[0]) && !line.All(char.IsAsciiDigit) && char.IsPunctuation(line[^1])))
        && LabelParser.Parse(line).Count == 0;

    private static bool IsBareNumber(string line) => line.Length is > 0 and <= 4 && line.All(char.IsAsciiDigit);

    /// <summary>Whether the next line with text, past at most one blank line, is a one-word line of body text.</summary>
    private static bool WordFollows(MappedText[] lines, RemovalReason?[] furniture, int at)
    {
        for (var next = at + 1; next < lines.Length && next - at <= 2; next++)
        {
            if (lines[next].Length > 0 || furniture[next] is not null)
            {
                return furniture[next] is null && IsOneWord(lines[next].Text);
            }
        }

        return false;
    }

    /// <summary>A line that can go on from a line before it: no label starts it.</summary>
    private static bool GoesOn(string line) => LabelParser.Parse(line).Count == 0;

    private static void JoinLabelsToParagraphs(MappedText[] lines, List<int> content, Dictionary<int, IReadOnlyList<LabelCandidate>> labels)
    {
        for (var k = 0; k + 1 < content.Count; k++)
        {
            var (label, next) = (content[k], content[k + 1]);
            if (lines[label].Length == 0)
            {
                continue;
            }

            if (!IsLabelOnly(lines[label].Text))
            {
                continue;
            }

            if (DeferOuterLabel(lines, content, k, labels))
            {
                continue;
            }

            if (HandOnStackedLabel(lines, content, k, labels))
            {
                lines[content[k + 2]] = Join(lines[label], lines[content[k + 2]], space: true);
                lines[label] = MappedText.Empty;
                continue;
            }

            // A section label whose heading the extractor put further on, after other labelled lines, waits for it.
            var heading = k + 1;
            if (!StartsUnlabelled(lines[next].Text) && IsSectionLabel(lines[label].Text))
            {
                heading = Enumerable.Range(k + 1, Math.Min(DisplacedLabelReach, content.Count - k - 1))
                    .FirstOrDefault(h => StartsUnlabelled(lines[content[h]].Text) && TextShape.IsHeadingLike(lines[content[h]].Text) && StandsApart(content, h), -1);
            }

            if (heading == k + 1 && StartsUnlabelled(lines[next].Text))
            {
                lines[next] = Join(lines[label], lines[next], space: true);
                lines[label] = MappedText.Empty;
            }
            else if (heading > k + 1)
            {
                labels[content[heading]] = [.. LabelParser.Parse(lines[label].Text).Select(l => l with { TextStart = 0 })];
                lines[label] = MappedText.Empty;
            }
        }
    }

    /// <summary>
    /// Extractors can print the hanging labels of two paragraphs one after the other, before the first one's text
    /// (<c>5.</c>, <c>6.</c>, then paragraph 5 with its list items, then paragraph 6 unlabelled). When the label at
    /// content line <paramref name="k"/> is followed by the next label of its series and then by text, the second label
    /// is given to the next paragraph: the first unlabelled line after a gap whose line before it ends a sentence and
    /// is no list item's label. Returns false, changing nothing, when there is no such paragraph before the series
    /// goes on.
    /// </summary>
    private static bool HandOnStackedLabel(MappedText[] lines, List<int> content, int k, Dictionary<int, IReadOnlyList<LabelCandidate>> labels)
    {
        if (k + 2 >= content.Count || !IsLabelOnly(lines[content[k + 1]].Text) || !StartsUnlabelled(lines[content[k + 2]].Text))
        {
            return false;
        }

        var seconds = LabelParser.Parse(lines[content[k + 1]].Text);
        var first = LabelParser.Parse(lines[content[k]].Text).FirstOrDefault(f => seconds.Any(s => s.Style == f.Style && s.Value == f.Value + 1));
        if (first is null)
        {
            return false;
        }

        return HandOn(lines, content, k + 1, k + 3, first.Style, labels);
    }

    /// <summary>
    /// Extractors can also print a paragraph's hanging label before the label of a list item that goes on from the page
    /// before (<c>(a)</c> on one page; <c>6.</c>, <c>(b)</c>, the item, <c>(c)</c>, the item, then paragraph 6
    /// unlabelled on the next). When the label at content line <paramref name="k"/> stands right before a label of
    /// another series that continues the last label met before it, the first label is given to the paragraph after
    /// that list, as <see cref="HandOnStackedLabel"/> finds it; the same when the item's label comes first. Returns
    /// false, changing nothing, when the labels are not so or there is no such paragraph.
    /// </summary>
    private static bool DeferOuterLabel(MappedText[] lines, List<int> content, int k, Dictionary<int, IReadOnlyList<LabelCandidate>> labels)
    {
        if (k + 2 >= content.Count || !IsLabelOnly(lines[content[k + 1]].Text) || !StartsUnlabelled(lines[content[k + 2]].Text))
        {
            return false;
        }

        var previous = Enumerable.Range(0, k).Reverse().Take(StackedLabelReach)
            .Select(p => LabelParser.Parse(lines[content[p]].Text)).FirstOrDefault(found => found.Count > 0);
        if (previous is null)
        {
            return false;
        }

        var firsts = LabelParser.Parse(lines[content[k]].Text);
        var seconds = LabelParser.Parse(lines[content[k + 1]].Text);
        bool Continues(IReadOnlyList<LabelCandidate> inner, IReadOnlyList<LabelCandidate> outer) =>
            inner.Any(i => previous.Any(p => p.Style == i.Style && i.Value == p.Value + 1) && outer.All(o => o.Style != i.Style));

        if (Continues(seconds, firsts))
        {
            return HandOn(lines, content, k, k + 3, firsts[0].Style, labels);
        }

        // The other way round (the item's label, then the paragraph's): the item takes the text that follows.
        if (Continues(firsts, seconds) && HandOn(lines, content, k + 1, k + 3, seconds[0].Style, labels))
        {
            lines[content[k + 2]] = Join(lines[content[k]], lines[content[k + 2]], space: true);
            lines[content[k]] = MappedText.Empty;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Gives the label at content line <paramref name="label"/> to the next paragraph from content line
    /// <paramref name="from"/> on: the first unlabelled line after a gap whose line before it ends a sentence and is no
    /// list item's label. Returns false, changing nothing, when a label of <paramref name="style"/> comes first.
    /// </summary>
    private static bool HandOn(MappedText[] lines, List<int> content, int label, int from, LabelStyle style, Dictionary<int, IReadOnlyList<LabelCandidate>> labels)
    {
        for (var h = from; h < Math.Min(content.Count, from + StackedLabelReach); h++)
        {
            var line = lines[content[h]].Text;
            if (line.Length == 0)
            {
                continue;
            }

            if (LabelParser.Parse(line).Any(l => l.Style == style))
            {
                return false;
            }

            var before = lines[content[h - 1]].Text;
            if (StartsUnlabelled(line) && content[h - 1] < content[h] - 1 && before.Length > 0 && !IsLabelOnly(before)
                && EndsSentence(before))
            {
                labels[content[h]] = [.. LabelParser.Parse(lines[content[label]].Text).Select(l => l with { TextStart = 0 })];
                lines[content[label]] = MappedText.Empty;
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(string line)
    {
        var end = line.TrimEnd();
        while (end.Length > 0 && Chars.IsCloser(end[^1]))
        {
            end = end[..^1];
        }

        return end.Length > 0 && end[^1] is '。' or '.' or '！' or '？' or '!' or '?';
    }

    /// <summary>A line with a gap before and after it, as a heading stands.</summary>
    private static bool StandsApart(List<int> content, int k) =>
        content[k - 1] < content[k] - 1 && (k + 1 == content.Count || content[k + 1] > content[k] + 1);

    private static bool StartsUnlabelled(string line) => LabelParser.Parse(line).Count == 0 && !Chars.IsSuperscriptDigit(line[0]) && !IsLabelOnly(line);

    /// <summary>A heading's label: Roman, Chinese or a capital letter (<c>II.</c>, <c>二.</c>, <c>C.</c>).</summary>
    private static bool IsSectionLabel(string line) =>
        LabelParser.Parse(line).Any(l => l.Style is LabelStyle.Roman or LabelStyle.UpperLetter or LabelStyle.ChineseNumeral);

    private static bool IsLabelOnly(string line) =>
        LabelParser.Parse(line) is { Count: > 0 } labels && labels.All(l => l.TextStart >= line.Length);

    /// <summary>Restores footnote numbers and references; returns the lines taken for footnote numbers.</summary>
    private static List<int> RestoreFootnotes(MappedText[] lines, List<int> content, Dictionary<int, IReadOnlyList<LabelCandidate>> labels)
    {
        var used = new List<int>();
        var measure = Measure(lines, content);
        var next = 1;
        var searchFrom = 0;
        for (var k = 0; k < content.Count; k++)
        {
            var i = content[k];
            var number = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = lines[i].Text;
            if (text == number && FootnoteBefore(lines, content, k, measure) is { } start
                && FindReference(lines, content, Math.Max(searchFrom, start - ReferenceReach), start, number) is var (referenceLine, referenceAt))
            {
                // The number came after its footnote's text: the text is the footnote.
                lines[referenceLine] = Superscript(lines[referenceLine], referenceAt, number.Length);
                var marker = Superscript(number);
                labels[content[start]] = [new LabelCandidate(LabelStyle.Footnote, marker, number, next, 0)];
                lines[i] = MappedText.Empty;
                used.Add(i);
                next++;
                searchFrom = k + 1;
                continue;
            }

            if (text == number && (k + 1 == content.Count || LabelParser.Parse(lines[content[k + 1]].Text).Count > 0))
            {
                // A marker the typesetter pushed below the end of its paragraph, where a label or the end follows.
                if (k > 0 && content[k - 1] == i - 1 && HasFootnoteLater(lines, content, k + 1, number))
                {
                    lines[content[k - 1]] = Join(lines[content[k - 1]], Superscript(lines[i], 0, number.Length), space: false);
                    lines[i] = MappedText.Empty;
                    used.Add(i);
                }

                continue;
            }

            if (!IsFootnoteStart(lines, content, k, number) || FindReference(lines, content, Math.Max(searchFrom, k - ReferenceReach), k, number) is not var (line, at))
            {
                continue;
            }

            lines[line] = Superscript(lines[line], at, number.Length);
            if (text == number)
            {
                var body = content[k + 1];
                lines[body] = Join(Superscript(lines[i], 0, number.Length), lines[body], space: true);
                lines[i] = MappedText.Empty;
                used.Add(i);
            }
            else
            {
                var inside = content[k - 1] == content[k] - 1;
                lines[i] = Superscript(lines[i], 0, number.Length);
                if (inside)
                {
                    labels[i] = [.. LabelParser.Parse(lines[i].Text).Select(l => l.Style == LabelStyle.Footnote ? l with { InsideSentence = true } : l)];
                }
            }

            next++;
            searchFrom = k + 1;
        }

        return used;
    }

    /// <summary>
    /// Footnote <paramref name="number"/> starts at content line <paramref name="k"/>: the number alone before an
    /// unlabelled line, or the number and a space at the start of a line after a gap.
    /// </summary>
    private static bool IsFootnoteStart(MappedText[] lines, List<int> content, int k, string number)
    {
        var text = lines[content[k]].Text;
        if (text == number)
        {
            // Not before a heading standing apart (an annex marker, say): a footnote's text is a sentence or more.
            return k + 1 < content.Count && LabelParser.Parse(lines[content[k + 1]].Text).Count == 0
                && !(TextShape.IsHeadingLike(lines[content[k + 1]].Text) && StandsApart(content, k + 1));
        }

        return text.Length > number.Length + 1 && text.StartsWith(number + " ", StringComparison.Ordinal)
            && !char.IsAsciiDigit(text[number.Length + 1]) && k > 0 && (content[k - 1] < content[k] - 1 || InterruptsSentence(lines, content, k));
    }

    /// <summary>
    /// Whether the numbered line at content line <paramref name="k"/> stands inside a sentence with no gap before it: the
    /// line before ends no sentence, and the numbered line ends one. Where an extractor writes a column's or a page's
    /// foot straight after its last line (pdftotext -raw, or -layout on columns cut apart), a footnote set at that foot
    /// falls in the middle of the paragraph the column breaks, where no numbered paragraph or list item would start.
    /// </summary>
    private static bool InterruptsSentence(MappedText[] lines, List<int> content, int k)
    {
        var before = lines[content[k - 1]].Text.TrimEnd();
        return before.Length > 0 && !TextShape.EndsWithTerminal(before) && before[^1] is not (':' or '：' or ';' or '；')
            && TextShape.EndsWithTerminal(lines[content[k]].Text.TrimEnd());
    }

    /// <summary>
    /// Where the text of a footnote starts when its number (at content line <paramref name="k"/>) came after it: the
    /// number ends a short run of unlabelled lines that stands apart, or a run whose lines are wider than the body's, or
    /// the lines after the one that ends with the footnote's reference; null otherwise.
    /// </summary>
    private static int? FootnoteBefore(MappedText[] lines, List<int> content, int k, int measure)
    {
        if (k == 0 || content[k - 1] != content[k] - 1 || (k + 1 < content.Count && content[k + 1] == content[k] + 1))
        {
            return null;
        }

        var start = k - 1;
        while (start > 0 && content[start - 1] == content[start] - 1)
        {
            start--;
        }

        // Footnotes are set in smaller type, so their full lines hold more than the body's: where the run has lines
        // wider than the body's measure just before its last line, the footnote starts at the first of them, even
        // with no gap between it and the paragraph the page broke.
        var wide = k - 1;
        while (wide - 1 >= start && TextShape.Width(lines[content[wide - 1]].Text) * 10 > measure * WideShare)
        {
            wide--;
        }

        if (wide < k - 1 && StartsUnlabelled(lines[content[wide]].Text))
        {
            return wide;
        }

        // Or the footnote starts under the line that ends with its reference (Expert Group.1), when the footnote's
        // lines are no wider (a short first line before a long address, say).
        var number = lines[content[k]].Text;
        for (var r = k - 2; r >= start; r--)
        {
            var text = lines[content[r]].Text;
            if (text.EndsWith(number, StringComparison.Ordinal) && IsGluedReference(text, text.Length - number.Length, number.Length)
                && StartsUnlabelled(lines[content[r + 1]].Text))
            {
                return r + 1;
            }
        }

        if (start > 0 && k - start <= MaxFootnoteLines && StartsUnlabelled(lines[content[start]].Text))
        {
            return start;
        }

        // Or, under the paragraph the page broke, a footnote of one line wider than the body's (an address too long to
        // wrap) is that line alone.
        var last = lines[content[k - 1]].Text;
        return k - 1 > start && TextShape.Width(last) * 10 > measure * WideShare && StartsUnlabelled(last) ? k - 1 : null;
    }

    /// <summary>The body's measure: the width, in display columns, that a tenth of the content lines reach.</summary>
    private static int Measure(MappedText[] lines, List<int> content)
    {
        var widths = content.Select(i => TextShape.Width(lines[i].Text)).OrderDescending().ToArray();
        return widths.Length == 0 ? 0 : widths[widths.Length / 10];
    }

    private static bool HasFootnoteLater(MappedText[] lines, List<int> content, int from, string number)
    {
        for (var k = from; k < Math.Min(content.Count, from + ReferenceReach); k++)
        {
            if (IsFootnoteStart(lines, content, k, number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The reference to footnote <paramref name="number"/> in the content lines before <paramref name="before"/>: one
    /// already written as a superscript, or else the nearest glued number.
    /// </summary>
    private static (int Line, int At)? FindReference(MappedText[] lines, List<int> content, int from, int before, string number)
    {
        var superscript = Superscript(number);
        for (var k = before - 1; k >= from; k--)
        {
            if (lines[content[k]].Text.LastIndexOf(superscript, StringComparison.Ordinal) is var at and >= 0)
            {
                return (content[k], at);
            }
        }

        for (var k = before - 1; k >= from; k--)
        {
            var text = lines[content[k]].Text;
            for (var at = text.LastIndexOf(number, StringComparison.Ordinal); at >= 0; at = at > 0 ? text.LastIndexOf(number, at - 1, StringComparison.Ordinal) : -1)
            {
                if (IsGluedReference(text, at, number.Length))
                {
                    return (content[k], at);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the digits at <paramref name="at"/> close a part of a document symbol: the word they end runs back to a
    /// slash through letters, digits and dots only (<c>L.19/Rev.1</c>), a slash before the first letter of the word
    /// (<c>A/81/10).1</c> cites a note after the symbol's bracket).
    /// </summary>
    private static bool EndsSymbolPart(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-'))
        {
            i--;
        }

        return i > 0 && i < at - 1 && text[i] == '/' && char.IsAsciiLetterOrDigit(text[i - 1]);
    }

    /// <summary>
    /// Digits glued to what they follow: the end of a word (<c>evidence2</c>, not <c>G20</c>), a Han character, or
    /// punctuation that ends a word or sentence (<c>Group.1</c>, <c>情况。1</c>, not <c>2.1</c>); and not running on
    /// into more digits or letters.
    /// </summary>
    private static bool IsGluedReference(string text, int at, int length)
    {
        var end = at + length;
        if (at == 0 || (end < text.Length && (char.IsLetterOrDigit(text[end]) && !Chars.IsHan(text[end]))))
        {
            return false;
        }

        if (end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        var before = text[at - 1];
        if (before == ' ' && end == text.Length && at >= 2 && (Chars.IsTerminal(text[at - 2]) || Chars.IsCloser(text[at - 2])))
        {
            // pdftotext -layout sets a marker apart where the typesetter left room: "the memory. 1" at the end of a line.
            return true;
        }

        if (before == '.' && end < text.Length && !Chars.IsSpace(text[end]) && !Chars.IsCloser(text[end]))
        {
            // After a full stop a marker ends the sentence: Rev.1. is a revision number.
            return false;
        }

        if (before == '.' && text.AsSpan(end).TrimStart(' ') is { Length: > 0 } after && Chars.IsHan(after[0]))
        {
            // Chinese ends its sentences with 。, so a Latin full stop before Han text is inside a symbol (Rev.1 号文件).
            return false;
        }

        if (Chars.IsHan(before))
        {
            return true;
        }

        if (EndsSymbolPart(text, at))
        {
            // The last part of a document symbol (A/C.2/81/L.19/Rev.1, A/81/447/Add.2): a symbol's parts end in its
            // numbers, and no note is cited inside a symbol.
            return false;
        }

        if (char.IsLower(before))
        {
            return at >= 3 && char.IsLetter(text[at - 2]) && char.IsLetter(text[at - 3]);
        }

        // Punctuation after a word, a Han character or a closing mark; not after a symbol (CRP.1, E/CN.15).
        return ".。,，;；:：)）”’\"»".Contains(before) && at >= 2
            && (Chars.IsHan(text[at - 2]) || Chars.IsCloser(text[at - 2]) || Chars.IsCjkPunctuation(text[at - 2]) || (at >= 3 && char.IsLower(text[at - 2]) && char.IsLower(text[at - 3])));
    }

    private static string Superscript(string digits) => string.Concat(digits.Select(d => Superscripts[d - '0']));

    private static MappedText Superscript(MappedText line, int at, int length)
    {
        var chars = line.Text.ToCharArray();
        for (var i = at; i < at + length; i++)
        {
            chars[i] = char.IsAsciiDigit(chars[i]) ? Superscripts[chars[i] - '0'] : chars[i];
        }

        return new MappedText(new string(chars), line.Offsets);
    }

    /// <summary>
    /// A line and text moved to its end from elsewhere, with a space between them that stands for the line break at
    /// <paramref name="space"/>: not the break after the line, which joins the line to the next, but one that nothing
    /// else maps to (the blank line before words moved up, or the emptied line of an ending moved down), and one within
    /// the text joined, so that a sentence's span still ends on one of its characters.
    /// </summary>
    private static MappedText JoinMoved(MappedText line, MappedText moved, int space)
    {
        var builder = new MappedTextBuilder(line.Length + 1 + moved.Length);
        builder.Append(line);
        builder.Append(' ', space);
        builder.Append(moved);
        return builder.ToMappedText();
    }

    /// <summary>Two lines as one, with a space between them (standing where the first one ends) or none.</summary>
    private static MappedText Join(MappedText first, MappedText second, bool space)
    {
        var builder = new MappedTextBuilder(first.Length + 1 + second.Length);
        builder.Append(first);
        if (space)
        {
            builder.Append(' ', first.OffsetOf(first.Length - 1) + 1);
        }

        builder.Append(second);
        return builder.ToMappedText();
    }
}
