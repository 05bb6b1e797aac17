using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>Which language pair a <see cref="TmxReader"/> takes from a TMX file, and how.</summary>
/// <param name="SourceLanguage">
/// The language that becomes each unit's source. Variants of it match too (<c>ZH-cn</c>, <c>zh</c>, <c>zh_CN</c> and
/// <c>zh-Hans</c> all match <c>zh-CN</c>); when a unit has several, the closest wins.
/// </param>
/// <param name="TargetLanguage">The language that becomes each unit's target, matched the same way.</param>
public sealed record TmxReadOptions(Language SourceLanguage, Language TargetLanguage)
{
    /// <summary>Whether inline codes are kept as markup; <see cref="InlineCodes.Keep"/> by default.</summary>
    public InlineCodes InlineCodes { get; init; } = InlineCodes.Keep;
}
