namespace Alignment.Aligning;

/// <summary>How the <see cref="Aligner"/> weighs its evidence. The defaults suit UN-style Chinese–English documents.</summary>
public sealed record AlignerOptions
{
    /// <summary>The default options: structure on, self-trained lexical model on, the <see cref="Lexicon.Bundled"/> lexicon.</summary>
    public static AlignerOptions Default { get; } = new();

    /// <summary>
    /// A dictionary or glossary whose term pairs count as evidence: <see cref="Lexicon.Bundled"/> by default (CC-CEDICT
    /// when the Alignment.Lexicon.CcCedict package is referenced, empty otherwise).
    /// </summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Bundled;

    /// <summary>
    /// Whether paragraph numbers, list letters, headings and footnote markers anchor the alignment before sentences
    /// are paired. Turn off to align documents whose numbering cannot be trusted.
    /// </summary>
    public bool UseStructure { get; init; } = true;

    /// <summary>
    /// Whether a second pass uses a word-translation model learned from the first pass's confident beads.
    /// It costs a little time and helps most where structure and numbers are scarce.
    /// </summary>
    public bool UseLexicalModel { get; init; } = true;

    /// <summary>Evidence of your own, added to the aligner's for every candidate bead (none by default).</summary>
    public IReadOnlyList<IBeadScorer> Scorers { get; init; } = [];
}
