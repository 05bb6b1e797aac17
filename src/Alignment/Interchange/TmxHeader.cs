namespace Alignment.Interchange;

/// <summary>The header of a TMX file as written, with empty strings for what it leaves out.</summary>
/// <param name="CreationTool">The tool that wrote the file (<c>creationtool</c>).</param>
/// <param name="CreationToolVersion">Its version (<c>creationtoolversion</c>).</param>
/// <param name="SourceLanguage">The source language tag as written (<c>srclang</c>), such as <c>zh-CN</c>, or <c>*all*</c>.</param>
/// <param name="SegmentType">The segmentation level (<c>segtype</c>): <c>sentence</c>, <c>paragraph</c>…</param>
/// <param name="OriginalFormat">The format of the memory the file was exported from (<c>o-tmf</c>).</param>
/// <param name="DataType">The type of the segments' content (<c>datatype</c>), such as <c>plaintext</c>.</param>
public sealed record TmxHeader(
    string CreationTool,
    string CreationToolVersion,
    string SourceLanguage,
    string SegmentType,
    string OriginalFormat,
    string DataType)
{
    /// <summary>The header of a file that has none.</summary>
    public static TmxHeader None { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>When the file was created (<c>creationdate</c>), in UTC; <see cref="DateTimeOffset.UnixEpoch"/> when not given.</summary>
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;
}
