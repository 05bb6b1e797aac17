using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Pairs the path made only because it had to pass somewhere. Where a translator moved passages, the path runs
/// through the text in order and pairs a sentence of a moved passage with whatever lies at hand (two sentences that
/// share a word or a number, each paired with the other's neighbour), and the runs left unpaired are then broken
/// into pieces too short for <see cref="MovedSentences"/> to pair. Here each loose sentence (unpaired, or in a
/// doubtful small bead next to an unpaired sentence or out of line with the beads around it, or in a doubtful merge of
/// up to three sentences a side next to an unpaired sentence) is tried with the loose
/// sentences of the other side that share its evidence, wherever they are; a new bead is taken when it and what
/// becomes of the sentences it takes from other beads cost clearly less than those beads did.
/// </summary>
internal static class StrayBeads
{
    /// <summary>
    /// A rematch must save this much, in nats, and no other rematch of either of its sides may come within it. Two
    /// and one did alike on <c>--moved-quality</c> and <c>--edited-quality</c>; three, four and six helped less.
    /// </summary>
    private const double Margin = 2.0;

    /// <summary>
    /// Beads in line at least this sure are never taken apart. A bead out of line is tried however sure it is: two
    /// sentences that each took the other's translation share with it what the two translations share (a number
    /// both state, a name), and that evidence makes the wrong bead look sure.
    /// </summary>
    private const double Settled = 0.95;

    /// <summary>Sentences of the other side each loose sentence is tried with, those sharing the most evidence first.</summary>
    private const int Candidates = 4;

    /// <summary>Sentences of the other side each unpaired sentence is tried with by the translation model's words.</summary>
    private const int WordCandidates = 2;

    /// <summary>
    /// A token held by more loose sentences of the other side than this says nothing about where a sentence went, and
    /// skipping it keeps the look-ups linear; unless no more than this hold it within <see cref="MovedSentences.Window"/>
    /// of where the path puts the sentence: a long text that repeats a question or a heading in every part has it
    /// loose in every part, and the copy near at hand is where to look.
    /// </summary>
    private const int Common = 8;

    /// <summary>
    /// Gains closer than this, in nats, are the same: a sentence said twice is not priced alike to the last bit in
    /// each place.
    /// </summary>
    private const double Tie = 1e-6;

    /// <summary>Rounds of rematching: a sentence freed in one round may find its partner in the next.</summary>
    private const int Rounds = 4;

    /// <summary>Sentences a side of a new bead holds at most.</summary>
    private const int Widest = 2;

    /// <summary>
    /// Sentences a side of a doubtful bead that merges sentences may hold and still be taken apart: the widest shape
    /// the lattice makes. A sentence that moved far is often poured into the bead of its neighbour at the place it
    /// left or the place it went, which makes that bead one wider than the translation's (a 1-2 read as 1-3).
    /// </summary>
    private const int WidestMerged = 3;

    public static List<Bead> Rematch(List<Bead> beads, BeadScorer scorer) => Passes.Repeat(beads, Rounds, b => RematchOnce(b, scorer));

    private static List<Bead> RematchOnce(List<Bead> beads, BeadScorer scorer)
    {
        var (sourceCount, targetCount) = (scorer.Features.Source.Length, scorer.Features.Target.Length);
        var (ofSource, ofTarget) = (new int[sourceCount], new int[targetCount]);
        for (var b = 0; b < beads.Count; b++)
        {
            foreach (var i in beads[b].Source.Indices)
            {
                ofSource[i] = b;
            }

            foreach (var j in beads[b].Target.Indices)
            {
                ofTarget[j] = b;
            }
        }

        var (loose, outOfLine) = Loose(beads, ofSource, ofTarget);

        // A sentence that moved leaves a trace on both sides (unpaired where it was and where it went) or a bead out
        // of line; without either, a rematch could only pair a sentence with a second copy of its translation.
        if (!outOfLine.Contains(true) && !(beads.Any(b => b.Target.IsEmpty) && beads.Any(b => b.Source.IsEmpty)))
        {
            return beads;
        }

        var moves = new List<Move>();
        var expected = MovedSentences.ExpectedTargets(beads);
        var proposals = Proposals(beads, loose, ofSource, ofTarget, expected, scorer);
        proposals.AddRange(WordProposals(beads, ofSource, ofTarget, scorer));
        var tried = new HashSet<(SentenceSpan, SentenceSpan)>();
        foreach (var (s, t) in proposals)
        {
            // A pairing of two sentences that saves nothing is not widened: its wider beads seldom do better.
            var single = (new SentenceSpan(s, 1), new SentenceSpan(t, 1));
            if (!tried.Add(single) || Evaluate(beads, outOfLine, ofSource, ofTarget, single.Item1, single.Item2, scorer) is not { } move || move.Gain <= 0)
            {
                continue;
            }

            moves.Add(move);
            foreach (var source in Spans(s, sourceCount, i => loose[ofSource[i]]))
            {
                foreach (var target in Spans(t, targetCount, j => loose[ofTarget[j]]))
                {
                    if (tried.Add((source, target)) && Evaluate(beads, outOfLine, ofSource, ofTarget, source, target, scorer) is { } wider)
                    {
                        moves.Add(wider);
                    }
                }
            }
        }

        // The surest rematches first, each bead taken apart once.
        var (used, added) = (new HashSet<int>(), new List<Bead>());
        // Moves that save the same (a passage said twice) go in order, each taking the first place left.
        var rivals = new MovesByPlace(moves);
        foreach (var move in moves.Where(m => m.Gain > Margin + FarCost(m, expected) && !Ambiguous(m, rivals, expected))
            .OrderByDescending(m => Math.Round(m.Gain / Tie)).ThenBy(m => m.Beads[0].Source.Start).ThenBy(m => m.Beads[0].Target.Start))
        {
            if (move.Affected.Any(used.Contains))
            {
                continue;
            }

            used.UnionWith(move.Affected);
            added.AddRange(move.Beads);
        }

        if (added.Count == 0)
        {
            return beads;
        }

        var kept = beads.Where((_, b) => !used.Contains(b)).Concat(added.Where(b => !b.Source.IsEmpty)).ToList();
        return Ordered(kept, added.Where(b => b.Source.IsEmpty).ToList(), sourceCount, targetCount);
    }

    /// <summary>
    /// What a rematch must save beyond <see cref="Margin"/> for going further than <see cref="MovedSentences.Window"/>
    /// from where the path puts its source: the log of how many windows away it goes. A loose sentence is matched
    /// wherever a loose sentence of the other side shares its words, and the longer the input, the more unrelated
    /// loose sentences do.
    /// </summary>
    private static double FarCost(Move move, int[] expected)
    {
        var bead = move.Beads[0];
        if (bead.Source.IsEmpty || bead.Target.IsEmpty)
        {
            return 0;
        }

        var distance = Math.Abs(bead.Target.Start - expected[bead.Source.Start]);
        return distance > MovedSentences.Window ? Math.Log((double)distance / MovedSentences.Window) : 0;
    }

    /// <summary>
    /// Whether each bead may be taken apart: an unpaired sentence, or a bead of at most <see cref="Widest"/> sentences
    /// a side whose target does not continue that of the paired bead before or after it in source order, or such a
    /// doubtful bead that an unpaired sentence adjoins on either side.
    /// </summary>
    private static (bool[] Loose, bool[] OutOfLine) Loose(List<Bead> beads, int[] ofSource, int[] ofTarget)
    {
        var (loose, outOfLine) = (new bool[beads.Count], new bool[beads.Count]);
        var paired = new List<int>();
        for (var b = 0; b < beads.Count; b++)
        {
            if (Unpaired(beads[b]))
            {
                loose[b] = true;
            }
            else
            {
                paired.Add(b);
            }
        }

        bool UnpairedAt(int[] of, int sentence) => sentence >= 0 && sentence < of.Length && Unpaired(beads[of[sentence]]);
        for (var p = 0; p < paired.Count; p++)
        {
            var bead = beads[paired[p]];
            if (bead.Source.Count > Widest || bead.Target.Count > Widest)
            {
                loose[paired[p]] = DoubtfulMerge(bead) && BesideUnpaired(bead);
                continue;
            }

            outOfLine[paired[p]] = !((p > 0 && beads[paired[p - 1]].Target.End == bead.Target.Start)
                || (p + 1 < paired.Count && beads[paired[p + 1]].Target.Start == bead.Target.End));
            loose[paired[p]] = (bead.Confidence < Settled && BesideUnpaired(bead)) || outOfLine[paired[p]];
        }

        return (loose, outOfLine);

        bool BesideUnpaired(Bead bead) => UnpairedAt(ofSource, bead.Source.Start - 1) || UnpairedAt(ofSource, bead.Source.End)
            || UnpairedAt(ofTarget, bead.Target.Start - 1) || UnpairedAt(ofTarget, bead.Target.End);
    }

    /// <summary>
    /// A bead that pairs more than one sentence on a side, no wider than <see cref="WidestMerged"/>, and is not sure
    /// of it. Beside an unpaired sentence, one of its sentences may be a moved sentence's translation that the path
    /// poured in at one end because it had to pass there, pushing the bead's own sentence at the other end out.
    /// </summary>
    private static bool DoubtfulMerge(Bead bead) =>
        bead.Confidence < Settled && (bead.Source.Count > 1 || bead.Target.Count > 1) && bead.Source.Count <= WidestMerged && bead.Target.Count <= WidestMerged;

    /// <summary>
    /// Pairs of a loose source sentence and a loose target sentence worth trying: for each loose source sentence, the
    /// <see cref="Candidates"/> loose target sentences that share the most of its evidence, through an index from
    /// token to sentence.
    /// </summary>
    private static List<(int Source, int Target)> Proposals(List<Bead> beads, bool[] loose, int[] ofSource, int[] ofTarget, int[] expected, BeadScorer scorer)
    {
        var postings = new Dictionary<int, List<int>>();
        for (var j = 0; j < ofTarget.Length; j++)
        {
            if (!loose[ofTarget[j]])
            {
                continue;
            }

            foreach (var token in scorer.EvidenceTokens(j, source: false).Distinct())
            {
                if (!postings.TryGetValue(token, out var sentences))
                {
                    postings[token] = sentences = [];
                }

                sentences.Add(j);
            }
        }

        var proposals = new List<(int, int)>();
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < ofSource.Length; i++)
        {
            if (!loose[ofSource[i]])
            {
                continue;
            }

            shared.Clear();
            foreach (var token in scorer.EvidenceTokens(i, source: true).Distinct())
            {
                if (!postings.TryGetValue(token, out var sentences))
                {
                    continue;
                }

                // The postings are in target order: those near the expected place are one range of them.
                var (from, to) = sentences.Count <= Common ? (0, sentences.Count) : Near(sentences, expected[i]);
                if (to - from > Common)
                {
                    continue;
                }

                for (var k = from; k < to; k++)
                {
                    shared[sentences[k]] = shared.GetValueOrDefault(sentences[k]) + 1;
                }
            }

            proposals.AddRange(shared.OrderByDescending(x => x.Value).ThenBy(x => x.Key).Take(Candidates)
                .Where(x => !beads[ofSource[i]].Target.Indices.Contains(x.Key))
                .Select(x => (i, x.Key)));
        }

        return proposals;
    }

    /// <summary>
    /// Pairs of an unpaired sentence and the sentence of the other side, in a doubtful merge anywhere whose other side
    /// does not explain it, that its words translate into most, by the translation model (learnt, and seeded by the
    /// lexicon): a moved sentence that holds no name, number or term of the lexicon shares no evidence token with its
    /// translation, which the path, having to pass it somewhere, poured into a neighbour's bead; but its words still
    /// predict the translation's. Two unpaired sentences are not proposed so: a sentence left out and one added are
    /// often on the same subject, and words alone do not tell them from a moved sentence and its translation.
    /// For each unpaired sentence, the <see cref="WordCandidates"/> sentences whose words hold the most of the
    /// probability its words give them; a word held by more than <see cref="Common"/> such sentences says nothing
    /// about where one went and is skipped, which keeps the look-ups linear. Only proposals: <see cref="Evaluate"/>
    /// prices each as it prices the others, so a sentence merely similar to one elsewhere is not paired with it.
    /// </summary>
    private static List<(int Source, int Target)> WordProposals(List<Bead> beads, int[] ofSource, int[] ofTarget, BeadScorer scorer)
    {
        var proposals = new List<(int, int)>();
        if (scorer.Lexical is not { } lexical || lexical.Forward.IsEmpty || lexical.Backward.IsEmpty)
        {
            return proposals;
        }

        // A sentence of a doubtful merge that the merge's other side explains no better than the words' frequencies
        // do: what the path poured in because it had to pass there. A half of a real 1-2 is explained by its partner
        // (the diary's `There is only one young man here, named Meng.` by `…一个年轻人，姓孟。`), and a left-out sentence
        // elsewhere that merely resembles it (`一个小伙子给我让了座`) must not claim it.
        bool Open(int[] ofSide, int k, bool source)
        {
            var bead = beads[ofSide[k]];
            if (!DoubtfulMerge(bead))
            {
                return false;
            }

            foreach (var x in (source ? bead.Target : bead.Source).Indices)
            {
                if ((source ? lexical.Score(k, 1, x, 1) : lexical.Score(x, 1, k, 1)) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        var (features, weights) = (scorer.Features, new Dictionary<int, float>());
        Propose(ofSource, features.Source, ofTarget, features.Target, lexical.Forward, sourceSide: true);
        Propose(ofTarget, features.Target, ofSource, features.Source, lexical.Backward, sourceSide: false);
        return proposals;

        void Propose(int[] ofSide, SentenceFeatures[] side, int[] ofOther, SentenceFeatures[] other, TranslationModel model, bool sourceSide)
        {
            // Which open sentences of the other side hold each word; built only when this side has an unpaired sentence.
            Dictionary<int, List<int>>? postings = null;
            for (var k = 0; k < ofSide.Length; k++)
            {
                if (!Unpaired(beads[ofSide[k]]))
                {
                    continue;
                }

                postings ??= Postings(ofOther, other, !sourceSide);
                weights.Clear();
                foreach (var word in side[k].Words.Distinct())
                {
                    var translations = model.Translations(word);
                    var probabilities = model.Probabilities(word);
                    for (var t = 0; t < translations.Length; t++)
                    {
                        if (postings.TryGetValue(translations[t], out var holders) && holders.Count <= Common)
                        {
                            foreach (var holder in holders)
                            {
                                weights[holder] = weights.GetValueOrDefault(holder) + probabilities[t];
                            }
                        }
                    }
                }

                proposals.AddRange(weights.OrderByDescending(x => x.Value).ThenBy(x => x.Key).Take(WordCandidates).Select(x => sourceSide ? (k, x.Key) : (x.Key, k)));
            }
        }

        Dictionary<int, List<int>> Postings(int[] ofOther, SentenceFeatures[] other, bool otherIsSource)
        {
            var postings = new Dictionary<int, List<int>>();
            for (var k = 0; k < ofOther.Length; k++)
            {
                if (!Open(ofOther, k, otherIsSource))
                {
                    continue;
                }

                foreach (var word in other[k].Words.Distinct())
                {
                    if (!postings.TryGetValue(word, out var holders))
                    {
                        postings[word] = holders = [];
                    }

                    holders.Add(k);
                }
            }

            return postings;
        }
    }

    /// <summary>
    /// The range of the sorted <paramref name="sentences"/> that lie within <see cref="MovedSentences.Window"/> of
    /// <paramref name="place"/>, or, when fewer than <see cref="Candidates"/> do, the <see cref="Candidates"/> nearest
    /// to it, however far: a long text that names the same thing in many parts holds it in more than
    /// <see cref="Common"/> sentences, and a sentence that moved further than the window must still find the holders
    /// nearest at hand. <paramref name="sentences"/> holds more than <see cref="Common"/> positions (fewer are taken
    /// whole), so there are always <see cref="Candidates"/> to widen to.
    /// </summary>
    private static (int From, int To) Near(List<int> sentences, int place)
    {
        var (from, to) = (Position(place - MovedSentences.Window), Position(place + MovedSentences.Window + 1));
        if (to - from > Common)
        {
            return (from, to);
        }

        while (to - from < Candidates)
        {
            var takeBefore = to == sentences.Count || (from > 0 && place - sentences[from - 1] <= sentences[to] - place);
            (from, to) = takeBefore ? (from - 1, to) : (from, to + 1);
        }

        return (from, to);

        int Position(int at)
        {
            var k = sentences.BinarySearch(at);
            return k >= 0 ? k : ~k;
        }
    }

    /// <summary>The spans of up to <see cref="Widest"/> loose sentences that hold <paramref name="sentence"/>.</summary>
    private static IEnumerable<SentenceSpan> Spans(int sentence, int count, Func<int, bool> loose)
    {
        yield return new SentenceSpan(sentence, 1);
        if (sentence > 0 && loose(sentence - 1))
        {
            yield return new SentenceSpan(sentence - 1, 2);
        }

        if (sentence + 1 < count && loose(sentence + 1))
        {
            yield return new SentenceSpan(sentence, 2);
        }
    }

    /// <summary>
    /// The bead <paramref name="source"/>:<paramref name="target"/>, with every bead it takes a sentence from taken
    /// apart: what those beads leave is unpaired, or paired together when it is one short span a side (two beads whose
    /// targets are swapped). Null when a bead it would take apart is not loose or nothing is saved.
    /// </summary>
    private static Move? Evaluate(List<Bead> beads, bool[] outOfLine, int[] ofSource, int[] ofTarget, SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        var affected = source.Indices.Select(i => ofSource[i]).Concat(target.Indices.Select(j => ofTarget[j])).Distinct().ToArray();
        if (affected.Length == 1 && beads[affected[0]].Source == source && beads[affected[0]].Target == target)
        {
            return null;
        }

        var (before, unseen) = (0.0, 0.0);
        var (leftSources, leftTargets) = (new List<int>(), new List<int>());
        foreach (var b in affected)
        {
            var bead = beads[b];
            if (!Unpaired(bead) && !DoubtfulMerge(bead) && ((bead.Confidence >= Settled && !outOfLine[b]) || bead.Source.Count > Widest || bead.Target.Count > Widest))
            {
                return null;
            }

            before += Cost(bead.Source, bead.Target, scorer);
            var (sourcesLeft, targetsLeft) = (leftSources.Count, leftTargets.Count);
            leftSources.AddRange(bead.Source.Indices.Where(i => i < source.Start || i >= source.End));
            leftTargets.AddRange(bead.Target.Indices.Where(j => j < target.Start || j >= target.End));
            // A bead in line with its neighbours that a rematch would break into a sentence left out beside one added is
            // charged as the realigning pass charges such neighbours: where one side stops early, leaving sentences
            // out is cheap, and a sentence whose partner is gone would otherwise take half of a good bead by a shared
            // word or two. A bead out of line is already a move's trace, and taking it apart costs nothing extra.
            if (leftSources.Count > sourcesLeft && leftTargets.Count > targetsLeft && !outOfLine[b])
            {
                unseen += Aligner.UnseenPairPenalty;
            }
        }

        var paired = Cost(source, target, scorer);
        if (double.IsPositiveInfinity(paired))
        {
            return null;
        }

        var skipped = leftSources.Sum(i => Cost(new SentenceSpan(i, 1), default, scorer)) + leftTargets.Sum(j => Cost(default, new SentenceSpan(j, 1), scorer)) + unseen;
        var (restSource, restTarget) = (Contiguous(leftSources), Contiguous(leftTargets));
        var rest = restSource is { } rs && restTarget is { } rt ? Cost(rs, rt, scorer) : double.PositiveInfinity;
        // A bead wider than a new one is taken apart only as a shift: it gives up a sentence at one end and takes back
        // the unpaired sentence of the same side at the other. Without that trace, a sentence at its edge that shares a
        // word with an unpaired sentence elsewhere (a text repeated, where each copy's left-out sentence is near the
        // next copy's bead) is no moved sentence. A narrower bead is never widened: beside an unpaired sentence it is
        // the path's ordinary choice, and widening what is left of it let rematches on edited text take good beads apart.
        // Counted in place rather than gathered: this runs for every candidate move, and a list each was a measurable
        // share of what the pass allocated on long inputs.
        var (anyWide, gaveSource, gaveTarget) = (false, false, false);
        foreach (var b in affected)
        {
            var bead = beads[b];
            if (bead.Source.Count > Widest || bead.Target.Count > Widest)
            {
                anyWide = true;
                gaveSource |= bead.Source.Start < source.End && source.Start < bead.Source.End;
                gaveTarget |= bead.Target.Start < target.End && target.Start < bead.Target.End;
            }
        }

        var regained = anyWide ? Regained(beads, ofSource, ofTarget, affected, restSource, restTarget, gaveSource, gaveTarget, scorer) : null;
        if (anyWide && !(regained is { } g && g.Cost - g.Skipped < Math.Min(skipped, rest)))
        {
            return null;
        }

        if (regained is { } r && r.Cost - r.Skipped < Math.Min(skipped, rest))
        {
            // The regained sentence's own bead is taken apart too: its cost counts before, and the kept part as the
            // rest, however it compares with leaving what is left unpaired.
            (restSource, restTarget, rest, before, skipped) = (r.Source, r.Target, r.Cost, before + r.Skipped, double.PositiveInfinity);
            affected = [.. affected, r.Bead];
        }

        var gain = before - paired - Math.Min(skipped, rest);

        var confidence = 1 / (1 + Math.Exp(-Aligner.ConfidenceTemper * gain));
        List<Bead> made = [new Bead(source, target, confidence)];
        if (rest < skipped)
        {
            made.Add(new Bead(restSource!.Value, restTarget!.Value, confidence));
        }
        else
        {
            made.AddRange(leftSources.Select(i => new Bead(new SentenceSpan(i, 1), new SentenceSpan(0, 0), confidence)));
            made.AddRange(leftTargets.Select(j => new Bead(new SentenceSpan(0, 0), new SentenceSpan(j, 1), confidence)));
        }

        return new Move(gain, affected, made);
    }

    /// <summary>
    /// What a bead taken apart keeps, widened by one unpaired sentence beside it on a side (<paramref name="fromSource"/>,
    /// <paramref name="fromTarget"/>) the bead gave a sentence up from: the sentence the path pushed out of the bead's far
    /// end when it poured a moved sentence in at the near end. Null when no such sentence pairs.
    /// </summary>
    private static (SentenceSpan Source, SentenceSpan Target, double Cost, double Skipped, int Bead)? Regained(
        List<Bead> beads, int[] ofSource, int[] ofTarget, int[] affected, SentenceSpan? restSource, SentenceSpan? restTarget, bool fromSource, bool fromTarget, BeadScorer scorer)
    {
        if (restSource is not { } rs || restTarget is not { } rt)
        {
            return null;
        }

        (SentenceSpan, SentenceSpan, double, double, int)? best = null;
        foreach (var (source, target, b, skippedCost) in Neighbours())
        {
            var cost = Cost(source, target, scorer);
            if (!double.IsPositiveInfinity(cost) && (best is not { } x || cost - skippedCost < x.Item3 - x.Item4))
            {
                best = (source, target, cost, skippedCost, b);
            }
        }

        return best;

        IEnumerable<(SentenceSpan, SentenceSpan, int, double)> Neighbours()
        {
            if (fromTarget && rt.Count < WidestMerged)
            {
                foreach (var j in new[] { rt.Start - 1, rt.End })
                {
                    if (j >= 0 && j < ofTarget.Length && beads[ofTarget[j]].Source.IsEmpty && !affected.Contains(ofTarget[j]))
                    {
                        yield return (rs, new SentenceSpan(Math.Min(j, rt.Start), rt.Count + 1), ofTarget[j], Cost(default, new SentenceSpan(j, 1), scorer));
                    }
                }
            }

            if (fromSource && rs.Count < WidestMerged)
            {
                foreach (var i in new[] { rs.Start - 1, rs.End })
                {
                    if (i >= 0 && i < ofSource.Length && beads[ofSource[i]].Target.IsEmpty && !affected.Contains(ofSource[i]))
                    {
                        yield return (new SentenceSpan(Math.Min(i, rs.Start), rs.Count + 1), rt, ofSource[i], Cost(new SentenceSpan(i, 1), default, scorer));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether another move, pairing one side of this move's bead with other sentences, saves nearly as much: then the
    /// evidence does not say where the sentence belongs (a sentence repeated word for word, a stock phrase), only that
    /// it resembles more than one, and the path's choice stands. A rival beyond <see cref="MovedSentences.Window"/>
    /// of where the path puts its source does not count against a move within it: a long text that repeats a passage
    /// in each of its parts offers every copy, and the one at hand is the one that moved. Nor does a rival that saves
    /// just as much when a third move, saving just as much too, takes the rival's other place in order with this one:
    /// two copies of a sentence each resemble both copies of its translation, and a translator keeps the order of what
    /// moved, so the first copy takes the first place and the second the second.
    /// </summary>
    private static bool Ambiguous(Move move, MovesByPlace moves, int[] expected)
    {
        var bead = move.Beads[0];
        var near = Distance(bead) <= MovedSentences.Window;
        return moves.Touching(bead.Source, bead.Target).Any(other => !ReferenceEquals(other, move) && other.Gain >= move.Gain - Margin
            && (Overlaps(other.Beads[0].Source, bead.Source) != Overlaps(other.Beads[0].Target, bead.Target))
            && !(near && Distance(other.Beads[0]) > MovedSentences.Window)
            && !TakenInOrder(other));

        // The rival's other place (its target when it shares this source, its source when it shares this target) is
        // another sentence's, in the order of this move.
        bool TakenInOrder(Move rival)
        {
            if (Math.Abs(rival.Gain - move.Gain) > Tie)
            {
                return false;
            }

            var r = rival.Beads[0];
            var sharesSource = Overlaps(r.Source, bead.Source);
            return (sharesSource ? moves.Touching(default, r.Target) : moves.Touching(r.Source, default)).Any(third =>
            {
                var x = third.Beads[0];
                return !ReferenceEquals(third, move) && !ReferenceEquals(third, rival) && Math.Abs(third.Gain - move.Gain) <= Tie && (sharesSource
                    ? Overlaps(x.Target, r.Target) && !Overlaps(x.Source, bead.Source) && (x.Source.Start > bead.Source.Start) == (r.Target.Start > bead.Target.Start)
                    : Overlaps(x.Source, r.Source) && !Overlaps(x.Target, bead.Target) && (x.Target.Start > bead.Target.Start) == (r.Source.Start > bead.Source.Start));
            });
        }

        static bool Overlaps(SentenceSpan a, SentenceSpan b) => a.Start < b.End && b.Start < a.End;
        int Distance(Bead b) => Math.Abs(b.Target.Start - expected[b.Source.Start]);
    }

    /// <summary>
    /// The candidate moves by the sentences their new bead pairs, so that a move's rivals (which share a sentence with
    /// it) are looked up rather than sought among all moves: where a text repeats itself, the moves that tie are many,
    /// and comparing each with every other, and each rival with every other again, grew with their cube.
    /// </summary>
    private sealed class MovesByPlace
    {
        private readonly Dictionary<int, List<Move>> bySource = [];
        private readonly Dictionary<int, List<Move>> byTarget = [];

        public MovesByPlace(List<Move> moves)
        {
            foreach (var move in moves)
            {
                Add(bySource, move.Beads[0].Source, move);
                Add(byTarget, move.Beads[0].Target, move);
            }

            static void Add(Dictionary<int, List<Move>> index, SentenceSpan span, Move move)
            {
                for (var k = span.Start; k < span.End; k++)
                {
                    if (!index.TryGetValue(k, out var list))
                    {
                        index[k] = list = [];
                    }

                    list.Add(move);
                }
            }
        }

        /// <summary>Every move whose bead holds a sentence of <paramref name="source"/> or of <paramref name="target"/> (some more than once).</summary>
        public IEnumerable<Move> Touching(SentenceSpan source, SentenceSpan target)
        {
            for (var i = source.Start; i < source.End; i++)
            {
                if (bySource.TryGetValue(i, out var list))
                {
                    foreach (var move in list)
                    {
                        yield return move;
                    }
                }
            }

            for (var j = target.Start; j < target.End; j++)
            {
                if (byTarget.TryGetValue(j, out var list))
                {
                    foreach (var move in list)
                    {
                        yield return move;
                    }
                }
            }
        }
    }

    /// <summary>The sentences as one span of at most <see cref="Widest"/>, or null.</summary>
    private static SentenceSpan? Contiguous(List<int> sentences)
    {
        if (sentences.Count == 0 || sentences.Count > Widest)
        {
            return null;
        }

        sentences.Sort();
        return sentences[^1] - sentences[0] == sentences.Count - 1 ? new SentenceSpan(sentences[0], sentences.Count) : null;
    }

    /// <summary>What the scorer charges for a bead; an unpaired span is charged sentence by sentence, as the lattice made it.</summary>
    private static double Cost(SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        if (source.Count + target.Count > 1 && (source.IsEmpty || target.IsEmpty))
        {
            return source.Indices.Sum(i => Cost(new SentenceSpan(i, 1), default, scorer)) + target.Indices.Sum(j => Cost(default, new SentenceSpan(j, 1), scorer));
        }

        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        return scorer.CostAcross(region, 0, 0, source.Count, target.Count);
    }

    private static bool Unpaired(Bead bead) => bead.Source.IsEmpty != bead.Target.IsEmpty;

    /// <summary>
    /// The beads in source order. Each unpaired target sentence a move left is placed just after the source side of
    /// the bead that holds the target sentence before it, where a reader of the bitext looks for it; one that sat
    /// inside the source side of a new bead of two sentences moves to just after it.
    /// </summary>
    private static List<Bead> Ordered(List<Bead> beads, List<Bead> unpairedTargets, int sourceCount, int targetCount)
    {
        var (sourceEndOf, known) = (new int[targetCount], new bool[targetCount]);
        var (startAt, endAt) = (new int[sourceCount], new int[sourceCount]);
        foreach (var bead in beads.Where(b => !b.Source.IsEmpty))
        {
            foreach (var j in bead.Target.Indices)
            {
                (sourceEndOf[j], known[j]) = (bead.Source.End, true);
            }

            foreach (var i in bead.Source.Indices)
            {
                (startAt[i], endAt[i]) = (bead.Source.Start, bead.Source.End);
            }
        }

        var placed = unpairedTargets.Select(b =>
        {
            var j = b.Target.Start - 1;
            while (j >= 0 && !known[j])
            {
                j--;
            }

            return b with { Source = new SentenceSpan(j >= 0 ? sourceEndOf[j] : 0, 0) };
        });
        return [.. beads.Where(b => !b.Source.IsEmpty)
            .Concat(beads.Where(b => b.Source.IsEmpty).Concat(placed).Select(b => Outside(b.Source.Start) == b.Source.Start ? b : b with { Source = new SentenceSpan(Outside(b.Source.Start), 0) }))
            .OrderBy(b => b.Source.Start).ThenBy(b => b.Source.IsEmpty ? 0 : 1).ThenBy(b => b.Target.Start)];

        int Outside(int position) => position < sourceCount && startAt[position] < position ? endAt[position] : position;
    }

    private sealed record Move(double Gain, int[] Affected, List<Bead> Beads);
}
