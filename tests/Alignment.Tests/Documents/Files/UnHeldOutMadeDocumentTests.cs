using Alignment.Documents;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Held-out UN pairs that no reading rule was written against (tests/TestData/held-out-terms) typeset as UN papers by
/// tests/Fixtures/make-un-held-out-documents.sh, as PDF, Word and the text pdftotext takes from the PDF: a treaty body's
/// concluding observations and a summary record in the ECOSOC layout (A4, the symbol in the first page's header beside
/// <c>United Nations</c> and in the later pages' headers beside the page number), a Human Rights Council resolution and a
/// Secretary-General's report in the General Assembly's Letter layout (the symbol alone over <c>Distr.: General</c>, the
/// New York job number and <c>page/pages</c> at the foot), and a World Health Assembly report and a Security Council
/// presidential statement in a Geneva layout (A4, the masthead's lines stacked, two-line titles in large type, the
/// <c>GE.</c> job number alone at the first page's foot, the symbol and the page number alone at the outer side of later
/// pages), and an ILO Governing Body paper and a Conference of the Parties' decisions in a New York A4 layout
/// (<c>United Nations</c> and the symbol boxed across the first page's header, the job number beside <c>Please
/// recycle</c> at its foot, <c>– 2 –</c> centred at later feet, numbers hung in the margin), and a chapter of the
/// International Law Commission's report and a Special Rapporteur's report in a Vienna Letter layout (the symbol atop
/// every page, the masthead's fields flush right, titles on a short measure, numbers flush left with a tab), and an
/// Advisory Committee's report and a UNICEF Executive Board's decisions in a Nairobi A4 layout (the masthead's name and
/// symbol in a ruled table of two cells, headings without their numbers, numbers hung in the margin, a line of bars over
/// the job number <c>K2617894</c> and its bar code's text at every foot), and an IFAD evaluation's executive summary and
/// a Main Committee's report with its draft resolution in a Rome A4 layout (<c>United Nations</c> and the symbol in a
/// running header on every page, the first included, the page number centred at every foot, the masthead in a ruled box
/// of two cells, paragraphs on recommendations shaded, Chinese in 12 pt). The pairs' gold is the clean text's, whose masthead holds the
/// symbol as a line of text: in these files it is page furniture, the one gold sentence a reader leaves out. The floors
/// are the scores measured after the reading changes made for these kinds, rounded down. Adding a paper is a line of
/// <see cref="Papers"/>.
/// </summary>
public sealed class UnHeldOutMadeDocumentTests
{
    private static readonly Paper[] Papers =
    [
        new("concluding-observations", "concluding-observations-crc-child-rights", "CRC/C/LDA/CO/5-6", Pdf: 0.99, Docx: 0.99, Raw: 0.94, Layout: 0.97, Exact: ["pdf", "docx"]),
        new("summary-record", "summary-record-second-committee-disaster-risk", "A/C.2/81/SR.15", Pdf: 0.99, Docx: 0.99, Raw: 0.94, Layout: 0.99, Exact: ["pdf", "docx"]),
        new("resolution", "resolution-human-rights-council-migrants", "A/HRC/RES/62/14", Pdf: 0.95, Docx: 0.99, Raw: 0.88, Layout: 0.94, Exact: ["docx"]),
        new("energy-report", "report-secretary-general-energy-access", "A/81/273", Pdf: 0.97, Docx: 0.99, Raw: 0.95, Layout: 0.97, Exact: ["docx", "en.pdf"]),
        new("health-assembly", "report-health-assembly-antimicrobial-resistance", "A79/21", Pdf: 0.97, Docx: 0.97, Raw: 0.97, Layout: 0.97, Exact: ["pdf", "docx"]),
        new("presidential-statement", "statement-security-council-conflict-hunger", "S/PRST/2026/9", Pdf: 0.95, Docx: 0.97, Raw: 0.97, Layout: 0.97, Exact: ["docx"]),
        new("governing-body", "paper-ilo-governing-body-heat-stress", "GB.357/POL/3", Pdf: 0.99, Docx: 0.99, Raw: 0.92, Layout: 0.99, Exact: ["pdf", "docx"]),
        new("cop-decisions", "decision-conference-of-parties-desertification", "ICCD/COP(17)/20/Add.1", Pdf: 0.97, Docx: 0.97, Raw: 0.93, Layout: 0.97, Exact: ["en.pdf", "en.docx"]),
        new("ilc-chapter", "report-international-law-commission-sea-level-rise", "A/81/10", Pdf: 0.99, Docx: 0.99, Raw: 0.97, Layout: 0.97, Exact: ["pdf", "docx"]),
        new("toxics-report", "report-special-rapporteur-toxics-e-waste", "A/HRC/63/48", Pdf: 0.99, Docx: 0.99, Raw: 0.97, Layout: 0.97, Exact: ["pdf", "docx"]),
        new("acabq-report", "report-advisory-committee-heritage-plan", "A/81/7/Add.14", Pdf: 0.98, Docx: 0.99, Raw: 0.95, Layout: 0.95, Exact: ["en.pdf", "docx"]),
        new("unicef-decisions", "decision-executive-board-unicef-budget", "E/ICEF/2026/17", Pdf: 0.95, Docx: 0.99, Raw: 0.92, Layout: 0.92, Exact: ["en.pdf", "docx"]),
        new("ifad-evaluation", "evaluation-ifad-country-programme-laos", "EB 2026/147/R.12", Pdf: 0.99, Docx: 0.99, Raw: 0.96, Layout: 0.99, Exact: ["pdf", "docx", "en.pdftotext-raw.txt"]),
        new("committee-report", "report-second-committee-statistics", "A/81/447/Add.2", Pdf: 0.96, Docx: 0.99, Raw: 0.99, Layout: 0.99, Exact: ["zh.pdf", "docx", "en.pdftotext-raw.txt"]),
    ];

    private static readonly string[] Languages = ["zh", "en"];

    public static IEnumerable<TestCaseData> Alignments =>
        from paper in Papers
        from form in new[] { ("pdf", paper.Pdf), ("docx", paper.Docx), ("pdftotext-raw.txt", paper.Raw), ("pdftotext-layout.txt", paper.Layout) }
        select new TestCaseData(paper.Name, form.Item1, form.Item2).SetArgDisplayNames($"{paper.Name}.{form.Item1}");

    /// <summary>
    /// The files whose sentences are all the gold's: <see cref="Paper.Exact"/> names a format, or a language and a format
    /// (English text as pdftotext extracts it can read so; Chinese takes the spaces it sets between Han and Latin).
    /// </summary>
    public static IEnumerable<TestCaseData> ExactFiles =>
        from paper in Papers
        from language in Languages
        from format in new[] { "pdf", "docx", "pdftotext-raw.txt", "pdftotext-layout.txt" }
        where paper.Exact.Contains(format) || paper.Exact.Contains($"{language}.{format}")
        select new TestCaseData(paper.Name, language, format).SetArgDisplayNames($"{paper.Name}.{language}.{format}");

    public static IEnumerable<TestCaseData> Files => DocumentFixtures.Named(Papers.Select(p => $"UnHeldOut/{p.Name}"), "pdf", "docx", "pdftotext-raw.txt", "pdftotext-layout.txt");

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(Papers.Select(p => $"UnHeldOut/{p.Name}"), "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCaseSource(nameof(Alignments))]
    public void A_held_out_UN_pair_typeset_as_a_paper_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var scores = DocumentFixtures.ScoreAgainst($"UnHeldOut/{name}", format, Folder(name));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>Every sentence of the pair, from the files that read it whole, but the symbol its headers carry.</summary>
    [TestCaseSource(nameof(ExactFiles))]
    public void Sentences_of_a_held_out_UN_paper_are_the_gold_sentences(string name, string language, string format)
    {
        var document = DocumentFixtures.Segment($"UnHeldOut/{name}.{language}.{format}");

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(GoldWithoutSymbol(name, language)));
    }

    /// <summary>No text lost: every character of the gold sentences (the symbol aside) reaches a sentence or a label, from every file.</summary>
    [TestCaseSource(nameof(Files))]
    public void No_character_of_a_held_out_UN_paper_is_lost(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, GoldWithoutSymbol(file["UnHeldOut/".Length..file.IndexOf('.', StringComparison.Ordinal)], language));

    /// <summary>As for every extracted text: each character is in one sentence, a label or a line removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_text_of_a_held_out_UN_paper_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>The Letter layout's first page shows the symbol alone in its header, <c>Distr.: General</c> under it.</summary>
    [TestCase("resolution.zh.pdf")]
    [TestCase("energy-report.en.pdf")]
    [TestCase("resolution.en.pdftotext-raw.txt")]
    [TestCase("energy-report.zh.pdftotext-layout.txt")]
    public void A_distribution_line_under_the_symbol_alone_in_the_first_pages_header_is_left_out(string file)
    {
        var document = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf($"UnHeldOut/{file}"));

        Assert.That(document.Blocks.Any(b => b.Text.Contains("Distr.", StringComparison.Ordinal)), Is.False);
    }

    /// <summary>A resolution's preamble ends every paragraph in a comma: one a section break follows ended there.</summary>
    [Test]
    public void A_paragraph_ending_in_the_comma_the_documents_paragraphs_end_in_is_whole_before_a_section_break()
    {
        var sentences = DocumentFixtures.Segment("UnHeldOut/resolution.zh.docx").Sentences.Select(s => s.Text);

        Assert.That(sentences, Has.Some.EndsWith("将于2026年举行的第二届论坛，"));
        Assert.That(sentences, Has.Some.StartsWith("重申2030年可持续发展议程"));
    }

    private static Paper Of(string name) => Papers.Single(p => p.Name == name);

    private static string Folder(string name) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "held-out-terms", Of(name).Pair);

    private static string[] Gold(string name, string language) => DocumentFixtures.GoldSentences(Folder(name), language);

    private static string[] GoldWithoutSymbol(string name, string language) => [.. Gold(name, language).Where(s => s != Of(name).Symbol)];

    /// <summary>
    /// A typeset paper: its files' name under UnHeldOut, the pair's folder, the symbol its headers carry, the floors of
    /// strict F1 per form, and the files that read every gold sentence (a format, or a language and a format).
    /// </summary>
    private sealed record Paper(string Name, string Pair, string Symbol, double Pdf, double Docx, double Raw, double Layout, string[] Exact);
}
