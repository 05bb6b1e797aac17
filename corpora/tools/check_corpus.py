#!/usr/bin/python3
"""Checks the hand-made gold data of corpus pairs against their raw files.

Usage: check_corpus.py [--write-counts] [PAIR_DIR ...]   (default: every pair folder next to tools/)

For each pair folder (zh.txt, en.txt, zh.sentences.txt, en.sentences.txt, gold.beads, terms.tsv):
  - sentence files: one non-empty sentence per line, no outer whitespace;
  - gold.beads: every line a bead [zh ids]:[en ids]; every sentence index of each side in exactly one bead;
  - text: the sentences of each side, in file order, are exactly the raw file's text apart from whitespace (line
    wraps, indentation, blank lines) and paragraph labels between sentences (12., 一., A., (a), （a）, 1/, ¹, 第三章, Chapter Three:);
  - terms.tsv: every pair occurs in the texts (Chinese as a substring of a Chinese sentence, English as whole words,
    case-insensitive, in an English sentence); a trailing comment "# zh N, en M, beads K" must state how many
    sentences hold each side and how many gold beads hold both; --write-counts rewrites those comments.
Prints one summary line per pair and every problem; exits 1 when any check fails.
"""
import re
import sys
from collections import Counter
from pathlib import Path

LABEL = re.compile(
    r"(?:\d{1,4}[.．、]|[０-９]{1,4}[．、]|[一二三四五六七八九十]+[.．、]|[IVXLC]+\.|[A-Z]\.|"
    r"[-–—•·]?[(（](?:[a-z]|[0-9]{1,2}|[一二三四五六七八九十]+)[)）]|\d{1,2}/|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|[-–—•·]|"
    r"第[一二三四五六七八九十百零〇0-9]+章|Chapter(?:[A-Z][a-z]+|[IVXLC]+|\d{1,3}):?)")
BEAD = re.compile(r"^\[([0-9, ]*)\]\s*:\s*\[([0-9, ]*)\]$")
LINK_RESIDUE = re.compile(r"\[([^\]\n]*)\]\(#\)")
COUNTS = re.compile(r"^#\s*zh (\d+), en (\d+), beads (\d+)\b")


class Pair:
    def __init__(self, folder):
        self.folder = folder
        self.problems = []

    def fail(self, message):
        self.problems.append(message)

    def lines(self, name):
        path = self.folder / name
        if not path.exists():
            self.fail(f"{name}: missing")
            return []
        text = path.read_text(encoding="utf-8")
        if text and not text.endswith("\n"):
            self.fail(f"{name}: no newline at the end")
        return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def check_sentences(pair, name):
    sentences = pair.lines(name)
    for number, line in enumerate(sentences, 1):
        if not line.strip():
            pair.fail(f"{name}:{number}: empty line")
        elif line != line.strip():
            pair.fail(f"{name}:{number}: whitespace at the start or end")
    return sentences


def check_beads(pair, zh_count, en_count):
    beads = []
    for number, line in enumerate(pair.lines("gold.beads"), 1):
        match = BEAD.match(line.strip())
        if not match:
            pair.fail(f"gold.beads:{number}: '{line}' is not a bead")
            continue
        sides = [[int(i) for i in side.split(",") if i.strip()] for side in match.groups()]
        if not sides[0] and not sides[1]:
            pair.fail(f"gold.beads:{number}: both sides empty")
        beads.append((number, sides[0], sides[1]))
    for side, count, language in ((1, zh_count, "zh"), (2, en_count, "en")):
        seen = Counter(i for bead in beads for i in bead[side])
        for index in range(count):
            if seen[index] != 1:
                pair.fail(f"gold.beads: {language} sentence {index} is in {seen[index]} beads")
        for index in seen:
            if index >= count:
                pair.fail(f"gold.beads: {language} index {index} is past the last sentence ({count - 1})")
    return beads


def squeeze(text):
    """The text without whitespace, and for each kept character its line number in the original."""
    chars, line_of, line = [], [], 1
    for c in text:
        if c == "\n":
            line += 1
        if not c.isspace():
            chars.append(c)
            line_of.append(line)
    return "".join(chars), line_of


def only_labels(gap):
    return LABEL.sub("", gap) == "" if gap else True


def check_text(pair, raw_name, sentences_name, sentences):
    path = pair.folder / raw_name
    if not path.exists():
        pair.fail(f"{raw_name}: missing")
        return
    # Link residue of a PDF-to-Markdown extraction ([E/CN.15/2011/19](#)) is a repair the reader makes.
    text = LINK_RESIDUE.sub(lambda m: m.group(1), path.read_text(encoding="utf-8-sig"))
    raw, line_of = squeeze(text)
    position = 0
    for number, sentence in enumerate(sentences, 1):
        wanted = "".join(sentence.split())
        if not wanted:
            continue
        found = raw.find(wanted, position)
        if found < 0:
            at = line_of[position] if position < len(line_of) else "end"
            pair.fail(f"{sentences_name}:{number}: not found in {raw_name} after line {at}: {sentence[:60]}")
            continue
        gap = raw[position:found]
        if not only_labels(gap):
            pair.fail(f"{raw_name}:{line_of[position]}: text between sentences that no sentence holds: "
                      f"'{gap[:60]}' (before {sentences_name}:{number})")
        if LABEL.fullmatch(sentence.split(" ", 1)[0]) and " " in sentence and re.match(r"^\S+ ", sentence):
            first = sentence.split(" ", 1)[0]
            if re.fullmatch(r"\d{1,4}\.|\([a-z]\)|[IVX]+\.", first):
                pair.fail(f"{sentences_name}:{number}: starts with a label '{first}'")
        position = found + len(wanted)
    tail = raw[position:]
    if not only_labels(tail):
        pair.fail(f"{raw_name}:{line_of[position]}: text after the last sentence: '{tail[:60]}'")


def english_pattern(term):
    # Whole words, and whole numbers: "5 per cent" is not found inside "3.5 per cent" nor "1,800" inside "11,800".
    return re.compile(r"(?<![\w.,])" + re.escape(term) + r"(?![\w]|[.,]\d)", re.IGNORECASE)


def check_terms(pair, zh, en, beads, write_counts):
    path = pair.folder / "terms.tsv"
    if not path.exists():
        pair.fail("terms.tsv: missing")
        return 0
    out, terms = [], 0
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            out.append(line)
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0] or not fields[1]:
            pair.fail(f"terms.tsv:{number}: not Chinese<TAB>English")
            out.append(line)
            continue
        terms += 1
        chinese, english = fields[0], fields[1]
        pattern = english_pattern(english)
        zh_hits = {i for i, s in enumerate(zh) if chinese in s}
        en_hits = {i for i, s in enumerate(en) if pattern.search(s)}
        both = sum(1 for _, z, e in beads if zh_hits.intersection(z) and en_hits.intersection(e))
        if not zh_hits:
            pair.fail(f"terms.tsv:{number}: '{chinese}' is in no Chinese sentence")
        if not en_hits:
            pair.fail(f"terms.tsv:{number}: '{english}' is in no English sentence")
        if zh_hits and en_hits and both == 0:
            pair.fail(f"terms.tsv:{number}: '{chinese}' and '{english}' never share a gold bead")
        counted = f"# zh {len(zh_hits)}, en {len(en_hits)}, beads {both}"
        note = fields[2] if len(fields) > 2 else ""
        stated = COUNTS.match(note)
        if write_counts:
            rest = note[stated.end():] if stated else ""
            out.append(f"{chinese}\t{english}\t{counted}{rest}")
            continue
        if stated and tuple(map(int, stated.groups())) != (len(zh_hits), len(en_hits), both):
            pair.fail(f"terms.tsv:{number}: comment says '{stated.group(0)}', the texts give '{counted}'")
        out.append(line)
    if write_counts:
        path.write_text("\n".join(out), encoding="utf-8")
    return terms


def check(folder, write_counts):
    pair = Pair(folder)
    zh = check_sentences(pair, "zh.sentences.txt")
    en = check_sentences(pair, "en.sentences.txt")
    beads = check_beads(pair, len(zh), len(en))
    check_text(pair, "zh.txt", "zh.sentences.txt", zh)
    check_text(pair, "en.txt", "en.sentences.txt", en)
    terms = check_terms(pair, zh, en, beads, write_counts)
    if not (folder / "README.md").exists():
        pair.fail("README.md: missing")
    shapes = Counter(f"{len(z)}-{len(e)}" for _, z, e in beads)
    shape_text = ", ".join(f"{k} × {v}" for k, v in sorted(shapes.items(), key=lambda kv: -kv[1]))
    status = "ok" if not pair.problems else f"{len(pair.problems)} problem(s)"
    print(f"{folder.name}: zh {len(zh)}, en {len(en)} sentences; {len(beads)} beads ({shape_text}); "
          f"{terms} terms; {status}")
    for problem in pair.problems:
        print(f"  {problem}")
    return not pair.problems


def main(args):
    write_counts = "--write-counts" in args
    folders = [Path(a) for a in args if not a.startswith("--")]
    if not folders:
        root = Path(__file__).resolve().parent.parent
        folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "gold.beads").exists())
    ok = all([check(folder, write_counts) for folder in folders])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
