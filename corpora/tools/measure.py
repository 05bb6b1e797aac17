#!/usr/bin/python3
"""Measures the alignment tool on the corpus pairs against their gold data.

Usage: measure.py ALIGNMENT_COMMAND [PAIR_DIR ...]   (default: every pair folder next to tools/)
ALIGNMENT_COMMAND runs the CLI, e.g. "alignment" when installed, or "dotnet run --project src/Alignment.Cli --".

For each pair it prints:
  - segmentation: how many gold sentences `segment` reproduces exactly and in order (the longest common
    subsequence of the two line lists), per side, and how many sentences the tool made;
  - strict and lax F1 of `align zh.txt en.txt -o x.beads` (end to end: reader, segmenter and aligner, scored as
    the evaluation scripts do, so a bead counts only when the tool's sentences match the gold ones too);
  - the same end-to-end alignment scored by text instead of by index (`align ... -o x.jsonl --labels strip`: a unit
    counts when its Chinese and English text, whitespace removed, equal those of a gold bead), so that one sentence
    split differently early in the file does not shift every index after it; over paired units and beads only;
  - strict and lax F1 of `align --presegmented zh.sentences.txt en.sentences.txt` (the aligner alone);
and writes the beads and segments it got to a temporary folder it names, for inspection.
"""
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path


def run(command, *args, stdout=None):
    result = subprocess.run([*command, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} {' '.join(map(str, args))} failed: {result.stderr.strip()}")
    if stdout:
        Path(stdout).write_text(result.stdout, encoding="utf-8")
    return result.stdout


def common_in_order(gold, test):
    """Length of the longest common subsequence of two line lists."""
    previous = [0] * (len(test) + 1)
    for g in gold:
        current = [0]
        for j, t in enumerate(test):
            current.append(previous[j] + 1 if g == t else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def lines(path):
    return Path(path).read_text(encoding="utf-8").splitlines()


def scores(command, gold, test):
    return json.loads(run(command, "evaluate", "--gold", gold, "--test", test, "--json"))


def squeezed(text):
    return "".join(text.split())


def text_f1(folder, units_path):
    """F1 of the tool's paired units against the gold beads with both sides, compared by text."""
    zh, en = lines(folder / "zh.sentences.txt"), lines(folder / "en.sentences.txt")
    gold = set()
    for line in lines(folder / "gold.beads"):
        source, target = (side.strip("[]") for side in line.split("]:[", 1))
        z = [int(i) for i in source.split(",") if i.strip()]
        e = [int(i) for i in target.rstrip("]").split(",") if i.strip()]
        if z and e:
            gold.add((squeezed("".join(zh[i] for i in z)), squeezed("".join(en[i] for i in e))))
    test = set()
    for line in lines(units_path):
        unit = json.loads(line)
        if unit["source"].strip() and unit["target"].strip():
            test.add((squeezed(unit["source"]), squeezed(unit["target"])))
    hits = len(gold & test)
    precision, recall = hits / max(len(test), 1), hits / max(len(gold), 1)
    return 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)


def measure(command, folder, scratch):
    out = scratch / folder.name
    out.mkdir(parents=True, exist_ok=True)
    parts = [folder.name]
    for language in ("zh", "en"):
        segmented = out / f"{language}.segments.txt"
        run(command, "segment", "--lang", language, folder / f"{language}.txt", stdout=segmented)
        # `segment` prints a table row's tabs escaped (\t), as it does every control character; the gold keeps them.
        gold, test = lines(folder / f"{language}.sentences.txt"), [line.replace("\\t", "\t") for line in lines(segmented)]
        same = common_in_order(gold, test)
        parts.append(f"segments {language} {same}/{len(gold)} = {same / len(gold):.3f} (tool made {len(test)})")
    raw = out / "raw.beads"
    run(command, "align", folder / "zh.txt", folder / "en.txt", "-o", raw)
    end_to_end = scores(command, folder / "gold.beads", raw)
    units = out / "raw.jsonl"
    run(command, "align", folder / "zh.txt", folder / "en.txt", "--labels", "strip", "-o", units)
    by_text = text_f1(folder, units)
    pre = out / "presegmented.beads"
    run(command, "align", "--presegmented", folder / "zh.sentences.txt", folder / "en.sentences.txt", stdout=pre)
    presegmented = scores(command, folder / "gold.beads", pre)
    parts.append(f"raw strict F1 {end_to_end['f1_strict']:.3f} (lax {end_to_end['f1_lax']:.3f}, by text {by_text:.3f})")
    parts.append(f"presegmented strict F1 {presegmented['f1_strict']:.3f} (lax {presegmented['f1_lax']:.3f})")
    print("; ".join(parts))


def main(args):
    if not args:
        raise SystemExit(__doc__)
    command = shlex.split(args[0])
    folders = [Path(a) for a in args[1:]]
    if not folders:
        root = Path(__file__).resolve().parent.parent
        folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "gold.beads").exists())
    scratch = Path(tempfile.mkdtemp(prefix="corpus-measure-"))
    print(f"outputs in {scratch}")
    for folder in folders:
        measure(command, folder, scratch)


if __name__ == "__main__":
    main(sys.argv[1:])
