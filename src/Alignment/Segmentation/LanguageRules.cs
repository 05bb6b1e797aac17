using System.Text.RegularExpressions;

namespace Alignment.Segmentation;

/// <summary>
/// The SRX rules of one language, compiled once: a matcher per rule, anchored at a given position, to decide
/// there in rule order; and scanners that find every position where a break rule applies.
/// </summary>
internal sealed class LanguageRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly Regex[] matchers;
    private readonly bool[] breaks;
    private readonly Regex[] scanners;

    private LanguageRules(Regex[] matchers, bool[] breaks, Regex[] scanners)
    {
        this.matchers = matchers;
        this.breaks = breaks;
        this.scanners = scanners;
    }

    /// <summary>Compiles <paramref name="rules"/>, which are tried in the given order.</summary>
    public static LanguageRules Compile(IReadOnlyList<SrxRule> rules)
    {
        var matchers = rules.Select(r => new Regex(@"\G" + r.Pattern, Options)).ToArray();
        var breaks = rules.Select(r => r.Breaks).ToArray();

        // One pass over the text finds the positions of all break rules at once. A rule with capturing groups
        // gets a scanner of its own, because joining patterns renumbers groups and would break backreferences.
        var breakRules = rules.Where(r => r.Breaks).ToList();
        var plain = breakRules.Where(r => new Regex(r.Pattern).GetGroupNumbers().Length == 1).ToList();
        var scanners = breakRules.Except(plain).Select(r => new Regex(r.Pattern, Options)).ToList();
        if (plain.Count > 0)
        {
            scanners.Add(new Regex(string.Join('|', plain.Select(r => r.Pattern)), Options));
        }

        return new LanguageRules(matchers, breaks, [.. scanners]);
    }

    /// <summary>
    /// Decides the break at the place made of positions <paramref name="first"/> to <paramref name="last"/>
    /// (a run of whitespace and its two edges): the first rule that applies at any of these positions decides.
    /// </summary>
    public BreakDecision Decide(string text, int first, int last)
    {
        for (var r = 0; r < matchers.Length; r++)
        {
            for (var position = first; position <= last; position++)
            {
                if (matchers[r].IsMatch(text, position))
                {
                    return breaks[r] ? BreakDecision.Break : BreakDecision.NoBreak;
                }
            }
        }

        return BreakDecision.Undecided;
    }

    /// <summary>Adds to <paramref name="positions"/> every position of <paramref name="text"/> where a break rule applies.</summary>
    public void FindBreakRulePositions(string text, List<int> positions)
    {
        foreach (var scanner in scanners)
        {
            foreach (var match in scanner.EnumerateMatches(text))
            {
                positions.Add(match.Index);
            }
        }
    }
}
