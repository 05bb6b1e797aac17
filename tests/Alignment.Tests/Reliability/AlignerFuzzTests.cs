using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;
using Alignment.Tests.Reliability.Fuzzing;

namespace Alignment.Tests.Reliability;

/// <summary>
/// The aligner on mutated excerpts of the bundled pair (small, so that thousands of cases run in seconds): only
/// <see cref="InputException"/> escapes, and every alignment covers each document exactly once (see
/// <see cref="Invariants.OfBitext"/>). Case counts and seeds: see <see cref="Fuzz"/>.
/// </summary>
public sealed class AlignerFuzzTests
{
    private static readonly string[] Chinese = Corpus.Lines("zh.txt");
    private static readonly string[] English = Corpus.Lines("en.txt");
    private static readonly string[] ChineseSentences = Corpus.Lines("zh.sentences.txt");
    private static readonly string[] EnglishSentences = Corpus.Lines("en.sentences.txt");

    [Test]
    public void Aligning_mutated_documents_lets_only_input_errors_escape_and_covers_each_sentence_once() =>
        Fuzz.Run(
            1500,
            random =>
            {
                var (chinese, english) = Excerpts(random);
                var options = new AlignerOptions { UseStructure = random.Next(4) > 0, UseLexicalModel = random.Next(4) > 0 };
                return random.Next(8) switch
                {
                    0 => new Pair(english, Language.English, chinese, Language.Chinese, options),
                    1 => new Pair(chinese, Language.Chinese, TextMutator.Mutate(chinese, random, 3), Language.Chinese, options),
                    _ => new Pair(chinese, Language.Chinese, english, Language.English, options),
                };
            },
            pair =>
            {
                var source = SentenceSegmenter.Default.Segment(DocumentReader.Default.Read(pair.Source, pair.SourceLanguage, "source.txt"));
                var target = SentenceSegmenter.Default.Segment(DocumentReader.Default.Read(pair.Target, pair.TargetLanguage, "target.txt"));
                Invariants.OfBitext(new Aligner(pair.Options).Align(source, target));
            },
            pair => Encoding.UTF8.GetBytes($"{pair.Options}\n{pair.SourceLanguage}\n{pair.Source}\n\u241E\n{pair.TargetLanguage}\n{pair.Target}"),
            "txt");

    [Test]
    public void Aligning_mutated_sentence_lists_lets_nothing_escape_and_covers_each_sentence_once() =>
        Fuzz.Run(
            1000,
            random => (Source: Sentences(ChineseSentences, random), Target: Sentences(EnglishSentences, random)),
            lists => Invariants.OfBitext(Aligner.Default.Align(lists.Source, lists.Target, Language.Chinese, Language.English)),
            lists => Encoding.UTF8.GetBytes(string.Join('\n', lists.Source) + "\n\u241E\n" + string.Join('\n', lists.Target)),
            "txt",
            minimumAccepted: 1.0);

    /// <summary>Mutated excerpts of about the same stretch of each document, or now and then of unrelated stretches.</summary>
    private static (string Chinese, string English) Excerpts(Random random)
    {
        var count = random.Next(5, 41);
        var start = random.Next(0, Chinese.Length - count);
        var englishStart = random.Next(4) == 0 ? random.Next(0, English.Length - count)
            : Math.Clamp((start * English.Length / Chinese.Length) + random.Next(-3, 4), 0, English.Length - count);
        var englishCount = Math.Clamp(count + random.Next(-5, 6), 1, English.Length - englishStart);
        return (
            TextMutator.Mutate(string.Join('\n', Chinese.Skip(start).Take(count)), random, 3),
            TextMutator.Mutate(string.Join('\n', English.Skip(englishStart).Take(englishCount)), random, 3));
    }

    /// <summary>A run of presegmented sentences, some mutated, some blank or empty, or none at all.</summary>
    private static string[] Sentences(string[] sentences, Random random)
    {
        var count = random.Next(0, 31);
        var start = random.Next(0, sentences.Length - count);
        return [.. sentences.Skip(start).Take(count).Select(s => random.Next(10) switch
        {
            0 => string.Empty,
            1 => " \t",
            2 => TextMutator.Mutate(s, random, 3),
            _ => s,
        })];
    }

    private sealed record Pair(string Source, Language SourceLanguage, string Target, Language TargetLanguage, AlignerOptions Options);
}
