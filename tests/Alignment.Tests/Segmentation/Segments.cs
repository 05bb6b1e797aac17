using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Segmentation;

/// <summary>Shorthands for reading the segmenter's output as strings.</summary>
internal static class Segments
{
    public static string[] Chinese(string text) => Of(text, Language.Chinese);

    public static string[] English(string text) => Of(text, Language.English);

    public static string[] Of(string text, Language language, SentenceSegmenter? segmenter = null) =>
        [.. (segmenter ?? SentenceSegmenter.Default).Split(text, language).Select(s => text.Substring(s.Start, s.Length))];

    public static SentenceSegmenter With(SegmentationRules rules) => new(rules);
}
