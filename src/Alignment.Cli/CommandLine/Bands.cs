using Alignment.Memory;

namespace Alignment.Cli.CommandLine;

/// <summary>Match bands as CAT tools show them.</summary>
internal static class Bands
{
    public static string Show(MatchBand band) => band switch
    {
        MatchBand.Context => "context match",
        MatchBand.Exact => "exact",
        MatchBand.Fuzzy95To99 => "95–99%",
        MatchBand.Fuzzy85To94 => "85–94%",
        MatchBand.Fuzzy75To84 => "75–84%",
        MatchBand.Fuzzy50To74 => "50–74%",
        _ => "below 50%",
    };
}
