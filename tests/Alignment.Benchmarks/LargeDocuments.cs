using System.IO.Compression;
using System.Text;
using Alignment.Tests.Documents.Files;

namespace Alignment.Benchmarks;

/// <summary>
/// Word and PDF files within the reader's limits that cost a reader the most per byte: millions of empty paragraphs
/// or table cells, a page of a million letters. Written in pieces, so that making one never holds it; the packages
/// themselves are written as the tests' hostile files are (<see cref="HostileFiles"/>).
/// </summary>
internal static class LargeDocuments
{
    private const string TextOperators = "BT /F1 10 Tf 72 700 Td (The Expert Group considered the item.) Tj ET\n";

    /// <summary>A Word file whose document.xml is <paramref name="unit"/> repeated to about <paramref name="bytes"/>; the bytes of XML it unpacks to.</summary>
    public static long Word(string path, string unit, long bytes, string open = "", string close = "")
    {
        HostileFiles.Word(path, s =>
        {
            s.Write(Encoding.UTF8.GetBytes(open));
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, Math.Max(1, (1 << 16) / unit.Length))));
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                s.Write(chunk);
            }

            s.Write(Encoding.UTF8.GetBytes(close));
        });

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

        HostileFiles.PdfWithContent(path, compressed ? Deflated(content) : content, compressed ? "/FlateDecode" : null);
        return content.Length;
    }

    /// <summary>
    /// <paramref name="copies"/> copies of the PDF <paramref name="source"/> merged into one, each keeping its own fonts,
    /// as a long PDF put together from many is.
    /// </summary>
    public static void MergedPdf(string path, string source, int copies) =>
        File.WriteAllBytes(path, UglyToad.PdfPig.Writer.PdfMerger.Merge([.. Enumerable.Repeat(File.ReadAllBytes(source), copies)]));

    /// <summary>The Word file <paramref name="source"/> with its body repeated <paramref name="copies"/> times; the bytes of XML it unpacks to.</summary>
    public static long RepeatedWord(string path, string source, int copies)
    {
        using (var from = ZipFile.OpenRead(source))
        using (var to = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in from.Entries)
            {
                using var read = entry.Open();
                using var write = to.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName != "word/document.xml")
                {
                    read.CopyTo(write);
                    continue;
                }

                var xml = new StreamReader(read, Encoding.UTF8).ReadToEnd();
                var start = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
                var end = xml.LastIndexOf("<w:sectPr", StringComparison.Ordinal);
                var body = Encoding.UTF8.GetBytes(xml[start..end]);
                write.Write(Encoding.UTF8.GetBytes(xml[..start]));
                for (var i = 0; i < copies; i++)
                {
                    write.Write(body);
                }

                write.Write(Encoding.UTF8.GetBytes(xml[end..]));
            }
        }

        using var archive = ZipFile.OpenRead(path);
        return archive.Entries.Sum(e => e.Length);
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
}
