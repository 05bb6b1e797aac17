namespace Alignment.Documents;

/// <summary>
/// Where a block sits in the document's structure, outermost first:
/// <c>body › II › B › 12 › item 2</c>, <c>annex › Prevention › 45</c>.
/// Parts are section names (<c>body</c>, <c>annex</c>), label anchors, unlabelled heading texts and
/// nested-list items (<c>item 2</c>).
/// </summary>
public sealed class BlockPath : IEquatable<BlockPath>
{
    /// <summary>The separator used by <see cref="ToString"/>.</summary>
    public const string Separator = " › ";

    private readonly string[] parts;

    private BlockPath(string[] parts) => this.parts = parts;

    /// <summary>The empty path, above every section.</summary>
    public static BlockPath Root { get; } = new([]);

    /// <summary>The parts, outermost first.</summary>
    public IReadOnlyList<string> Parts => parts;

    /// <summary>The innermost part, or the empty string for <see cref="Root"/>.</summary>
    public string Last => parts.Length == 0 ? string.Empty : parts[^1];

    /// <summary>Number of parts.</summary>
    public int Depth => parts.Length;

    /// <summary>Builds a path from its parts, outermost first.</summary>
    public static BlockPath Of(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Length == 0 ? Root : new BlockPath((string[])parts.Clone());
    }

    /// <summary>This path extended by one inner part.</summary>
    public BlockPath Child(string part)
    {
        ArgumentException.ThrowIfNullOrEmpty(part);
        return new BlockPath([.. parts, part]);
    }

    /// <summary>True when this path equals <paramref name="ancestor"/> or lies below it.</summary>
    public bool StartsWith(BlockPath ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        return ancestor.parts.Length <= parts.Length && ancestor.parts.AsSpan().SequenceEqual(parts.AsSpan(0, ancestor.parts.Length));
    }

    /// <inheritdoc/>
    public bool Equals(BlockPath? other) => other is not null && parts.AsSpan().SequenceEqual(other.parts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BlockPath);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var part in parts)
        {
            hash.Add(part, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(Separator, parts);
}
