using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>The run-length map from repaired text back to the original must answer exactly as an offset per character would.</summary>
public sealed class OffsetMapTests
{
    [Test]
    public void A_built_map_gives_every_character_the_offset_it_was_added_with()
    {
        foreach (var expected in RandomOffsets())
        {
            var map = Build(expected);
            Assert.That(Enumerable.Range(0, map.Length).Select(i => map[i]), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Bounds_are_the_lowest_and_highest_offsets_of_a_stretch_in_any_order()
    {
        foreach (var expected in RandomOffsets())
        {
            var shuffled = expected.Skip(expected.Count / 2).Concat(expected.Take(expected.Count / 2)).ToList();
            var map = Build(shuffled);
            for (var start = 0; start < shuffled.Count; start++)
            {
                for (var end = start + 1; end <= shuffled.Count; end++)
                {
                    var stretch = shuffled.Skip(start).Take(end - start).ToList();
                    Assert.That(map.Bounds(start, end), Is.EqualTo((stretch.Min(), stretch.Max())));
                }
            }
        }
    }

    [Test]
    public void A_slice_maps_as_the_same_characters_did_in_the_whole()
    {
        foreach (var expected in RandomOffsets())
        {
            var map = Build(expected);
            for (var start = 0; start <= expected.Count; start++)
            {
                var slice = map.Slice(start);
                Assert.That(Enumerable.Range(0, slice.Length).Select(i => slice[i]), Is.EqualTo(expected.Skip(start)));
            }
        }
    }

    [Test]
    public void Appending_a_map_continues_its_runs()
    {
        foreach (var (left, right) in RandomOffsets().Zip(RandomOffsets().Skip(1)))
        {
            var builder = new OffsetMap.Builder();
            left.ForEach(builder.Add);
            builder.Add(Build(right));
            var map = builder.ToMap();
            Assert.That(Enumerable.Range(0, map.Length).Select(i => map[i]), Is.EqualTo(left.Concat(right)));
        }
    }

    [Test]
    public void Removing_the_last_character_forgets_only_its_offset()
    {
        foreach (var expected in RandomOffsets().Where(o => o.Count > 0))
        {
            var builder = new OffsetMap.Builder();
            expected.ForEach(builder.Add);
            builder.RemoveLast();
            builder.Add(-5);
            var map = builder.ToMap();
            Assert.That(Enumerable.Range(0, map.Length).Select(i => map[i]), Is.EqualTo(expected.SkipLast(1).Append(-5)));
        }
    }

    [Test]
    public void An_index_outside_the_text_is_refused() =>
        Assert.That(() => OffsetMap.Contiguous(10, 3)[3], Throws.InstanceOf<ArgumentOutOfRangeException>());

    private static OffsetMap Build(List<int> offsets)
    {
        var builder = new OffsetMap.Builder();
        offsets.ForEach(builder.Add);
        return builder.ToMap();
    }

    // Runs of consecutive offsets broken by jumps forwards and backwards, as repairs and moved footnotes make them.
    private static IEnumerable<List<int>> RandomOffsets()
    {
        var random = new Random(17);
        for (var n = 0; n < 60; n++)
        {
            var offsets = new List<int>();
            var next = random.Next(100);
            var length = random.Next(0, 40);
            while (offsets.Count < length)
            {
                offsets.Add(next);
                next = random.Next(4) == 0 ? random.Next(200) : next + 1;
            }

            yield return offsets;
        }
    }
}
