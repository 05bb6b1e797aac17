using System.Diagnostics;
using System.Globalization;

namespace Alignment.Tests.Reliability.Fuzzing;

/// <summary>
/// Runs seeded, reproducible random cases against one target. Case <c>k</c> of a run draws everything from
/// <c>new Random(firstSeed + k)</c>, so a failing seed replays the same input on any machine. Only
/// <see cref="InputException"/> may escape a target; anything else, or a broken invariant, fails the test with the
/// seed, and the input is saved under the test's work directory (<c>fuzz-failures/</c>) to be replayed or inspected.
/// </summary>
/// <remarks>
/// Environment variables for longer or narrower runs:
/// <list type="bullet">
/// <item><c>ALIGNMENT_FUZZ_CASES</c> — cases per fuzz test instead of each test's default (the defaults add up to
/// over 10,000 and run in CI time); e.g. <c>ALIGNMENT_FUZZ_CASES=200000 dotnet test --filter FullyQualifiedName~Fuzz</c>.</item>
/// <item><c>ALIGNMENT_FUZZ_SEED</c> — the first seed (default 1); with <c>ALIGNMENT_FUZZ_CASES=1</c> it replays one case.</item>
/// </list>
/// </remarks>
internal static class Fuzz
{
    public const string CasesVariable = "ALIGNMENT_FUZZ_CASES";

    public const string SeedVariable = "ALIGNMENT_FUZZ_SEED";

    private const int FailuresShown = 5;

    /// <summary>A case slower than this has its input saved, to find what makes a stage slow.</summary>
    private static readonly TimeSpan SlowCase = TimeSpan.FromSeconds(1);

    /// <summary>Runs the cases and fails the test if any escaped; returns how many the target accepted and refused.</summary>
    /// <typeparam name="T">The generated input.</typeparam>
    /// <param name="defaultCases">Cases to run unless <see cref="CasesVariable"/> says otherwise.</param>
    /// <param name="generate">Draws one input from the case's random source.</param>
    /// <param name="target">Runs the target on the input and checks its invariants (throwing <see cref="InvariantException"/>).</param>
    /// <param name="save">The input as bytes, written to a file when the case fails.</param>
    /// <param name="extension">The saved file's extension (<c>txt</c>, <c>tmx</c>, <c>bin</c>).</param>
    /// <param name="minimumAccepted">The share of cases the target must accept, so that mutations too harsh to reach past input checks fail the test.</param>
    public static FuzzSummary Run<T>(int defaultCases, Func<Random, T> generate, Action<T> target, Func<T, byte[]> save, string extension, double minimumAccepted = 0.3)
    {
        var cases = Number(CasesVariable, defaultCases);
        var firstSeed = Number(SeedVariable, 1);
        var test = TestContext.CurrentContext.Test.MethodName ?? "fuzz";
        var failures = new List<string>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        var slowest = (Seed: 0, Time: TimeSpan.Zero);
        for (var k = 0; k < cases; k++)
        {
            var seed = firstSeed + k;
            var input = generate(new Random(seed));
            var started = clock.Elapsed;
            try
            {
                target(input);
            }
            catch (InputException)
            {
                refused++;
            }
            catch (Exception e)
            {
                var file = Save(test, seed, save(input), extension);
                failures.Add($"seed {seed}: {e.GetType().Name}: {e.Message}\n    input: {file}\n    {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }

            if (clock.Elapsed - started > slowest.Time)
            {
                slowest = (seed, clock.Elapsed - started);
                if (slowest.Time > SlowCase)
                {
                    Save(test, seed, save(input), extension);
                }
            }
        }

        var summary = new FuzzSummary(cases, cases - refused - failures.Count, refused, clock.Elapsed, slowest.Seed, slowest.Time);
        TestContext.Out.WriteLine($"{test}: {summary}");
        if (failures.Count > 0)
        {
            Assert.Fail(
                $"{failures.Count} of {cases} cases let an exception other than InputException escape or broke an invariant. "
                + $"Replay one with {SeedVariable}=<seed> {CasesVariable}=1 dotnet test --filter \"Name={test}\"\n"
                + string.Join('\n', failures.Take(FailuresShown)));
        }

        Assert.That(summary.Accepted, Is.GreaterThanOrEqualTo(minimumAccepted * cases), $"The mutations are too harsh: only {summary.Accepted} of {cases} inputs got past the input checks.");
        return summary;
    }

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static string Save(string test, int seed, byte[] input, string extension)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{test}-{seed}.{extension}");
        File.WriteAllBytes(path, input);
        return path;
    }
}

/// <summary>How a fuzz run went.</summary>
/// <param name="Cases">Cases run.</param>
/// <param name="Accepted">Cases whose input the target accepted.</param>
/// <param name="Refused">Cases refused with an <see cref="InputException"/>.</param>
/// <param name="Elapsed">How long the run took.</param>
/// <param name="SlowestSeed">The seed of the case that took longest.</param>
/// <param name="SlowestTime">How long it took.</param>
internal sealed record FuzzSummary(int Cases, int Accepted, int Refused, TimeSpan Elapsed, int SlowestSeed, TimeSpan SlowestTime)
{
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Cases} cases ({Accepted} accepted, {Refused} refused as bad input) in {Elapsed.TotalSeconds:0.0} s, {Cases / Math.Max(Elapsed.TotalSeconds, 1e-3):0} cases/s; slowest: seed {SlowestSeed}, {SlowestTime.TotalMilliseconds:0} ms");
}

/// <summary>A property that must hold for every input the target accepts did not.</summary>
internal sealed class InvariantException(string message) : Exception(message)
{
    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}
