using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Alignment.Benchmarks;

/// <summary>
/// Word and PDF files within the reader's limits that cost a reader the most per byte: millions of empty paragraphs
/// or table cells, a page of a million letters. Written in pieces, so that making one never holds it.
/// </summary>
internal static class LargeDocuments
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string TextOperators = "BT /F1 10 Tf 72 700 Td (The Expert Group considered the item.) Tj ET\n";

    /// <summary>A Word file whose document.xml is <paramref name="unit"/> repeated to about <paramref name="bytes"/>; the bytes of XML it unpacks to.</summary>
    public static long Word(string path, string unit, long bytes, string open = "", string close = "")
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")));
            Entry(zip, "_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")));
            Entry(zip, "word/document.xml", s =>
            {
                s.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>{open}"));
                var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, Math.Max(1, (1 << 16) / unit.Length))));
                for (long written = 0; written < bytes; written += chunk.Length)
                {
                    s.Write(chunk);
                }

                s.Write(Encoding.UTF8.GetBytes($"{close}</w:body></w:document>"));
            });
        }

        using var archive = ZipFile.OpenRead(path);
        return archive.Entries.Sum(e => e.Length);
    }

    /// <summary>
    /// A one-page PDF whose content stream is a line of text drawn again and again, to about <paramref name="bytes"/>
    /// (every letter on one baseline), Flate-compressed or not; the bytes of content it holds.
    /// </summary>
    public static long OnePagePdf(string path, long bytes, bool compressed)
    {
        var unit = Encoding.ASCII.GetBytes(TextOperators);
        var repeats = (int)Math.Max(1, bytes / unit.Length);
        var content = new byte[(long)repeats * unit.Length];
        for (var i = 0; i < repeats; i++)
        {
            unit.CopyTo(content, i * unit.Length);
        }

        var stream = compressed ? Deflated(content) : content;
        var filter = compressed ? " /Filter /FlateDecode" : string.Empty;
        byte[][] objects =
        [
            Ascii($"<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"),
            [.. Ascii($"<< /Length {stream.Length}{filter} >>\nstream\n"), .. stream, .. Ascii($"\nendstream")],
        ];

        using var pdf = File.Create(path);
        pdf.Write(Ascii($"%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii($"\nendobj\n"));
        }

        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii($"{offset:D10} 00000 n \n"));
        }

        pdf.Write(Ascii($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%EOF\n"));
        return content.Length;
    }

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(stream);
    }

    private static byte[] Deflated(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return compressed.ToArray();
    }

    private static byte[] Ascii(FormattableString text) => Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture));
}
