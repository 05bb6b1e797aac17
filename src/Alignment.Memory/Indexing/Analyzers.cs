using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Alignment.Memory.Indexing;

/// <summary>The text analyses the index uses, one per kind of field.</summary>
internal static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Chinese as overlapping character bigrams plus single characters: any run of two or more characters (证据,
    /// 电子证据) is a phrase of bigrams, any single character a unigram, so every occurrence is found wherever it
    /// stands. Character 4-grams, as some engines use, miss every term shorter than four characters.
    /// </summary>
    public static Analyzer Grams { get; } = new GramAnalyzer();

    /// <summary>Chinese words as the SmartCn HMM segmenter cuts them (电子 | 证据), for whole-word term search.</summary>
    public static Analyzer ChineseWords { get; } = new ChineseWordAnalyzer();

    /// <summary>
    /// English words, lower-cased, accents folded, possessives dropped and plurals reduced (the minimal "s" stemmer),
    /// stop words kept for phrases.
    /// </summary>
    public static Analyzer EnglishWords { get; } = new WordAnalyzer(stem: true);

    /// <summary>Words of other languages, lower-cased, width-folded and accents folded.</summary>
    public static Analyzer OtherWords { get; } = new WordAnalyzer(stem: false);

    /// <summary>Chinese as the tokenisers read it: traditional characters folded to simplified, spaces between ideographs dropped.</summary>
    private static IdeographSpaceFilter ReadChinese(TextReader reader) => new(new SimplifiedScriptFilter(reader));

    /// <summary>
    /// Latin letters with their accents folded away (Martínez → martinez, Ærø → aero), in the index and in every query
    /// alike: users type names without their accents, and a text may write them either way. Han characters pass
    /// unchanged; displays show the stored text, which keeps its accents.
    /// </summary>
    private static ASCIIFoldingFilter FoldAccents(TokenStream stream) => new(stream);

    private sealed class GramAnalyzer : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => ReadChinese(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new InvariantLowerCaseFilter(stream);
            stream = FoldAccents(stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams: true);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private sealed class ChineseWordAnalyzer : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => ReadChinese(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            // The segmenter folds width and case itself; its stop set is punctuation only.
            var tokenizer = new ChineseWordTokenizer(reader);
            TokenStream stream = new StopFilter(Version, tokenizer, SmartChineseAnalyzer.DefaultStopSet);
            stream = FoldAccents(stream);
            stream = new EnglishMinimalStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private sealed class WordAnalyzer(bool stem) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new InvariantLowerCaseFilter(stream);
            stream = FoldAccents(stream);
            if (stem)
            {
                stream = new EnglishPossessiveFilter(Version, stream);
                stream = new EnglishMinimalStemFilter(stream);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
