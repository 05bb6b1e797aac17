namespace Alignment.Documents.Reading;

/// <summary>A file's text and how it was decoded.</summary>
/// <param name="Text">The text, without a byte order mark.</param>
/// <param name="Encoding">The encoding it was decoded from, named or detected.</param>
/// <param name="Start">The bytes of byte order mark before the text.</param>
internal readonly record struct DecodedText(string Text, TextEncoding Encoding, int Start);
