#!/usr/bin/env bash
# Typesets documents through a fourth route (typeset-ecosoc.py: a flat ODT written whole, in the manner of an ECOSOC
# paper: a first page with its own header and the front matter side by side in a table, page numbers in the header,
# two-level paragraph numbers, centred letter-spaced chapter headings, an italic preamble, wide tables on a landscape
# page, Chinese justified with wide letter spacing; or its `letter` layout, a General Assembly paper on Letter paper,
# or its `geneva` layout, an A4 paper of the Office at Geneva, or its `newyork` layout, an A4 paper of Headquarters with
# its numbers hung in the margin, or its `vienna` layout, a Letter paper of the Office at Vienna with the symbol atop
# every page, or its `nairobi` layout, an A4 paper of the Office at Nairobi with its masthead in a ruled table, headings
# without numbers and notes at the end, or its `rome` layout, an A4 paper of the Rome-based agencies with a running
# header on every page and its masthead in a ruled box),
# made to measure the readers on layouts their rules were not written against, each as PDF and Word (.docx) with the
# text pdftotext takes from the PDF (-raw and -layout). With no pairs named it makes the report, the financial report,
# the speeches and the letter in the ECOSOC layout, committed under tests/TestData/Documents as *-ecosoc.*;
# make-un-held-out-documents.sh names the held-out UN pairs it typesets.
#
# usage: tests/Fixtures/make-ecosoc-documents.sh [OUT [PAIR NAME SYMBOL LAYOUT]...]
#   PAIR: a folder of corpora/ or a pair's folder under the repository; NAME: the files' name in OUT; SYMBOL: the
#   document symbol the headers carry; LAYOUT: ecosoc, letter, geneva, newyork, vienna, nairobi or rome.     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
. "$(dirname "$0")/fixture-setup.sh" "${1:-}"
shift || true

# paper PAIR NAME SYMBOL LAYOUT: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt.
paper() {
  local name="$2" symbol="$3" layout="$4"
  for lang in zh en; do
    blocks "$1" "$lang" "$work/$lang.json"
    # The symbol goes in the first page's header and the later pages' headers, as UN documents set it, not again in
    # the body (a text whose masthead holds it as a line of its own, as the held-out pairs' do).
    python3 -c 'import json, sys
path, symbol = sys.argv[1:]
doc = json.load(open(path, encoding="utf-8"))
doc["blocks"] = [b for b in doc["blocks"] if " ".join(s["text"] for s in b["sentences"]) != symbol]
json.dump(doc, open(path, "w", encoding="utf-8"), ensure_ascii=False)' "$work/$lang.json" "$symbol"
    python3 "$here/typeset-ecosoc.py" "$work/$lang.json" "$work/$name.$lang.fodt" "$symbol" "$layout"
    publish "$name.$lang" docx
  done
}

if [ $# -eq 0 ]; then
  set -- unodc-cybercrime-eg4-2021 report-ecosoc E/CN.15/2021/2 ecosoc \
    financial-pension-fund-2026 financial-ecosoc JSPB/41/R.5 ecosoc \
    speeches-second-committee-sustainable-development speeches-ecosoc A/C.2/82/SR.14 ecosoc \
    letter-mountain-water-forum forum-ecosoc A/82/311 ecosoc
fi
[ $(($# % 4)) -eq 0 ] || { echo "pairs come as PAIR NAME SYMBOL LAYOUT" >&2; exit 2; }
while [ $# -gt 0 ]; do
  paper "$1" "$2" "$3" "$4"
  shift 4
done
