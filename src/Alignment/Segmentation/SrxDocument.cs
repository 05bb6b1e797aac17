using System.Text.RegularExpressions;
using Alignment.Documents;

namespace Alignment.Segmentation;

/// <summary>The rules of one SRX 2.0 file, resolved: its language maps in order, each with the rules it selects.</summary>
internal sealed class SrxDocument
{
    private readonly IReadOnlyList<(Regex Pattern, IReadOnlyList<SrxRule> Rules)> maps;

    /// <param name="cascade">True when every map that matches a language applies (SRX <c>cascade="yes"</c>), false when only the first does.</param>
    /// <param name="maps">The language maps in file order: a pattern for language tags and the rules it selects.</param>
    public SrxDocument(bool cascade, IReadOnlyList<(Regex Pattern, IReadOnlyList<SrxRule> Rules)> maps)
    {
        Cascade = cascade;
        this.maps = maps;
    }

    /// <summary>True when every language map that matches applies, in order; false when only the first one does.</summary>
    public bool Cascade { get; }

    /// <summary>The rules that apply to <paramref name="language"/>, in the order in which they are tried.</summary>
    public IEnumerable<SrxRule> RulesFor(Language language)
    {
        foreach (var (pattern, rules) in maps)
        {
            if (!pattern.IsMatch(language.Tag))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                yield return rule;
            }

            if (!Cascade)
            {
                yield break;
            }
        }
    }
}
