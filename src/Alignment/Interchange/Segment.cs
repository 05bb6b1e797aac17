using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>The text of one language variant of a translation unit (a TMX <c>&lt;tuv&gt;</c>).</summary>
/// <param name="Language">The variant's language.</param>
/// <param name="Text">Plain text, inline codes removed.</param>
public sealed record Segment(Language Language, string Text)
{
    /// <summary>
    /// The segment's inline content as TMX markup (<c>&lt;bpt&gt;</c>, <c>&lt;ph&gt;</c> … kept verbatim) when it had
    /// inline codes and they were kept; otherwise the empty string and <see cref="Text"/> is all there is.
    /// </summary>
    public string Markup { get; init; } = string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
