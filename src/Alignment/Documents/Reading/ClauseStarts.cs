namespace Alignment.Documents.Reading;

/// <summary>
/// Where the words alone show that a line of English ended its paragraph, however full it came out: what the next
/// line starts with cannot go on from what the line ends with. Extracted text loses the gaps and indentation that set
/// such paragraphs apart, and a line that ends them can fill the measure, so neither its width nor the page tells.
/// </summary>
internal static class ClauseStarts
{
    /// <summary>Letters before <c>ing</c> in a participle that opens a clause (<c>Noting</c>, <c>Recalling</c>).</summary>
    private const int MinStem = 3;

    /// <summary>Letters before <c>ed</c> in a past participle that opens a clause (<c>Alarmed</c>, <c>Guided</c>), more than a name's (<c>Ted</c>, <c>Fred</c>).</summary>
    private const int MinPastStem = 4;

    /// <summary>
    /// The adjectives of state of mind that open a preamble's paragraphs besides participles (<c>Aware that …</c>,
    /// <c>Mindful of …</c>), alone or after an adverb (<c>Fully aware</c>).
    /// </summary>
    private static readonly string[] PreambleAdjectives = ["aware", "mindful", "conscious", "cognizant", "cognisant", "desirous"];

    /// <summary>
    /// Whether <paramref name="line"/> ends a clause with a comma and <paramref name="next"/> opens one as the
    /// paragraphs of a preamble do, with a capitalised participle and a word in lower case (<c>… nearly 2 billion
    /// people,</c> / <c>Noting with deep concern …</c>, <c>Concerned also that …</c>, <c>Guided by …</c>), an adjective of
    /// state of mind (<c>Aware that …</c>), or an adverb in <c>-ly</c> before either (<c>Deeply concerned that …</c>,
    /// <c>Fully aware …</c>): running text writes such words after a comma in lower case. Not a name in <c>-ing</c>
    /// written in pinyin (<c>Beijing</c>, <c>Chongqing</c>, <c>Xining</c>), whose syllable before the ending starts with
    /// j, q or x, which no English participle's stem ends in; nor a name in <c>-ed</c>, which a capitalised word follows
    /// (<c>United Nations</c>, <c>Limited Liability</c>) or whose stem is short (<c>Fred</c>).
    /// </summary>
    public static bool OpensParallelClause(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        line = line.TrimEnd();
        if (line.Length == 0 || line[^1] != ',' || next.Length == 0 || !char.IsAsciiLetterUpper(next[0]))
        {
            return false;
        }

        var end = WordEnd(next, 0);
        var word = next[..end];
        if (!FollowedByLowerCaseWord(next, end))
        {
            return false;
        }

        if (OpensClause(word))
        {
            return true;
        }

        // An adverb before the participle or adjective: Deeply concerned, Gravely alarmed, Fully aware.
        var second = next[(end + 1)..WordEnd(next, end + 1)];
        return end - 2 >= MinStem && word.EndsWith("ly", StringComparison.Ordinal) && OpensClause(second)
            && !second.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>The end of the word of ASCII letters from <paramref name="start"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start + 1;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return Math.Min(end, text.Length);
    }

    /// <summary>Whether <paramref name="word"/> is a participle (in <c>-ing</c> or <c>-ed</c>) or an adjective of state of mind, as opens a preamble's paragraph.</summary>
    private static bool OpensClause(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length - 3 >= MinStem && word.EndsWith("ing", StringComparison.Ordinal) && word[length - 4] is not ('j' or 'q' or 'x'))
        {
            return true;
        }

        if (length - 2 >= MinPastStem && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        // The caller has checked the word's case (capitalised at the paragraph's start, lower case after an adverb).
        foreach (var adjective in PreambleAdjectives)
        {
            if (word.Equals(adjective, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verbs that open the paragraphs of a Chinese preamble, in the set forms UN texts give them (<c>回顾</c>,
    /// <c>认识到</c>, <c>深为关切地注意到</c>); <see cref="ChineseRepeatMarks"/> may stand before them (<c>又回顾</c>).
    /// </summary>
    private static readonly string[] ChinesePreambleVerbs =
    [
        "回顾", "忆及", "认识到", "意识到", "注意到", "关切地注意到", "深为关切地注意到", "满意地注意到", "赞赏地注意到", "遗憾地注意到",
        "重申", "确认", "承认", "铭记", "考虑到", "深信", "申明", "强调", "欢迎", "赞赏", "表示关切", "深感关切", "深为关切",
    ];

    /// <summary>The verbs that open the operative part after a Chinese preamble (<c>宣布如下：</c>, <c>决定…</c>).</summary>
    private static readonly string[] ChineseOperativeVerbs = ["宣布", "决定", "通过"];

    /// <summary>Words that repeat a preamble's verb (<c>又认识到</c>, <c>还回顾</c>, <c>并注意到</c>).</summary>
    private const string ChineseRepeatMarks = "又还并";

    /// <summary>
    /// Whether <paramref name="block"/>, a paragraph that opens with a preamble's verb (<c>认识到…</c>), ended with
    /// <paramref name="line"/>, its last line so far closing a clause (<c>，；</c>), before <paramref name="next"/>, which
    /// opens the next paragraph of the preamble or the operative part with a verb of its own (<c>深为关切地注意到…</c>,
    /// <c>又认识到…</c>, <c>宣布如下：</c>). Chinese has no capitals to show where such a paragraph starts, and a clause that
    /// fills its last line leaves no room to show where it ended; the words show it, as one paragraph of a preamble says
    /// one thing and does not go on into the next one's verb.
    /// </summary>
    public static bool OpensParallelChineseClause(ReadOnlySpan<char> block, ReadOnlySpan<char> line, ReadOnlySpan<char> next) =>
        TextShape.FinalMark(line) is '，' or '；'
        && OpensWith(block.TrimStart(), ChinesePreambleVerbs)
        && (OpensWith(next, ChinesePreambleVerbs) || OpensWith(next, ChineseOperativeVerbs));

    private static bool OpensWith(ReadOnlySpan<char> text, string[] verbs)
    {
        if (text.Length > 0 && ChineseRepeatMarks.Contains(text[0]))
        {
            text = text[1..];
        }

        foreach (var verb in verbs)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal) && text.Length > verb.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> ends in a word in lower case, closing no clause (a heading: <c>… and traditional
    /// knowledge</c>), and <paramref name="next"/> starts a sentence with a capitalised article, preposition or conjunction
    /// and a word in lower case (<c>At the thematic session …</c>, <c>The third plenary session …</c>): running text never
    /// goes on so, as it writes such words in lower case. Not after an article, preposition or conjunction, which a
    /// title or name may follow (<c>… in</c> / <c>The Hague</c>).
    /// </summary>
    public static bool EndsBeforeSentence(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        line = line.TrimEnd();
        if (line.Length < 2 || !char.IsLower(line[^1]) || TextShape.EndsWithFunctionWord(line) || !TextShape.StartsWithCapitalisedFunctionWord(next))
        {
            return false;
        }

        foreach (var c in line[(line.LastIndexOf(' ') + 1)..])
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        var end = 0;
        while (end < next.Length && char.IsAsciiLetter(next[end]))
        {
            end++;
        }

        return FollowedByLowerCaseWord(next, end);
    }

    /// <summary>
    /// Whether <paramref name="block"/>, the text so far of a block, is a title in title case (every word capitalised but
    /// articles, prepositions and conjunctions inside, at least <see cref="TitleWords"/> capitalised, no punctuation:
    /// <c>Kunming Declaration on Mountain Water Security</c>) and <paramref name="next"/> starts a sentence: a capitalised
    /// word, then a word in lower case that is no article, preposition or conjunction, or a comma and any word in lower
    /// case (<c>We, the representatives …</c>), or a name, a comma and a word in lower case (<c>Pension Board, forty-first
    /// session</c>, a cover's next line). A title that wraps goes
    /// on in title case; a block of running text is no title, even where one of its lines is all names, nor is one longer
    /// than a heading (<c>… into the Wider United Nations Agenda to Address Social and Economic Challenges …</c>).
    /// </summary>
    public static bool EndsTitleBefore(ReadOnlySpan<char> block, ReadOnlySpan<char> next)
    {
        if (next.Length == 0 || !char.IsUpper(next[0]) || TextShape.IsLongerThanHeading(block) || !IsTitleCase(block.TrimEnd()))
        {
            return false;
        }

        var end = 1;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        // A title's next line may start with a capitalised word and a function word (… Asian Mountain Water / Forum by the
        // Chair); a sentence's second word, after a comma, can be one (We, the …). So can a cover's next line, a name and
        // what it is in lower case after a comma (Pension Board, forty-first session): a title in title case does not go
        // on from a name into words in lower case after a comma.
        var name = end;
        while (name + 1 < next.Length && next[name] == ' ' && char.IsUpper(next[name + 1]))
        {
            name++;
            while (name < next.Length && char.IsLetter(next[name]))
            {
                name++;
            }
        }

        if (next[name..].StartsWith(", "))
        {
            return FollowedByLowerCaseWord(next, name + 1);
        }

        var after = end + 1;
        while (after < next.Length && char.IsLetter(next[after]))
        {
            after++;
        }

        return FollowedByLowerCaseWord(next, end) && !TextShape.EndsWithFunctionWord(next[(end + 1)..after]);
    }

    /// <summary>Capitalised words a line must hold to be taken for a title by its case alone.</summary>
    private const int TitleWords = 3;

    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        var capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!IsPlainWord(word) || !(char.IsUpper(word[0]) || TextShape.EndsWithFunctionWord(word)))
            {
                return false;
            }

            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }

        return capitalised >= TitleWords && char.IsUpper(line[0]) && !TextShape.EndsWithFunctionWord(line);
    }

    /// <summary>Letters, perhaps with hyphens inside (<c>Non-navigational</c>); no digits or punctuation.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return char.IsLetter(word[^1]);
    }

    private static bool FollowedByLowerCaseWord(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);
}
