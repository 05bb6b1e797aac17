using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>
/// Units for a CAT tool that translates from the target language with this memory, where it segments a block's label
/// differently from the unit: the label policy is settled from the source side (see <see cref="LabelPolicy.Auto"/>),
/// but an English <c>11. The meeting…</c> is cut into <c>11.</c> and <c>The meeting…</c> (see <see cref="CatLabels"/>)
/// while the Chinese <c>11. 会议由…</c> is one segment. Such a unit gets a twin in the target's form: both sides
/// without their labels where the target's label is a segment of its own (or not in the text at all), both with them
/// where it is not; and where the two labels differ as written (<c>一.</c> and <c>I.</c>), a unit of the labels.
/// Twins have the id <c>{unit id}.text</c>, label units <c>{unit id}.label</c>; both keep the unit's provenance and
/// carry an <c>x-label</c> property: <c>without</c> or <c>with</c> for a twin, <c>only</c> for the labels.
/// </summary>
internal static class LabelSegments
{
    /// <summary>Whether the tool cuts the target's label off the bead's first target segment, or finds none in the text.</summary>
    /// <param name="bitext">The alignment.</param>
    /// <param name="pair">The bead.</param>
    /// <param name="targetPrefix">The target's label as written, with the white space after it, or empty.</param>
    public static bool ToolCutsTargetLabel(Bitext bitext, AlignedPair pair, string targetPrefix)
    {
        var label = pair.Target.Label;
        return targetPrefix.Length > 0
            && (label.IsGenerated || CatLabels.CutsAfter(bitext.Target.Language, label.Written, targetPrefix[label.Written.Length..], pair.Target.Text));
    }

    /// <summary>The unit in the form the tool segments the target in, where it differs from <paramref name="unit"/>; otherwise none.</summary>
    /// <param name="unit">The bead's unit.</param>
    /// <param name="pair">The bead.</param>
    /// <param name="sourcePrefix">The source's label as written, with the white space after it, or empty.</param>
    /// <param name="targetPrefix">The same for the target.</param>
    /// <param name="labelsInUnit">Whether the unit holds the labels.</param>
    /// <param name="toolCuts">What <see cref="ToolCutsTargetLabel"/> says of the bead.</param>
    public static TranslationUnit? TwinOf(TranslationUnit unit, AlignedPair pair, string sourcePrefix, string targetPrefix, bool labelsInUnit, bool toolCuts)
    {
        if (targetPrefix.Length == 0 || labelsInUnit != toolCuts)
        {
            return null;
        }

        return toolCuts
            ? Derived(unit, ".text", pair.Source.Text, pair.Target.Text, "without")
            : Derived(unit, ".text", sourcePrefix + pair.Source.Text, targetPrefix + pair.Target.Text, "with");
    }

    /// <summary>
    /// A unit of the two labels, where the tool makes the target's label a segment of its own and the source's label is
    /// written otherwise (<c>一.</c> for <c>I.</c>), so that the translated document keeps its numbering; otherwise none.
    /// </summary>
    public static TranslationUnit? LabelUnitOf(TranslationUnit unit, AlignedPair pair, bool toolCuts)
    {
        var (source, target) = (pair.Source.Label, pair.Target.Label);
        return toolCuts && !source.IsNone && !source.IsGenerated && !target.IsNone && !target.IsGenerated && source.Written != target.Written
            ? Derived(unit, ".label", source.Written, target.Written, "only")
            : null;
    }

    private static TranslationUnit Derived(TranslationUnit unit, string suffix, string source, string target, string form) => unit with
    {
        Id = unit.Id + suffix,
        Source = new Segment(unit.Source.Language, source),
        Target = new Segment(unit.Target.Language, target),
        Properties = [.. unit.Properties, KeyValuePair.Create(TmxConventions.Label, form)],
    };
}
