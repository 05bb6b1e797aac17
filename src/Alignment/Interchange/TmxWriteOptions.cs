using Alignment.Documents;

namespace Alignment.Interchange;

/// <summary>What a <see cref="TmxWriter"/> puts in the file's header.</summary>
/// <param name="SourceLanguage">
/// The source language of the memory (the header's <c>srclang</c>), e.g. <see cref="Language.Chinese"/> for <c>zh-CN</c>;
/// a unit whose source is in another language states its own.
/// </param>
public sealed record TmxWriteOptions(Language SourceLanguage)
{
    /// <summary>The clock that dates the file (the header's <c>creationdate</c>); the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
