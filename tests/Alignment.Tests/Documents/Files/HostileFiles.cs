using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Files made to exhaust a reader, small on disk: Word files whose XML unpacks to far more than the file, or nests
/// without end, and PDFs whose compressed content inflates to far more. They are written in pieces, so a test that
/// makes one never holds what it unpacks to.
/// </summary>
internal static class HostileFiles
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /// <summary>The size of the form <see cref="PdfDrawingForm"/> draws.</summary>
    public const int FormBytes = 64 * 1024;

    private const string Paragraph = "<w:p><w:r><w:t>The Expert Group considered the item.</w:t></w:r></w:p>";

    /// <summary>A Word file whose document.xml unpacks to at least <paramref name="bytes"/> of paragraphs.</summary>
    public static void WordBomb(string path, long bytes) =>
        Word(path, document =>
        {
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Paragraph, 1 << 14)));
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                document.Write(chunk);
            }
        });

    /// <summary>A Word file whose one paragraph sits in <paramref name="depth"/> nested content controls.</summary>
    public static void DeeplyNestedWord(string path, int depth) =>
        Word(path, document =>
        {
            var open = Encoding.UTF8.GetBytes("<w:sdt><w:sdtContent>");
            var close = Encoding.UTF8.GetBytes("</w:sdtContent></w:sdt>");
            Repeat(document, open, depth);
            document.Write(Encoding.UTF8.GetBytes(Paragraph));
            Repeat(document, close, depth);
        });

    /// <summary>
    /// A Word file whose document.xml declares (in the archive's list of contents) far fewer bytes than it unpacks
    /// to, as a bomb made to pass a check of the declared sizes does.
    /// </summary>
    public static void LyingWord(string path, long bytes, uint declared)
    {
        WordBomb(path, bytes);
        var zip = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        var centralHeader = new byte[] { 0x50, 0x4B, 0x01, 0x02 };
        for (var at = zip.AsSpan().IndexOf(centralHeader); at >= 0; at = Next(zip, centralHeader, at))
        {
            var nameLength = BitConverter.ToUInt16(zip, at + 28);
            if (zip.AsSpan(at + 46, nameLength).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(at + 24, 4), declared);
            }
        }

        File.WriteAllBytes(path, zip);
    }

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages, each with one Flate stream that inflates to at least
    /// <paramref name="bytesPerPage"/>: a line of text drawn again and again, or blank space, which costs a reader
    /// nothing to parse; or, not <paramref name="compressed"/>, a stream of that size without a filter.
    /// </summary>
    public static void PdfBomb(string path, int pages, long bytesPerPage, bool blank = false, bool compressed = true)
    {
        var unit = blank ? new string(' ', 1024) : "BT /F1 10 Tf 72 700 Td (The Expert Group considered the item.) Tj ET\n";
        var content = compressed ? Deflated(Encoding.ASCII.GetBytes(unit), bytesPerPage) : Repeated(Encoding.ASCII.GetBytes(unit), bytesPerPage);
        Pdf(path, Enumerable.Repeat(content, pages).ToArray(), compressed ? "/FlateDecode" : null);
    }

    /// <summary>A one-page PDF whose content stream is <paramref name="content"/>, encoded with <paramref name="filter"/> (none when null).</summary>
    public static void PdfWithContent(string path, byte[] content, string? filter) => Pdf(path, [content], filter);

    /// <summary>
    /// A one-page PDF whose uncompressed <paramref name="content"/> draws with the font <c>/F1</c>, object 3, written as
    /// <paramref name="font"/>; the <paramref name="objects"/> follow the page, as objects 6, 7 and so on.
    /// </summary>
    public static void PdfWithFont(string path, byte[] content, string font, params byte[][] objects) => Pdf(path, [content], null, font, objects);

    /// <summary>
    /// A one-page PDF whose content draws the form XObject <c>/Fm1</c> <paramref name="draws"/> times; the form (object 6)
    /// is 64 KB: a line of text with the font <c>/F1</c> and blank space, Flate-compressed if <paramref name="compressed"/>.
    /// </summary>
    public static void PdfDrawingForm(string path, int draws, bool compressed)
    {
        var content = Repeated(Ascii($"/Fm1 Do\n"), draws * 8L);
        var text = Ascii($"BT /F1 10 Tf 72 700 Td (The Expert Group considered the item.) Tj ET\n");
        byte[] formContent = [.. text, .. Enumerable.Repeat((byte)' ', FormBytes - text.Length)];
        var form = Stream(formContent, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>", compressed);
        Pdf(path, [content], null, more: [form], resources: "/XObject << /Fm1 6 0 R >>");
    }

    /// <summary>A stream object of <paramref name="data"/> with the dictionary entries <paramref name="entries"/>, Flate-compressed if <paramref name="compressed"/>.</summary>
    public static byte[] Stream(byte[] data, string entries, bool compressed)
    {
        var stored = data;
        if (compressed)
        {
            using var deflated = new MemoryStream();
            using (var zlib = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(data);
            }

            stored = deflated.ToArray();
        }

        return [.. Ascii($"<< /Length {stored.Length}{(compressed ? " /Filter /FlateDecode" : string.Empty)} {entries} >>\nstream\n"), .. stored, .. Ascii($"\nendstream")];
    }

    /// <summary>
    /// A PDF of the uncompressed <paramref name="pages"/> whose fonts are the standard <paramref name="faces"/>, each an
    /// object of its own after the pages: page <c>p</c> (from 0) lists <c>/F{k + 1}</c> for each face <c>k</c> of
    /// <paramref name="fontsOf"/>(p) among its resources.
    /// </summary>
    public static void PdfWithFonts(string path, byte[][] pages, string[] faces, Func<int, IEnumerable<int>> fontsOf) =>
        Pdf(
            path,
            pages,
            null,
            more: [.. faces.Select(face => Ascii($"<< /Type /Font /Subtype /Type1 /BaseFont /{face} >>"))],
            pageFonts: p => string.Join(' ', fontsOf(p).Select(k => string.Create(CultureInfo.InvariantCulture, $"/F{k + 1} {4 + (2 * pages.Length) + k} 0 R"))));

    private static void Pdf(string path, byte[][] pages, string? filter, string font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", byte[][]? more = null, string resources = "", Func<int, string>? pageFonts = null)
    {
        var objects = new List<byte[]>
        {
            Ascii($"<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages.Length).Select(p => string.Create(CultureInfo.InvariantCulture, $"{4 + (2 * p)} 0 R")))}] /Count {pages.Length} >>"),
            Ascii($"{font}"),
        };
        var filterEntry = filter is null ? string.Empty : " /Filter " + filter;
        for (var p = 0; p < pages.Length; p++)
        {
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << {pageFonts?.Invoke(p) ?? "/F1 3 0 R"} >> {resources}>> /Contents {5 + (2 * p)} 0 R >>"));
            objects.Add([.. Ascii($"<< /Length {pages[p].Length}{filterEntry} >>\nstream\n"), .. pages[p], .. Ascii($"\nendstream")]);
        }

        objects.AddRange(more ?? []);
        WritePdf(path, objects);
    }

    /// <summary>
    /// A one-page PDF whose page sits <paramref name="depth"/> levels down a chain of page-tree nodes, each with one
    /// kid, drawing <paramref name="content"/>.
    /// </summary>
    public static void PdfWithDeepPageTree(string path, int depth, byte[] content)
    {
        // Objects: 1 catalogue, 2 … depth + 1 the chain, then the page, its content and its font.
        var page = depth + 2;
        var objects = new List<byte[]>(depth + 4) { Ascii($"<< /Type /Catalog /Pages 2 0 R >>") };
        for (var level = 0; level < depth; level++)
        {
            objects.Add(Ascii($"<< /Type /Pages /Kids [{(level == depth - 1 ? page : level + 3)} 0 R] /Count 1 >>"));
        }

        objects.Add(Ascii($"<< /Type /Page /MediaBox [0 0 612 792] /Resources << /Font << /F1 {page + 2} 0 R >> >> /Contents {page + 1} 0 R >>"));
        objects.Add([.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii($"\nendstream")]);
        objects.Add(Ascii($"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        WritePdf(path, objects);
    }

    /// <summary>Writes <paramref name="objects"/> as objects 1, 2, … of a PDF with a cross-reference table; object 1 is the catalogue.</summary>
    private static void WritePdf(string path, List<byte[]> objects)
    {
        using var pdf = File.Create(path);
        pdf.Write(Ascii($"%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii($"\nendobj\n"));
        }

        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii($"{offset:D10} 00000 n \n"));
        }

        pdf.Write(Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%EOF\n"));
    }

    /// <summary>A Word file whose document body is what <paramref name="writeBody"/> writes, streamed into the package.</summary>
    public static void Word(string path, Action<Stream> writeBody)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")));
        Entry(zip, "_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")));
        Entry(zip, "word/document.xml", s =>
        {
            s.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{Main}\"><w:body>"));
            writeBody(s);
            s.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
        });
    }

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        write(stream);
    }

    private static void Repeat(Stream stream, byte[] bytes, int times)
    {
        for (var i = 0; i < times; i++)
        {
            stream.Write(bytes);
        }
    }

    private static int Next(byte[] bytes, byte[] value, int after)
    {
        var next = bytes.AsSpan(after + 1).IndexOf(value);
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>
    /// <paramref name="bytes"/> spaces (at least), LZW-encoded as PDF's LZWDecode reads it (early change): a run of
    /// one byte is the codes for a string one longer each time, the table started again before it fills.
    /// </summary>
    public static byte[] LzwRun(long bytes)
    {
        var output = new List<byte>();
        int buffered = 0, bits = 0;
        void Write(int code, int width)
        {
            buffered = (buffered << width) | code;
            bits += width;
            while (bits >= 8)
            {
                output.Add((byte)(buffered >> (bits - 8)));
                bits -= 8;
                buffered &= (1 << bits) - 1;
            }
        }

        long written = 0;
        while (written < bytes)
        {
            var codes = 0;
            for (; codes < 3000 && written < bytes; codes++)
            {
                // The reader's table has 258 + codes - 1 entries when it reads this code, and widens a code early.
                Write(codes == 0 ? ' ' : 258 + codes - 1, Width(codes == 0 ? 258 : 258 + codes - 1));
                written += codes + 1;
            }

            Write(256, Width(258 + codes - 1));
        }

        Write(257, 9);
        Write(0, 7);
        return [.. output];
    }

    private static int Width(int next) => next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;

    private static byte[] Repeated(byte[] unit, long bytes)
    {
        var repeated = new byte[(bytes + unit.Length - 1) / unit.Length * unit.Length];
        for (var at = 0; at < repeated.Length; at += unit.Length)
        {
            unit.CopyTo(repeated, at);
        }

        return repeated;
    }

    private static byte[] Deflated(byte[] unit, long bytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Enumerable.Repeat(unit, (1 << 16) / unit.Length).SelectMany(b => b).ToArray();
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        return compressed.ToArray();
    }

    private static byte[] Ascii(FormattableString text) => Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture));
}
