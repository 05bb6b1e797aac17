using System.Globalization;
using System.Text;

namespace Alignment.Aligning;

/// <summary>
/// Reads and writes alignments in the format of the Vecalign and Bertalign evaluation scripts: one bead per line,
/// <c>[source ids]:[target ids]</c> with 0-based sentence indices, <c>[]</c> for an empty side, and optionally a third
/// field (here: the confidence), e.g. <c>[0]:[0,1]:0.93</c>.
/// </summary>
public static class BeadFile
{
    /// <summary>Formats beads one per line, with their confidence.</summary>
    public static string Format(IEnumerable<Bead> beads)
    {
        ArgumentNullException.ThrowIfNull(beads);
        var builder = new StringBuilder();
        foreach (var bead in beads)
        {
            builder.Append(bead.ToString()).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Reads the beads of <paramref name="path"/> as pairs of index lists.</summary>
    /// <exception cref="InputException">The file is missing or a line is not a bead.</exception>
    public static IReadOnlyList<EvaluatedBead> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "does not exist");
        }

        return Parse(File.ReadAllLines(path, Encoding.UTF8), path);
    }

    /// <summary>Parses bead lines; <paramref name="name"/> names the input in error messages.</summary>
    /// <exception cref="InputException">A line is not a bead.</exception>
    public static IReadOnlyList<EvaluatedBead> Parse(IEnumerable<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var beads = new List<EvaluatedBead>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var close = line.IndexOf(']', StringComparison.Ordinal);
            var secondOpen = close < 0 ? -1 : line.IndexOf('[', close);
            var secondClose = secondOpen < 0 ? -1 : line.IndexOf(']', secondOpen);
            if (!line.StartsWith('[') || secondClose < 0 || line[(close + 1)..secondOpen].Trim() != ":"
                || !TryIndices(line[1..close], out var source) || !TryIndices(line[(secondOpen + 1)..secondClose], out var target))
            {
                throw new InputException(name, number, 1, $"'{line}' is not a bead such as [0]:[0,1]");
            }

            beads.Add(new EvaluatedBead(source, target));
        }

        return beads;
    }

    private static bool TryIndices(string text, out int[] indices)
    {
        indices = [];
        if (text.Trim().Length == 0)
        {
            return true;
        }

        var parts = text.Split(',');
        var list = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out list[i]))
            {
                return false;
            }
        }

        indices = list;
        return true;
    }
}

/// <summary>A bead as an evaluation sees it: sets of sentence indices, which need not be contiguous.</summary>
/// <param name="Source">Source sentence indices.</param>
/// <param name="Target">Target sentence indices.</param>
public sealed record EvaluatedBead(IReadOnlyList<int> Source, IReadOnlyList<int> Target)
{
    /// <summary>The evaluation view of an aligner bead.</summary>
    public static EvaluatedBead From(Bead bead)
    {
        ArgumentNullException.ThrowIfNull(bead);
        return new EvaluatedBead([.. bead.Source.Indices], [.. bead.Target.Indices]);
    }

    /// <summary>True when one side is empty.</summary>
    public bool IsDeletionOrInsertion => Source.Count == 0 || Target.Count == 0;

    internal string Key => $"{string.Join(',', Source)}:{string.Join(',', Target)}";

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(',', Source)}]:[{string.Join(',', Target)}]";
}
