using Alignment.Documents;

namespace Alignment.Server.Reviewing;

/// <summary>
/// Reads files as another reader does, but gives the document read from one file the name its pair goes by in a
/// memory, so that the units made from it carry that name whichever command aligns it. Thread-safe when the reader is.
/// </summary>
internal sealed class PairNamingReader(IDocumentReader reader, string sourcePath, string name) : IDocumentReader
{
    public Document ReadFile(string path) => Named(path, reader.ReadFile(path));

    public Document ReadFile(string path, Language language) => Named(path, reader.ReadFile(path, language));

    private Document Named(string path, Document document) =>
        Path.GetFullPath(path) == sourcePath ? document.WithName(name) : document;
}
