using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// The lexicon <c>--glossary FILE</c> gives the aligner: CC-CEDICT or a two-column CSV/TSV (<see cref="Lexicon.Load"/>),
/// or a TBX file such as <c>terms --extract -o glossary.tbx</c> writes, its Chinese and English terms paired.
/// </summary>
internal static class GlossaryLexicon
{
    /// <exception cref="InputException">The file is malformed, or holds no term pair.</exception>
    public static Lexicon Load(string path)
    {
        if (FileFormats.Of(path) != FileFormat.Tbx)
        {
            return Lexicon.Load(path);
        }

        var glossary = Glossary.Read(path, GlossaryFormat.Tbx, Language.Chinese, Language.English);
        return Lexicon.FromPairs(glossary.Entries.Select(e => KeyValuePair.Create(e.SourceTerm, e.TargetTerm)));
    }
}
