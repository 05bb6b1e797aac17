using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>The lattice's run discount: sentences left unpaired in a row cost less than the same sentences apart.</summary>
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
    public void With_a_run_discount_each_bead_s_posterior_is_its_share_of_all_paths()
    {
        var random = new Random(17);
        var costs = new Dictionary<(int, int, int, int), double>();
        double Cost(int s, int t, int a, int b)
        {
            if (!costs.TryGetValue((s, t, a, b), out var cost))
            {
                cost = costs[(s, t, a, b)] = random.NextDouble() * 4;
            }

            return cost;
        }

        const double discount = 1.5;
        var solved = BeadLattice.Solve(Corridor.Full(3, 4), Shapes, Cost, posteriors: true, runDiscount: discount);

        // Every monotone path from (0, 0) to (3, 4), with its discounted cost, enumerated by brute force.
        var paths = new List<(List<(int S, int T, int A, int B)> Beads, double Cost)>();
        void Walk(int s, int t, List<(int, int, int, int)> beads, double cost, BeadType? last)
        {
            if (s == 3 && t == 4)
            {
                paths.Add(([.. beads], cost));
                return;
            }

            foreach (var shape in Shapes.Where(x => s + x.SourceCount <= 3 && t + x.TargetCount <= 4))
            {
                var c = Cost(s, t, shape.SourceCount, shape.TargetCount) - (shape.IsDeletionOrInsertion && shape == last ? discount : 0);
                beads.Add((s, t, shape.SourceCount, shape.TargetCount));
                Walk(s + shape.SourceCount, t + shape.TargetCount, beads, cost + c, shape);
                beads.RemoveAt(beads.Count - 1);
            }
        }

        Walk(0, 0, [], 0, null);
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
