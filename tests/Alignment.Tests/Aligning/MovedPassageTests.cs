using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on translations whose passages are in another order than the original's: a monotone path cannot
/// follow them, so a passage must be found where it went, however far that is.
/// </summary>
public sealed class MovedPassageTests
{
    /// <summary>
    /// A block of eight English sentences moved to the end of the document, further than any window around the path
    /// reaches: before runs were paired at any distance, both places were left unpaired and none of the passage's
    /// beads was found; a bead or two at the passage's edges may still take a neighbour along (the speeches' block
    /// keeps half of its six beads once the realigning pass charges for a sentence left out beside one added).
    /// </summary>
    [TestCase("unodc-cybercrime-eg4-2021")]
    [TestCase("financial-pension-fund-2026")]
    [TestCase("speeches-second-committee-sustainable-development")]
    public void A_passage_moved_to_the_end_is_aligned_where_it_went(string corpus)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var english = File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")).Count(l => l.Length > 0);
        var bitext = MovedBitexts.BlockMoved(directory, english / 4, 8, int.MaxValue);
        var moved = bitext.Gold.Where(b => b.Target.Count > 0 && b.Target[0] >= english - 8 && b.Source.Count > 0).Select(b => b.Key).ToList();

        var aligned = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);

        var found = moved.Intersect(aligned.Beads.Select(b => EvaluatedBead.From(b).Key)).Count();
        TestContext.Out.WriteLine($"{found} of the moved passage's {moved.Count} beads found");
        Assert.That(moved, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(found, Is.GreaterThanOrEqualTo(moved.Count / 2));
    }

    /// <summary>
    /// The English cut into six blocks put in the order 0, 3, 1, 2, 5, 4, as a translator who restructures a report
    /// leaves it: the blocks that moved lie 30 to 90 sentences from where the path expects them (before 0.76–0.81).
    /// </summary>
    [TestCase("unodc-cybercrime-eg4-2021")]
    [TestCase("financial-pension-fund-2026")]
    [TestCase("speeches-second-committee-sustainable-development")]
    public void A_translation_in_reordered_blocks_aligns_each_block_where_it_went(string corpus)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var bitext = MovedBitexts.BlocksShuffled(directory, [0, 3, 1, 2, 5, 4], dropped: 0, seed: 1);

        var aligned = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);
        var scores = AlignmentScores.Compute(bitext.Gold, [.. aligned.Beads.Select(EvaluatedBead.From)]);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.94));
    }

    /// <summary>
    /// A letter whose Chinese sets the place and date and the addressee under the signature, where the English has them
    /// at the head: the passage's one-to-one anchor (the date line) is found, and the addressee's lines, each one line
    /// in Chinese for two in English, go with it rather than staying unpaired or joined to the salutation. (Which of
    /// the two lines takes "His Excellency" the lexicon cannot tell: it glosses 阁下 as "your distinguished self".)
    /// </summary>
    [Test]
    public void An_addressee_block_moved_to_a_letters_foot_goes_with_its_date_line()
    {
        string[] chinese =
        [
            "国际河流研究所",
            "日内瓦",
            "编号：IRI/DG/2026/118",
            "尊敬的主席先生：",
            "谨向你转递2026年5月4日至6日在日内瓦举行的国际河流会议的成果文件。",
            "会议由国际河流研究所与世界气象组织共同主办，来自42个国家的310名代表出席了会议。",
            "与会者讨论了冰川退缩、季节性干旱和跨界河流管理等问题。",
            "会议通过了关于加强洪水预警和数据共享的十项建议。",
            "各项建议载于本信附件一，会议议程载于附件二。",
            "请将本信及其附件作为大会第八十一届会议议程项目19下的文件分发为荷。",
            "本研究所愿与各会员国密切合作，落实上述建议。",
            "顺致最崇高的敬意。",
            "所长",
            "马丁·奥尔森（签名）",
            "2026年5月20日于日内瓦",
            "联合国大会主席阁下",
            "纽约联合国总部",
            "2026年5月20日国际河流研究所所长给大会主席的信的附件一",
            "国际河流会议的建议",
            "1. 各国应在2028年前建立全国洪水预警系统。",
            "2. 流域国家应每季度交换水文数据。",
        ];
        string[] english =
        [
            "International River Research Institute",
            "Geneva",
            "Ref.: IRI/DG/2026/118",
            "Geneva, 20 May 2026",
            "His Excellency",
            "The President of the General Assembly",
            "United Nations Headquarters",
            "New York",
            "Excellency,",
            "I have the honour to transmit to you the outcome document of the International River Conference, held in Geneva from 4 to 6 May 2026.",
            "The Conference was organized by the International River Research Institute jointly with the World Meteorological Organization and was attended by 310 delegates from 42 countries.",
            "Participants discussed glacier retreat, seasonal drought and the management of transboundary rivers.",
            "The Conference adopted ten recommendations on strengthening flood early warning and data sharing.",
            "The recommendations are contained in annex I to the present letter, and the agenda of the Conference in annex II.",
            "I should be grateful if the present letter and its annexes could be circulated as a document of the General Assembly at its eighty-first session, under agenda item 19.",
            "The Institute stands ready to work closely with Member States in implementing the recommendations.",
            "Please accept, Excellency, the assurances of my highest consideration.",
            "(Signed) Martin Olsen",
            "Director-General",
            "Annex I to the letter dated 20 May 2026 from the Director-General of the International River Research Institute addressed to the President of the General Assembly",
            "Recommendations of the International River Conference",
            "1. States should establish national flood early warning systems by 2028.",
            "2. Basin States should exchange hydrological data every quarter.",
        ];

        var aligned = Aligner.Default.Align(chinese, english, Language.Chinese, Language.English);

        var beads = aligned.Beads.Where(b => !b.Source.IsEmpty).ToDictionary(b => b.Source.Start, b => b.Target.Indices.ToArray());
        TestContext.Out.WriteLine(string.Join(" ", aligned.Beads.Select(b => EvaluatedBead.From(b).ToString())));
        Assert.Multiple(() =>
        {
            Assert.That(beads[14].FirstOrDefault(-1), Is.EqualTo(3), "the place and date");
            Assert.That(beads.GetValueOrDefault(15, []), Does.Contain(5), "the addressee");
            Assert.That(beads[16], Is.EqualTo(new[] { 6, 7 }), "the address");
            Assert.That(beads[3], Is.EqualTo(new[] { 8 }), "the salutation");
        });
    }

    /// <summary>
    /// The held-out diary's memory of the narrator's father, three Chinese sentences that the English moved eighty
    /// sentences up, into its introduction: the path paired one of them with the sentence next to its old place
    /// (<c>他说那一趟走了十一天…</c> with the lorries on the road, at 0.43), so the run left unpaired there stopped short
    /// of the passage and was paired with the moved English one sentence off.
    /// </summary>
    [Test]
    public void A_moved_passage_one_of_whose_sentences_the_path_paired_nearby_is_aligned_where_it_went()
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "diary-salt-road");
        string[] Lines(string file) => [.. File.ReadAllLines(Path.Combine(directory, file)).Where(l => l.Length > 0)];

        var beads = Aligner.Default.Align(Lines("zh.sentences.txt"), Lines("en.sentences.txt"), Language.Chinese, Language.English).Beads
            .Select(b => EvaluatedBead.From(b).Key).ToList();

        Assert.That(beads, Does.Contain("86:5").And.Contain("87:6,7"));
    }
}
