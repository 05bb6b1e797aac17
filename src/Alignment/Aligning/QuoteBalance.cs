using System.Runtime.CompilerServices;

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
internal readonly record struct QuoteBalance(int Closes, int Opens, bool Unknown)
{
    /// <summary>The balance of one sentence's text: 「『“ open, 」』” close (‘ ’ are not counted, being apostrophes too).</summary>
    [MethodImpl(HotLoop.Optimised)]
    public static QuoteBalance Of(string text)
    {
        int closes = 0, opens = 0, straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '「' or '『' or '“':
                    opens++;
                    break;
                case '」' or '』' or '”' when opens > 0:
                    opens--;
                    break;
                case '」' or '』' or '”':
                    closes++;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return new QuoteBalance(closes, opens, straight % 2 == 1);
    }

    /// <summary>The balance of this run followed by <paramref name="next"/>.</summary>
    public QuoteBalance Then(QuoteBalance next)
    {
        var matched = Math.Min(Opens, next.Closes);
        return new QuoteBalance(Closes + next.Closes - matched, Opens - matched + next.Opens, Unknown || next.Unknown);
    }

    /// <summary>
    /// On how many of its two ends (start, end) this run and <paramref name="other"/>, its candidate translation,
    /// disagree about being inside a quotation; 0 when either holds straight quotes.
    /// </summary>
    public int Disagreements(QuoteBalance other) =>
        Unknown || other.Unknown ? 0 : ((Closes > 0) != (other.Closes > 0) ? 1 : 0) + ((Opens > 0) != (other.Opens > 0) ? 1 : 0);
}
