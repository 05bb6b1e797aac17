namespace Alignment.Aligning;

/// <summary>
/// Where a run of sentences stands in quoted speech: whether it begins inside a quotation that an earlier sentence
/// opened (it closes more than it opens) and whether it ends inside one (it leaves a quotation open). A translation
/// splits and merges the sentences of dialogue, but a bead of it starts and ends inside or outside quotations on both
/// sides alike: 「有，珠江，大得很。」 is “Sure, the Pearl River. A big one.”, both sentences, not the first alone.
/// </summary>
/// <param name="Closes">Closing marks without an opening one before them in the run.</param>
/// <param name="Opens">Opening marks without a closing one after them in the run.</param>
/// <param name="Unknown">True when the run holds straight quotes ("), which do not say whether they open or close.</param>
/// <param name="Speaks">True when the run holds quoted speech: a quotation with a clause or sentence mark inside.</param>
/// <remarks>
/// Translations keep quoted speech as quoted speech: of the 945 paired beads of the bundled corpora's gold, none has
/// it on one side only. A quotation without such a mark (「高坪报春」, a name or a term) is not speech, and Chinese
/// quotes those far more often than English does.
/// </remarks>
internal readonly record struct QuoteBalance(int Closes, int Opens, bool Unknown, bool Speaks = false)
{
    /// <summary>The balance of one sentence's text: 「『“ open, 」』” close (‘ ’ are not counted, being apostrophes too).</summary>
    public static QuoteBalance Of(string text)
    {
        int closes = 0, opens = 0, straight = 0, lastUnopenedClose = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '「' or '『' or '“':
                    opens++;
                    break;
                case '」' or '』' or '”' when opens > 0:
                    opens--;
                    break;
                case '」' or '』' or '”':
                    closes++;
                    lastUnopenedClose = i;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return new QuoteBalance(closes, opens, straight % 2 == 1, HoldsSpeech(text, lastUnopenedClose));
    }

    /// <summary>
    /// Whether a clause or sentence mark stands inside a quotation: one the text opens, a pair of straight quotes, or
    /// one an earlier sentence opened, up to <paramref name="lastUnopenedClose"/>.
    /// </summary>
    private static bool HoldsSpeech(string text, int lastUnopenedClose)
    {
        var (depth, straight) = (0, false);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '「' or '『' or '“':
                    depth++;
                    break;
                case '」' or '』' or '”':
                    depth = Math.Max(depth - 1, 0);
                    break;
                case '"':
                    straight = !straight;
                    break;
                case '，' or ',' or '。' or '.' or '！' or '!' or '？' or '?' or '；' or ';' or '…' when depth > 0 || straight || i < lastUnopenedClose:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The balance of this run followed by <paramref name="next"/>.</summary>
    public QuoteBalance Then(QuoteBalance next)
    {
        var matched = Math.Min(Opens, next.Closes);
        return new QuoteBalance(Closes + next.Closes - matched, Opens - matched + next.Opens, Unknown || next.Unknown, Speaks || next.Speaks);
    }

    /// <summary>
    /// On how many of its two ends (start, end) this run and <paramref name="other"/>, its candidate translation,
    /// disagree about being inside a quotation; 0 when either holds straight quotes.
    /// </summary>
    public int Disagreements(QuoteBalance other) =>
        Unknown || other.Unknown ? 0 : ((Closes > 0) != (other.Closes > 0) ? 1 : 0) + ((Opens > 0) != (other.Opens > 0) ? 1 : 0);

    /// <summary>Whether one of this run and <paramref name="other"/> holds quoted speech and the other none; false when either holds an unpaired straight quote.</summary>
    public bool SpeechDisagrees(QuoteBalance other) => !Unknown && !other.Unknown && Speaks != other.Speaks;
}
