using Alignment.Memory.Matching;

namespace Alignment.Memory.Tests;

public class EditDistanceTests
{
    [TestCase("kitten", "sitting", 3)]
    [TestCase("", "abc", 3)]
    [TestCase("abc", "abc", 0)]
    [TestCase("flaw", "lawn", 2)]
    [TestCase("证据规则", "电子证据规则", 2)]
    public void Counts_insertions_deletions_and_substitutions(string a, string b, int expected) =>
        Assert.That(EditDistance.Between(Ids(a), Ids(b)), Is.EqualTo(expected));

    [Test]
    public void Within_a_limit_it_agrees_with_the_full_computation_and_beyond_it_says_so()
    {
        var random = new Random(1);
        for (var trial = 0; trial < 2000; trial++)
        {
            var a = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(4)).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(4)).ToArray();
            var limit = random.Next(0, 30);

            var full = Naive(a, b);

            Assert.That(EditDistance.Between(a, b, limit), Is.EqualTo(Math.Min(full, limit + 1)), $"trial {trial}, limit {limit}");
        }
    }

    private static int[] Ids(string text) => [.. text.Select(c => (int)c)];

    private static int Naive(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                table[i, j] = i == 0 ? j : j == 0 ? i
                    : Math.Min(table[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(table[i - 1, j], table[i, j - 1]) + 1);
            }
        }

        return table[a.Length, b.Length];
    }
}
