using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>Hand-made translation units for tests.</summary>
internal static class Units
{
    private static int next;

    /// <summary>An imported Chinese→English unit.</summary>
    public static TranslationUnit Pair(string zh, string en, string document = "test.docx") =>
        new($"t{Interlocked.Increment(ref next)}", new Segment(Language.Chinese, zh), new Segment(Language.English, en))
        {
            Provenance = new Provenance(document, string.Empty, BeadType.Unknown, 1.0),
        };

    /// <summary>A unit the aligner made with <paramref name="confidence"/>.</summary>
    public static TranslationUnit Aligned(string zh, string en, double confidence, string document = "aligned.pdf") =>
        Pair(zh, en, document) with
        {
            Origin = UnitOrigin.Aligned,
            Provenance = new Provenance(document, "body › 12", BeadType.OneToOne, confidence),
        };

    /// <summary>
    /// A memory holding the pair of <paramref name="zh"/> and <paramref name="en"/> among two pairs that share no word
    /// with it, so that a term's statistics come from that one pair; dispose it.
    /// </summary>
    public static TranslationMemory OnePairAmongOthers(string zh, string en) => Memory(
        Pair(zh, en),
        Pair("各国应当加强海洋观测。", "Countries should strengthen ocean observation."),
        Pair("报告载于附件。", "The report is contained in the annex."));

    /// <summary>
    /// The equivalents of <paramref name="term"/>, written in <paramref name="from"/>, in the other language, looked up in
    /// a memory that <see cref="OnePairAmongOthers"/> makes of <paramref name="zh"/> and <paramref name="en"/>.
    /// </summary>
    public static TermEquivalents TermInOnePair(string zh, string en, string term, Language from)
    {
        using var memory = OnePairAmongOthers(zh, en);
        return memory.LookupTerm(term, from, from.IsChinese ? Language.English : Language.Chinese);
    }

    /// <summary>A memory holding <paramref name="units"/>; dispose it.</summary>
    public static TranslationMemory Memory(params TranslationUnit[] units)
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add(units);
        return memory;
    }
}
