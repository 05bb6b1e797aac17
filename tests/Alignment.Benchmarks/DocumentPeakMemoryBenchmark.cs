using System.Diagnostics;
using System.Globalization;
using Alignment.Documents;

namespace Alignment.Benchmarks;

/// <summary>
/// Peak memory of reading one Word or PDF file (<c>segment</c>'s work), for the files within the limits that cost a
/// reader the most per byte (<see cref="LargeDocuments"/>), for ordinary documents of growing size up to the limits
/// (the 100-page report PDF merged many times over, the report's Word file with its body repeated) and for small files of
/// each kind (what the runtime and the libraries cost before the first byte of text). Each file is read
/// in a process of its own; the input is what the reader must parse: a Word file's XML unpacked, a PDF's streams
/// decoded (or its size on disk, if larger). Target: peak memory at most 20 times the input.
/// </summary>
/// <remarks><c>-- --peak-memory documents</c>, or <c>-- --peak-memory documents PDF merged</c> for the files whose description holds one of those words.</remarks>
internal static class DocumentPeakMemoryBenchmark
{
    public const string Switch = "documents";
    public const string ChildSwitch = "--peak-memory-read";

    private const long Megabyte = 1 << 20;

    /// <summary>Measures every file, or those whose description holds one of <paramref name="only"/> if any are given.</summary>
    public static void Run(IReadOnlyList<string> only)
    {
        var directory = Path.Combine(Path.GetTempPath(), "alignment-peak-documents-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        try
        {
            Console.WriteLine("| file | on disk | input (parsed) bytes | outcome | seconds | peak resident MB | peak / input | peak / on disk |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            var report = Path.Combine(AppContext.BaseDirectory, "TestData", "Documents", "long-a4.zh.pdf");
            var reportWord = Path.Combine(AppContext.BaseDirectory, "TestData", "Documents", "report-a4.zh.docx");
            var inputs = new (string Name, string File, Func<string, long> Write)[]
            {
                ("Word, 10 million empty paragraphs", "empty.docx", p => LargeDocuments.Word(p, "<w:p/>", 60 * Megabyte)),
                ("Word, 1.2 million one-digit table cells", "cells.docx", p => LargeDocuments.Word(p, "<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc>", 12)) + "</w:tr>", 56 * Megabyte, "<w:tbl>", "</w:tbl>")),
                ("Word, 150,000 one-sentence paragraphs", "sentences.docx", p => LargeDocuments.Word(p, "<w:p><w:r><w:t>The Expert Group considered the item.</w:t></w:r></w:p>", 11 * Megabyte)),
                ("PDF, one page of 1.1 million letters, Flate", "letters.pdf", p => LargeDocuments.OnePagePdf(p, 2 * Megabyte, compressed: true)),
                ("PDF, one page of 1.1 million letters, uncompressed", "letters-plain.pdf", p => LargeDocuments.OnePagePdf(p, 2 * Megabyte, compressed: false)),
                ("PDF, one page of 2.2 million letters, uncompressed", "letters-plain-4.pdf", p => LargeDocuments.OnePagePdf(p, 4 * Megabyte, compressed: false)),
                ("PDF, the report typeset 10 times (100 pages)", "long-a4.zh.pdf", p => PageContent(report, p)),
                ("PDF, one page of one line", "line.pdf", p => LargeDocuments.OnePagePdf(p, 1, compressed: false)),
                ("PDF, the 100 pages merged 2 times (200 pages)", "merged-2.pdf", p => Merged(report, 2, p)),
                ("PDF, the 100 pages merged 8 times (800 pages)", "merged-8.pdf", p => Merged(report, 8, p)),
                ("PDF, the 100 pages merged 31 times (3,100 pages)", "merged-31.pdf", p => Merged(report, 31, p)),
                ("Word, the report once (10 pages)", "report-1.docx", p => LargeDocuments.RepeatedWord(p, reportWord, 1)),
                ("Word, the report's body 10 times", "report-10.docx", p => LargeDocuments.RepeatedWord(p, reportWord, 10)),
                ("Word, the report's body 80 times", "report-80.docx", p => LargeDocuments.RepeatedWord(p, reportWord, 80)),
                ("Word, the report's body 310 times", "report-310.docx", p => LargeDocuments.RepeatedWord(p, reportWord, 310)),
                ("Word, the report's body 1,150 times", "report-1150.docx", p => LargeDocuments.RepeatedWord(p, reportWord, 1150)),
            };
            foreach (var (name, file, write) in inputs.Where(i => only.Count == 0 || only.Any(o => i.Name.Contains(o, StringComparison.Ordinal))))
            {
                var path = Path.Combine(directory, file);
                var input = write(path);
                var (outcome, seconds, peak) = Measure(path);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {new FileInfo(path).Length:N0} | {input:N0} | {outcome} | {seconds:0.0} | {peak / 1e6:N0} | {(double)peak / input:0.0} | {(double)peak / new FileInfo(path).Length:0.0} |"));
                File.Delete(path);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Reads the file and prints the seconds, the peak resident bytes and what came of it.</summary>
    public static void Child(string path)
    {
        var clock = Stopwatch.StartNew();
        string outcome;
        try
        {
            outcome = $"{DocumentReader.Default.ReadFile(path).Blocks.Count:N0} blocks";
        }
        catch (InputException e)
        {
            outcome = "refused: " + e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0.00} {PeakMemoryBenchmark.PeakResidentBytes()} {outcome}"));
    }

    /// <summary>Copies the PDF; its input is what its streams decode to, counted as the reader counts them.</summary>
    private static long PageContent(string source, string path)
    {
        File.Copy(source, path);
        return Decoded(path);
    }

    /// <summary>What the PDF's streams decode to, counted as the reader counts them, or its size on disk if larger.</summary>
    private static long Decoded(string path)
    {
        var budget = new Alignment.Documents.Pdf.DecodeBudget(long.MaxValue / 2, long.MaxValue / 2);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path, new UglyToad.PdfPig.ParsingOptions { FilterProvider = new Alignment.Documents.Pdf.BoundedFilters(budget) });
        foreach (var page in pdf.GetPages())
        {
            budget.StartPage();
            _ = page.Letters.Count;
        }

        return Math.Max(budget.Spent, new FileInfo(path).Length);
    }

    /// <summary>Merges <paramref name="copies"/> of the PDF; its input as <see cref="PageContent"/> counts it.</summary>
    private static long Merged(string source, int copies, string path)
    {
        LargeDocuments.MergedPdf(path, source, copies);
        return Decoded(path);
    }

    private static (string Outcome, double Seconds, long Peak) Measure(string path)
    {
        var start = PeakMemoryBenchmark.ChildProcess(ChildSwitch, path);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim().Split(' ', 3);
        child.WaitForExit();
        return child.ExitCode == 0 && output.Length == 3
            ? (output[2], double.Parse(output[0], CultureInfo.InvariantCulture), long.Parse(output[1], CultureInfo.InvariantCulture))
            : ($"failed ({child.ExitCode})", 0, 0);
    }
}
