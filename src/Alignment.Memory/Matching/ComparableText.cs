namespace Alignment.Memory.Matching;

/// <summary>A segment's text made ready for comparison: its leading label set apart, the rest folded into a key.</summary>
internal sealed class ComparableText
{
    public ComparableText(string text)
    {
        var (label, rest) = LeadingLabel.Split(text);
        Label = TextKey.Fold(label).Replace(" ", string.Empty, StringComparison.Ordinal);
        Rest = rest;
        Key = TextKey.Fold(rest);
    }

    /// <summary>The leading label, folded and without spaces (<c>12.</c>, <c>(a)</c>); empty when there is none.</summary>
    public string Label { get; }

    /// <summary>The text after the label, as written.</summary>
    public string Rest { get; }

    /// <summary>The text after the label, folded (<see cref="TextKey.Fold"/>).</summary>
    public string Key { get; }
}
