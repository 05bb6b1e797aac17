namespace Alignment.Memory.Terminology;

/// <summary>Association measures over unit counts: how much more often two phrases occur together than apart.</summary>
internal static class Association
{
    public static double Score(TermAssociation measure, double both, double term, double candidate, double units) => measure switch
    {
        TermAssociation.LogLikelihood => LogLikelihood(both, term, candidate, units),
        _ => Dice(both, term, candidate),
    };

    public static double Dice(double both, double term, double candidate) => term + candidate == 0 ? 0 : 2 * both / (term + candidate);

    /// <summary>Dunning's G² of the 2 × 2 table of units with and without each phrase.</summary>
    public static double LogLikelihood(double both, double term, double candidate, double units)
    {
        double[] observed = [both, term - both, candidate - both, units - term - candidate + both];
        double[] rows = [term, term, units - term, units - term];
        double[] columns = [candidate, units - candidate, candidate, units - candidate];
        var sum = 0.0;
        for (var i = 0; i < 4; i++)
        {
            if (observed[i] > 0 && rows[i] > 0 && columns[i] > 0)
            {
                sum += observed[i] * Math.Log(observed[i] * units / (rows[i] * columns[i]));
            }
        }

        // A negative association (rarer together than apart) ranks below every positive one.
        return both * units < term * candidate ? -2 * sum : 2 * sum;
    }
}
