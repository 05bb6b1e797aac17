#!/usr/bin/env bash
# Typesets the software help page of tests/TestData/Probes (manual.{zh,en}.txt: a user guide to an online service,
# numbered sections, numbered steps with their titles, captions, a table of fields, notes, a FAQ) as a web page through
# typeset-html.py (the book's page: JIS B5, the title at the head of every page, `- n -` at the foot, section headings
# numbered, the table of fields as a table under its caption), then as PDF and Word (.docx) with the text pdftotext
# takes from the PDF (-raw and -layout). The results are committed under tests/TestData/Documents as manual-book.*.
#
# The typesetter's blocks are written here from the text's lines (each line of a help page is one paragraph, heading
# or caption), not read by `alignment segment --json`, so that the typeset page does not depend on how the text reader
# joins lines and cuts captions: that is what these files measure.
#
# usage: tests/Fixtures/make-manual-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"

# lines_as_blocks LANG: the blocks of manual.LANG.txt in the shape `segment --json` gives them, one block a line: the first two
# lines the titles, the third the version line, `1.` a numbered section heading, `(a)` an item, a step's title or a
# caption (`Step 1.`, `Table 1.`, `步骤1.`, `表1.`) an unnumbered heading, tab-separated cells a row, the rest paragraphs.
lines_as_blocks() {
  python3 - "$root/tests/TestData/Probes/manual.$1.txt" "$1" <<'PY'
import json, re, sys
path, lang = sys.argv[1:3]
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
blocks = []
for n, line in enumerate(lines):
    kind, label, anchor, text = "Paragraph", "", "", line
    if n < 2:
        kind = "Title"
    elif n == 2:
        kind = "Metadata"
    elif m := re.match(r"(\d+)\. (.*)", line):
        kind, label, anchor, text = "Heading", f"{m[1]}.", m[1], m[2]
    elif m := re.match(r"(\([a-z]\)) (.*)", line):
        kind, label, anchor, text = "ListItem", m[1], m[1], m[2]
    elif re.match(r"(?:Step|Table|Figure|Box) \d+\. |(?:步骤|表|图|专栏)\d+\. ", line):
        kind = "Heading"
    blocks.append(dict(kind=kind, label=label, anchor=anchor, path=anchor, sentences=[dict(text=text)]))
json.dump(dict(language=lang, blocks=blocks), sys.stdout, ensure_ascii=False, indent=1)
PY
}

for lang in zh en; do
  lines_as_blocks "$lang" >"$work/$lang.json"
  book "$work/$lang.json" manual-book "$lang" 0
done
