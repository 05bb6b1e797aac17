using Alignment.Memory.Indexing;

namespace Alignment.Memory.Tests;

public sealed class FlatLongMapTests
{
    [Test]
    public void Every_key_added_gives_its_value()
    {
        var entries = Keys(10_000).Select((key, i) => KeyValuePair.Create(key, i)).ToList();

        var map = new FlatLongMap(entries);

        Assert.That(entries.All(entry => map.TryGetValue(entry.Key, out var value) && value == entry.Value), Is.True);
    }

    [Test]
    public void A_key_never_added_is_not_found()
    {
        var keys = Keys(20_000).ToList();
        var map = new FlatLongMap(keys.Take(10_000).Select(key => KeyValuePair.Create(key, 1)).ToList());

        Assert.That(keys.Skip(10_000).Count(key => map.TryGetValue(key, out _)), Is.Zero);
    }

    [Test]
    public void Neighbouring_keys_are_told_apart()
    {
        // Keys that differ in one bit land in nearby slots and probe past each other.
        var map = new FlatLongMap([KeyValuePair.Create(1L << 16, 1), KeyValuePair.Create((1L << 16) | 1, 2), KeyValuePair.Create(2L << 16, 3)]);

        Assert.That(new[] { 1L << 16, (1L << 16) | 1, 2L << 16 }.Select(key => map.TryGetValue(key, out var value) ? value : 0), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Zero_cannot_be_a_key()
    {
        Assert.That(() => new FlatLongMap([KeyValuePair.Create(0L, 1)]), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static IEnumerable<long> Keys(int count)
    {
        var random = new Random(29);
        var seen = new HashSet<long>();
        while (seen.Count < count)
        {
            var key = random.NextInt64(long.MinValue, long.MaxValue);
            if (key != 0 && seen.Add(key))
            {
                yield return key;
            }
        }
    }
}
