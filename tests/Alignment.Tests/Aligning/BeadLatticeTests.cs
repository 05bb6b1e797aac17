using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The lattice's states for unpaired sentences: with a run discount, sentences left unpaired in a row cost less than
/// the same sentences apart; with a substitution penalty, a sentence left unpaired right after one of the other side
/// costs more.
/// </summary>
public sealed class BeadLatticeTests
{
    private static readonly BeadType[] Shapes = [new(1, 1), new(1, 0), new(0, 1)];

    [Test]
    public void A_run_discount_gathers_the_sentences_left_unpaired_into_one_run()
    {
        // Every pair costs the same and so does every unpaired sentence: without the discount, any place for the two
        // target sentences that have no counterpart is as good as any other.
        static double Cost(int s, int t, int a, int b) => a == 1 && b == 1 ? 1 : 5;

        var path = BeadLattice.Solve(Corridor.Full(2, 4), Shapes, Cost, posteriors: false, runDiscount: 3).Beads;

        var unpaired = path.Select((bead, at) => (bead, at)).Where(x => x.bead.SourceCount == 0).Select(x => x.at).ToList();
        Assert.That(unpaired, Has.Count.EqualTo(2));
        Assert.That(unpaired[1] - unpaired[0], Is.EqualTo(1));
    }

    [Test]
    public void With_a_run_discount_the_best_path_costs_the_discounted_sum_of_its_beads()
    {
        static double Cost(int s, int t, int a, int b) => a == 1 && b == 1 ? 1 : 5;

        var path = BeadLattice.Solve(Corridor.Full(2, 4), Shapes, Cost, posteriors: false, runDiscount: 3);

        Assert.That(path.Cost, Is.EqualTo(1 + 1 + 5 + (5 - 3)).Within(1e-9));
    }

    [Test]
    public void A_substitution_penalty_pairs_the_sentences_that_would_be_left_out_side_by_side()
    {
        // Sentences pair with their namesakes, the middle pair dearer than leaving both its sentences out (5 against 2 + 2).
        static double Cost(int s, int t, int a, int b) => a == 1 && b == 1 ? (s != t ? 9 : s == 1 ? 5 : 1) : 2;

        var without = BeadLattice.Solve(Corridor.Full(3, 3), Shapes, Cost, posteriors: false).Beads;
        var with = BeadLattice.Solve(Corridor.Full(3, 3), Shapes, Cost, posteriors: false, substitution: 4).Beads;

        Assert.That(without.Count(b => b.SourceCount == 1 && b.TargetCount == 1), Is.EqualTo(2));
        Assert.That(with.Select(b => (b.SourceCount, b.TargetCount)), Is.All.EqualTo((1, 1)));
    }

    [Test]
    public void A_substitution_penalty_leaves_a_run_of_one_side_unpaired_at_its_price()
    {
        static double Cost(int s, int t, int a, int b) => a == 1 && b == 1 ? 1 : 5;

        var path = BeadLattice.Solve(Corridor.Full(2, 4), Shapes, Cost, posteriors: false, substitution: 4);

        Assert.That(path.Cost, Is.EqualTo(1 + 1 + 5 + 5).Within(1e-9));
    }

    [Test]
    public void With_a_substitution_penalty_each_bead_s_posterior_is_its_share_of_all_paths()
    {
        const double penalty = 2.5;
        var cost = RandomCosts(19);

        var solved = BeadLattice.Solve(Corridor.Full(3, 4), Shapes, cost, posteriors: true, substitution: penalty);

        AssertPosteriorsAreShares(solved, AllPaths(3, 4, cost, (shape, last) =>
            shape.IsDeletionOrInsertion && last is { IsDeletionOrInsertion: true } && shape != last ? -penalty : 0));
    }

    [Test]
    public void With_a_run_discount_each_bead_s_posterior_is_its_share_of_all_paths()
    {
        const double discount = 1.5;
        var cost = RandomCosts(17);

        var solved = BeadLattice.Solve(Corridor.Full(3, 4), Shapes, cost, posteriors: true, runDiscount: discount);

        AssertPosteriorsAreShares(solved, AllPaths(3, 4, cost, (shape, last) =>
            shape.IsDeletionOrInsertion && shape == last ? discount : 0));
    }

    /// <summary>A cost for every bead, drawn once and then kept.</summary>
    private static BeadLattice.CostFunction RandomCosts(int seed)
    {
        var random = new Random(seed);
        var costs = new Dictionary<(int, int, int, int), double>();
        return (s, t, a, b) =>
        {
            if (!costs.TryGetValue((s, t, a, b), out var cost))
            {
                cost = costs[(s, t, a, b)] = random.NextDouble() * 4;
            }

            return cost;
        };
    }

    /// <summary>Every monotone path from (0, 0) to (n, m), with its cost less each bead's discount after the bead before it, by brute force.</summary>
    private static List<(List<(int S, int T, int A, int B)> Beads, double Cost)> AllPaths(
        int n, int m, BeadLattice.CostFunction cost, Func<BeadType, BeadType?, double> discount)
    {
        var paths = new List<(List<(int S, int T, int A, int B)> Beads, double Cost)>();
        void Walk(int s, int t, List<(int, int, int, int)> beads, double total, BeadType? last)
        {
            if (s == n && t == m)
            {
                paths.Add(([.. beads], total));
                return;
            }

            foreach (var shape in Shapes.Where(x => s + x.SourceCount <= n && t + x.TargetCount <= m))
            {
                var c = cost(s, t, shape.SourceCount, shape.TargetCount) - discount(shape, last);
                beads.Add((s, t, shape.SourceCount, shape.TargetCount));
                Walk(s + shape.SourceCount, t + shape.TargetCount, beads, total + c, shape);
                beads.RemoveAt(beads.Count - 1);
            }
        }

        Walk(0, 0, [], 0, null);
        return paths;
    }

    private static void AssertPosteriorsAreShares(LatticePath solved, List<(List<(int S, int T, int A, int B)> Beads, double Cost)> paths)
    {
        var total = paths.Sum(p => Math.Exp(-p.Cost));
        Assert.That(solved.Cost, Is.EqualTo(paths.Min(p => p.Cost)).Within(1e-9));
        foreach (var bead in solved.Beads)
        {
            var key = (bead.SourceStart, bead.TargetStart, bead.SourceCount, bead.TargetCount);
            var share = paths.Where(p => p.Beads.Contains(key)).Sum(p => Math.Exp(-p.Cost)) / total;
            Assert.That(bead.Posterior, Is.EqualTo(share).Within(1e-6), $"bead {key}");
        }
    }
}
