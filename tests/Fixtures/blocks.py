"""What every typesetter here reads of the blocks `alignment segment --json` gives: a block's text, the notes and the
superscript markers that cite them, rows of figures and the labels list numbering can generate.

Imported by typeset.py, typeset-word.py, typeset-html.py and typeset-ecosoc.py (each puts this folder on its path)."""
import re

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def block_text(block, lang):
    """A block's sentences as one paragraph: run together in Chinese, a space between them in English."""
    return ("" if lang == "zh" else " ").join(s["text"] for s in block["sentences"])


def notes(blocks, lang):
    """Each footnote's text by its anchor (its number)."""
    return {b["anchor"]: block_text(b, lang) for b in blocks if b["kind"] == "Footnote"}


def marker_number(run):
    """The number a run of superscript digits writes."""
    return "".join(str(SUPERSCRIPT.index(c)) for c in run)


def cited(blocks):
    """The anchors some superscript marker in the text cites; a note no marker cites (a table's note, cited as 1/ in a
    row) is printed where it stands."""
    return {marker_number(run)
            for b in blocks for s in b["sentences"]
            for run in "".join(c if c in SUPERSCRIPT else " " for c in s["text"]).split()}


def pieces(text, known):
    """The text cut at its note markers: (False, plain text) and (True, anchor) in order, a marker only where its
    number is in `known` (other superscript digits stay text)."""
    plain, i = [], 0
    while i < len(text):
        if text[i] in SUPERSCRIPT:
            j = i
            while j < len(text) and text[j] in SUPERSCRIPT:
                j += 1
            anchor = marker_number(text[i:j])
            if anchor in known:
                if plain:
                    yield False, "".join(plain)
                    plain = []
                yield True, anchor
                i = j
                continue
        plain.append(text[i])
        i += 1
    if plain:
        yield False, "".join(plain)


def is_row(block, lang):
    """A paragraph that is a row of a table of figures: cells apart by tabs or runs of spaces."""
    text = block_text(block, lang)
    return block["kind"] == "Paragraph" and ("\t" in text or re.search(r"\S {3,}\S", text) is not None)


def row_cells(rows):
    """Each row's cells; a row that starts with a figure (the years over the columns) has nothing in its first."""
    return [([""] if r.strip()[:1].isdigit() else []) + re.split(r"\t| {2,}", r.strip()) for r in rows]


def roman_value(anchor):
    if anchor.isdigit():
        return int(anchor)
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for k, c in enumerate(anchor):
        v = values[c]
        total += -v if k + 1 < len(anchor) and values[anchor[k + 1]] > v else v
    return total


def list_level(kind, anchor):
    """The level and value of a label list numbering can generate (1. / (a) / (i)), or None."""
    if kind == "NumberedParagraph" and anchor.isdigit():
        return 0, int(anchor)
    m = re.fullmatch(r"\(([a-z])\)", anchor)
    if kind == "ListItem" and m:
        return 1, ord(m.group(1)) - ord("a") + 1
    m = re.fullmatch(r"\(([ivx]+)\)", anchor)
    if kind == "ListItem" and m:
        return 2, roman_value(m.group(1).upper())
    return None
