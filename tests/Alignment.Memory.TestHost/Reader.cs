using System.Diagnostics;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.TestHost;

/// <summary>
/// A reader as a CAT tool is one: a memory kept open read-only, looked up again and again while other processes
/// write, and now and then a memory opened afresh. Every answer is checked against what was committed before the
/// reader started (the probes), and the count of units may only grow, since the writers only add.
/// </summary>
internal static class Reader
{
    public static int Run(string folder, string probesFile, TimeSpan duration)
    {
        var probes = UnitTable.Read(probesFile, UnitTableFormat.Tsv, Language.Chinese, Language.English).ToList();
        using var kept = TranslationMemory.OpenReadOnly(folder);
        var clock = Stopwatch.StartNew();
        var searches = 0;
        var units = 0;
        for (var round = 0; clock.Elapsed < duration; round++)
        {
            var probe = probes[round % probes.Count];
            var fresh = round % 5 == 4 ? TranslationMemory.OpenReadOnly(folder) : null;
            try
            {
                var memory = fresh ?? kept;
                var count = memory.GetStatistics().UnitCount;
                if (fresh is null && count < units)
                {
                    return Fail($"the memory went from {units} to {count} units");
                }

                units = fresh is null ? count : units;
                var matches = memory.Lookup(probe.Source.Text, Language.Chinese, Language.English);
                if (matches is not [{ Score.Value: 100 } best, ..] || best.Target.Text != probe.Target.Text)
                {
                    return Fail($"lookup of a committed unit found {(matches.Count == 0 ? "nothing" : $"{matches[0].Score} {matches[0].Target.Text}")}");
                }

                if (memory.Concordance(probe.Source.Text[..4], Language.Chinese).TotalUnits == 0)
                {
                    return Fail($"concordance of '{probe.Source.Text[..4]}' found nothing");
                }

                if (round % 10 == 0 && KeptPairsProblem(folder, memory) is { } problem)
                {
                    return Fail(problem);
                }

                searches += 2;
            }
            finally
            {
                fresh?.Dispose();
            }
        }

        Console.WriteLine($"ok {searches}");
        return 0;
    }

    // The learned word pairs kept in the folder are replaced whole by the writer: a reader never finds half a file.
    private static string? KeptPairsProblem(string folder, TranslationMemory memory)
    {
        _ = memory.LearnedLexicon();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(folder, "learned-words"));
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        var announced = lines.Length > 5 && lines[5].StartsWith("pairs\t", StringComparison.Ordinal) ? lines[5][6..] : "?";
        return lines.Length > 6 && lines[^1] == "end" && announced == (lines.Length - 7).ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? null
            : $"the learned word pairs were read half-written ({lines.Length} lines, announcing {announced} pairs)";
    }

    private static int Fail(string problem)
    {
        Console.Error.WriteLine(problem);
        return 1;
    }
}
