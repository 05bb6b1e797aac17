using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Segmentation;

/// <summary>
/// The SRX rules of one language, compiled once: a matcher per rule, anchored at a given position, to decide
/// there in rule order; and scanners that find every position where a break rule applies. Rules read from a file
/// match under <see cref="SegmentationRules.RuleTimeout"/>.
/// </summary>
internal sealed class LanguageRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly Matcher[] matchers;
    private readonly bool[] breaks;
    private readonly Matcher[] scanners;

    private LanguageRules(Matcher[] matchers, bool[] breaks, Matcher[] scanners)
    {
        this.matchers = matchers;
        this.breaks = breaks;
        this.scanners = scanners;
    }

    /// <summary>Compiles <paramref name="rules"/>, which are tried in the given order.</summary>
    public static LanguageRules Compile(IReadOnlyList<SrxRule> rules)
    {
        var matchers = rules.Select(r => Matcher.For(r, @"\G" + r.Pattern)).ToArray();
        var breaks = rules.Select(r => r.Breaks).ToArray();

        // One pass over the text finds the positions of all built-in break rules at once. A rule with capturing
        // groups gets a scanner of its own, because joining patterns renumbers groups and would break
        // backreferences; so does a rule from a file, so that a rule that takes too long can be named.
        var breakRules = rules.Where(r => r.Breaks).ToList();
        var joined = breakRules.Where(r => r.Origin is null && new Regex(r.Pattern).GetGroupNumbers().Length == 1).ToList();
        var scanners = breakRules.Except(joined).Select(r => Matcher.For(r, r.Pattern)).ToList();
        if (joined.Count > 0)
        {
            scanners.Add(new Matcher(new Regex(string.Join('|', joined.Select(r => r.Pattern)), Options), null));
        }

        return new LanguageRules(matchers, breaks, [.. scanners]);
    }

    /// <summary>
    /// Decides the break at the place made of positions <paramref name="first"/> to <paramref name="last"/>
    /// (a run of whitespace and its two edges): the first rule that applies at any of these positions decides.
    /// </summary>
    /// <exception cref="InputException">A rule from a file took longer than <see cref="SegmentationRules.RuleTimeout"/>.</exception>
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
    /// <exception cref="InputException">A rule from a file took longer than <see cref="SegmentationRules.RuleTimeout"/>.</exception>
    public void FindBreakRulePositions(string text, List<int> positions)
    {
        foreach (var scanner in scanners)
        {
            scanner.AddMatches(text, positions);
        }
    }

    /// <summary>A compiled pattern and the rule it stands for when that rule came from a file.</summary>
    private sealed class Matcher(Regex regex, SrxRule? userRule)
    {
        public static Matcher For(SrxRule rule, string pattern) =>
            rule.Origin is null
                ? new Matcher(new Regex(pattern, Options), null)
                : new Matcher(new Regex(pattern, Options, SegmentationRules.RuleTimeout), rule);

        public bool IsMatch(string text, int position)
        {
            try
            {
                return regex.IsMatch(text, position);
            }
            catch (RegexMatchTimeoutException e)
            {
                throw TooSlow(e);
            }
        }

        public void AddMatches(string text, List<int> positions)
        {
            try
            {
                foreach (var match in regex.EnumerateMatches(text))
                {
                    positions.Add(match.Index);
                }
            }
            catch (RegexMatchTimeoutException e)
            {
                throw TooSlow(e);
            }
        }

        private InputException TooSlow(RegexMatchTimeoutException e) => new(
            userRule!.Origin!,
            string.Create(
                CultureInfo.InvariantCulture,
                $"the rule with beforebreak \"{userRule.Before}\" and afterbreak \"{userRule.After}\" took more than {SegmentationRules.RuleTimeout.TotalSeconds:0.#} s to match at one place; it backtracks without end (a nested quantifier such as (a+)+?), so simplify it"),
            e);
    }
}
