using Alignment.Documents;

namespace Alignment.Memory.Terminology;

/// <summary>
/// The stages that take out of a rare term's shortlist, once its pair evidence is weighed, the candidates that are not
/// its translation: each stage removes one kind of run-on or piece, for one reason given on its method, and sees only
/// what the stages before it kept, so their order is part of the rule (a piece is judged against the longer candidates
/// that survived the run-on stages before it, not against the run-ons themselves).
/// </summary>
internal static partial class TermSearch
{
    /// <summary>The rare-term shortlist's stages (see the class's remarks), applied in this order.</summary>
    private static readonly RareShortlistStage[] RareShortlistStages =
    [
        (shortlist, lookup) => WithoutWordsBeforeTheAmount(shortlist, lookup.Target),
        (shortlist, lookup) => WithoutGoverningWordsBefore(shortlist, lookup.Term, lookup.Language, lookup.Target),
        (shortlist, lookup) => WithoutRunOnsPastFunctionWords(shortlist, lookup.Target),
        (shortlist, lookup) => WithoutRunOnsIntoNeighbours(shortlist, lookup.Term, lookup.Language, lookup.Target),
        (shortlist, lookup) => WithoutVouchedPieces(shortlist, lookup.Target, IsCapitalisedName(lookup.Term, lookup.Language)),
        (shortlist, lookup) => WithoutRunOns(shortlist, lookup.Target),
        (shortlist, lookup) => WithoutRunOnsIntoClauses(shortlist, lookup.Target),
        (shortlist, lookup) => WithoutCoordinatedNames(shortlist, lookup.Term, lookup.Language, lookup.Target),
    ];

    /// <summary>One stage of a rare term's shortlist: the candidates it keeps, in their order.</summary>
    private delegate List<Candidate> RareShortlistStage(List<Candidate> shortlist, RareLookup lookup);

    /// <summary>The shortlist of a rare term after every stage of <see cref="RareShortlistStages"/>.</summary>
    private static List<Candidate> WithoutRareTermMisfits(List<Candidate> shortlist, RareLookup lookup)
    {
        foreach (var stage in RareShortlistStages)
        {
            shortlist = stage(shortlist, lookup);
        }

        return shortlist;
    }

    /// <summary>What the stages of a rare term's shortlist read of the lookup: the term as given and both languages.</summary>
    private sealed record RareLookup(string Term, Language Language, Language Target);
}
