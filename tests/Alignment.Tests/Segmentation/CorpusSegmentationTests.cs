using System.Text.RegularExpressions;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Segmentation;

/// <summary>The segmenter on the bundled report pair, each non-blank line taken as the text of one block.</summary>
public sealed partial class CorpusSegmentationTests
{
    [TestCase("zh.txt", "zh-CN")]
    [TestCase("en.txt", "en")]
    public void Sentences_of_every_line_are_ordered_disjoint_and_cover_all_its_text(string file, string tag)
    {
        var language = Language.Parse(tag);
        var lines = Corpus.Lines(file);
        Assert.Multiple(() =>
        {
            for (var n = 0; n < lines.Length; n++)
            {
                var line = lines[n];
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var spans = SentenceSegmenter.Default.Split(line, language);
                var where = $"{file} line {n + 1}";
                if (spans.Count == 0)
                {
                    Assert.That(line.Trim(), Does.Match(LabelOrPunctuation()), $"{where} lost its text");
                    continue;
                }

                var covered = new bool[line.Length];
                var end = 0;
                foreach (var span in spans)
                {
                    var sentence = line.Substring(span.Start, span.Length);
                    Assert.That(span.Start, Is.GreaterThanOrEqualTo(end), $"{where}: sentences overlap or are out of order");
                    Assert.That(sentence, Is.Not.Empty.And.EqualTo(sentence.Trim()), $"{where}: a sentence is empty or untrimmed");
                    if (spans.Count > 1)
                    {
                        // A line that holds only a label or punctuation is its one sentence; beside other text, never.
                        Assert.That(sentence, Does.Not.Match(LabelOrPunctuation()), $"{where}: '{sentence}' is only a label or punctuation");
                    }
                    Array.Fill(covered, true, span.Start, span.Length);
                    end = span.End;
                }

                var uncovered = Enumerable.Range(0, line.Length).Where(i => !covered[i] && !char.IsWhiteSpace(line[i])).ToList();
                Assert.That(uncovered, Is.Empty, $"{where}: characters left out of every sentence");
            }
        });
    }

    [Test]
    public void A_chinese_paragraph_splits_after_its_first_full_stop()
    {
        var sentences = SplitParagraph("zh.txt", 12, Language.Chinese);

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "专家组第一次会议于 2011 年 1 月 17 日至 21 日在维也纳举行。",
            "在这次会议上，专家组审查并通过了一组专题和研究方法（E/CN.15/2011/19，附件一和二）。",
        }));
    }

    [Test]
    public void An_english_paragraph_keeps_a_bracketed_symbol_with_its_sentence()
    {
        var sentences = SplitParagraph("en.txt", 12, Language.English);

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.",
            "At that meeting, the Expert Group reviewed and adopted a collection of topics and a methodology for the study (E/CN.15/2011/19, annexes I and II).",
        }));
    }

    [Test]
    public void An_english_sentence_ends_after_a_document_symbol_and_its_full_stop()
    {
        var sentences = SplitParagraph("en.txt", 67, Language.English);

        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Length.EqualTo(3));
            Assert.That(sentences[1], Does.EndWith("contained in document UNODC/CCPCJ/EG.4/2021/CRP.1."));
            Assert.That(sentences[2], Does.StartWith("The Expert Group also agreed to transmit"));
        });
    }

    [Test]
    public void A_chinese_paragraph_keeps_its_footnote_marker()
    {
        var sentences = SplitParagraph("zh.txt", 71, Language.Chinese);

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "专家组还在第 5 场会议上审议了题为“讨论专家组今后的工作”的议程项目 3。",
            "会上就专家组今后的工作表达了不同意见，参见上传至专家组第七次会议网站上的发言情况。¹",
        }));
    }

    [Test]
    public void An_english_paragraph_keeps_its_footnote_marker()
    {
        var sentences = SplitParagraph("en.txt", 69, Language.English);

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Also at its 5th session, the Expert Group considered agenda item 3, entitled \"Discussion on the future work of the Expert Group\".",
            "Divergent views were expressed on the future work of the Expert Group, as reflected in the statements uploaded to the website of the seventh meeting of the Expert Group.¹",
        }));
    }

    [Test]
    public void A_chinese_paragraph_splits_into_its_three_sentences()
    {
        var sentences = SplitParagraph("zh.txt", 15, Language.Chinese);

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "专家组第三次会议于 2017 年 4 月 10 日至 13 日在维也纳举行。",
            "在这次会议上，专家组主要的审议内容有：通过报告员编写的专家组第一次和第二次会议审议情况概要、网络犯罪问题全面研究报告草稿及其评论意见，以及今后在报告草稿方面的工作方向。",
            "专家组还就国家立法、最佳做法、技术援助和国际合作交流了信息。",
        }));
    }

    [Test]
    public void An_english_footnote_with_a_web_address_is_one_sentence()
    {
        var line = Corpus.Lines("en.txt")[88];

        Assert.That(Segments.English(line), Is.EqualTo(new[] { line }));
    }

    // Line n (from 1) of a corpus file as a reader would make it a block: its paragraph number left out.
    private static string[] SplitParagraph(string file, int n, Language language)
    {
        var line = Corpus.Lines(file)[n - 1];
        var label = ParagraphNumber().Match(line);
        var block = new Block(0, BlockKind.NumberedParagraph, new BlockLabel(label.Value.Trim(), label.Groups[1].Value, LabelStyle.Arabic), BlockPath.Of("body"), line[label.Length..], new TextSpan(0, line.Length), label.Length);
        var document = new Document(file, language, line, [block], []);
        var segmented = SentenceSegmenter.Default.Segment(document);
        return [.. segmented.Sentences.Select(s => s.Text)];
    }

    [GeneratedRegex(@"^(\d+)\.\s+")]
    private static partial Regex ParagraphNumber();

    // Independent of the segmenter's own notion: a label (12.  (a)  一.  - (b)), markers (¹) or punctuation only.
    [GeneratedRegex(@"^(?:[-–•]\s*)?(?:\(?[0-9A-Za-z一二三四五六七八九十]{1,4}[.)、]|[(（][0-9A-Za-z一二三四五六七八九十]{1,4}[)）])?$|^[\p{P}\p{S}\p{No}\s]+$")]
    private static partial Regex LabelOrPunctuation();
}
