#!/usr/bin/env python3
"""Hard-wraps the corpora's plain texts as e-mail, e-books and terminal copies arrive: no pages, lines cut at a width.

Usage: make-wrapped.py CORPORA_DIR OUT_DIR [VARIANT ...]

Each variant wraps English and Chinese its own way and writes OUT_DIR/<short>.<variant>.<lang>.txt, where <short> is the
corpus folder's first word. English is wrapped as `fold -s -w N` does (at the last space that fits, a longer word cut at
N), counting characters rather than bytes, or greedily as a mail client does (a word longer than the line is left
whole). Chinese is cut every N characters, whatever they are, or wrapped by display width (a Han character two columns,
Latin words kept whole, no line starting with a closing mark). Paragraphs are parted by a blank line, by an indented
first line with no blank lines (four spaces in English, two full-width spaces in Chinese), or by nothing (a PDF viewer's
copy: a paragraph ends where its last line stops short). Some variants end lines CRLF.
Each source line is a paragraph (a source that is itself hard-wrapped is unwrapped first); the source's blank lines are kept or dropped with the variant's paragraph style.
"""
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

CLOSERS = set("，。、；：？！）》」』”’】〕…—")


def fold_s(line, width):
    """`fold -s -w width`, counting characters: break after the last space within the width, else cut the word."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            out.append(line[:width])
            line = line[width:]
        else:
            out.append(line[:cut + 1])
            line = line[cut + 1:]
    out.append(line)
    return out


def cut_at(line, width):
    """Plain `fold -w width` (no -s), counting characters: every line cut at the width, inside words too."""
    return [line[i:i + width] for i in range(0, len(line), width)] or [""]


def greedy(line, width):
    """A mail client's wrap: words never broken, a word longer than the line left on its own line."""
    return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]


def cut_every(line, count):
    """Chinese cut at a fixed count of characters, inside words, numbers and addresses too."""
    return [line[i:i + count] for i in range(0, len(line), count)] or [""]


def columns(c):
    """Display columns as a Chinese terminal counts them: wide, full-width and ambiguous (curly quotes, dashes) two."""
    return 2 if unicodedata.east_asian_width(c) in "WFA" else 1


def by_display_width(line, width):
    """Chinese wrapped at a display width: between any two CJK characters, Latin words whole, closers not first."""
    tokens, word = [], ""
    for c in line:
        if c.isascii() and not c.isspace():
            word += c
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(c)
    if word:
        tokens.append(word)
    out, current, used = [], "", 0
    for t in tokens:
        w = sum(columns(c) for c in t)
        if used + w > width and current.strip() and not (t[0] in CLOSERS):
            out.append(current.rstrip(" "))
            current, used = "", 0
            if t == " ":
                continue
        current += t
        used += w
    out.append(current)
    return out


VARIANTS = {
    # name: (English wrap, Chinese wrap, paragraphs by a blank line / an indent / nothing, CRLF)
    "fold60": (lambda l: fold_s(l, 60), lambda l: cut_every(l, 30), "blank", False),
    "fold72": (lambda l: fold_s(l, 72), lambda l: cut_every(l, 34), "blank", False),
    "fold76-indent": (lambda l: fold_s(l, 76), lambda l: cut_every(l, 36), "indent", False),
    "wrap72-crlf": (lambda l: greedy(l, 72), lambda l: cut_every(l, 40), "blank", True),
    "wrap76-indent-crlf": (lambda l: greedy(l, 76), lambda l: by_display_width(l, 76), "indent", True),
    # `fold -w 60` without -s: English words cut wherever the 60th character falls.
    "cut60": (lambda l: cut_at(l, 60), lambda l: cut_every(l, 30), "blank", False),
    # A PDF viewer's copy: every line broken where the page broke it, no blank lines, no indents; a paragraph ends
    # only where its last line stops short.
    "viewer-copy": (lambda l: greedy(l, 80), lambda l: by_display_width(l, 80), "none", False),
}


def is_row(line):
    """A table's row: cells a tab or a run of spaces apart (a paragraph's label and its tab aside)."""
    body = line.split("\t", 1)[1] if re.match(r"^\S{1,8}\t", line) else line
    return "\t" in body or "   " in body


def width(text):
    return sum(columns(c) for c in text)


def first_word(text):
    if text and columns(text[0]) == 2:
        return text[0]
    return text.split(" ")[0]


def unwrapped(text):
    """The source's paragraphs on one line each, when the source is itself hard-wrapped (no line of text over 100
    columns): a line is joined to the next when the next one's first word would not have fitted on it."""
    lines = text.split("\n")
    measure = max((width(l) for l in lines if not is_row(l)), default=0)
    if measure > 100:
        return text
    out = []
    for line in lines:
        previous = out[-1] if out else ""
        if previous.strip() and line.strip() and not is_row(previous) and not is_row(line) \
                and width(previous) + 1 + width(first_word(line)) > measure:
            cjk = columns(previous[-1]) == 2 or columns(line[0]) == 2
            out[-1] = previous + ("" if cjk else " ") + line
        else:
            out.append(line)
    return "\n".join(out)


def wrap_text(text, wrap, paragraphs, lang):
    text = unwrapped(text)
    indent = paragraphs == "indent"
    lead = "\u3000\u3000" if lang == "zh" else "    "
    out = []
    for line in text.split("\n"):
        if not line.strip():
            if paragraphs == "blank":
                out.append("")
            continue
        if is_row(line):
            # A table's row (cells a tab or a run of spaces apart) is laid out already: a mail or an e-book keeps it.
            out.append((lead if indent else "") + line)
            continue
        out.extend(wrap(lead + line if indent else line))
    return "\n".join(out).rstrip("\n") + "\n"


def main():
    corpora, target = Path(sys.argv[1]), Path(sys.argv[2])
    names = sys.argv[3:] or list(VARIANTS)
    target.mkdir(parents=True, exist_ok=True)
    for corpus in sorted(p for p in corpora.iterdir() if (p / "gold.beads").exists()):
        short = corpus.name.split("-")[0]
        for name in names:
            english, chinese, paragraphs, crlf = VARIANTS[name]
            for lang, wrap in (("en", english), ("zh", chinese)):
                text = (corpus / f"{lang}.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
                wrapped = wrap_text(text, wrap, paragraphs, lang)
                if crlf:
                    wrapped = wrapped.replace("\n", "\r\n")
                (target / f"{short}.{name}.{lang}.txt").write_bytes(wrapped.encode("utf-8"))


if __name__ == "__main__":
    main()
