#!/usr/bin/env bash
# Typesets two of the held-out UN pairs (tests/TestData/held-out-terms: the concluding observations of a treaty body and
# a summary record), which no reading rule was written against, as UN-style papers through typeset-ecosoc.py (a first
# page with its own header, `United Nations` beside the symbol, the symbol and page number in later pages' headers,
# footnotes at the foot of the page), as PDF and Word (.docx) with the text pdftotext takes from the PDF (-raw and
# -layout). The results are committed under tests/TestData/Documents/UnHeldOut, so the tests need none of these tools.
#
# usage: tests/Fixtures/make-un-held-out-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/fixture-setup.sh" "${1:-$here/../TestData/Documents/UnHeldOut}"

# paper PAIR NAME SYMBOL: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt.
paper() {
  local name="$2" symbol="$3"
  for lang in zh en; do
    blocks "tests/TestData/held-out-terms/$1" "$lang" "$work/$lang.json"
    # The symbol goes in the first page's header and the later pages' headers, as UN documents set it, not again in the body.
    python3 -c 'import json, sys
path, symbol = sys.argv[1:]
doc = json.load(open(path, encoding="utf-8"))
doc["blocks"] = [b for b in doc["blocks"] if " ".join(s["text"] for s in b["sentences"]) != symbol]
json.dump(doc, open(path, "w", encoding="utf-8"), ensure_ascii=False)' "$work/$lang.json" "$symbol"
    python3 "$here/typeset-ecosoc.py" "$work/$lang.json" "$work/$name.$lang.fodt" "$symbol"
    (cd "$work" && soffice --headless --convert-to pdf "$name.$lang.fodt" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$name.$lang.fodt" >/dev/null 2>&1)
    cp "$work/$name.$lang.pdf" "$work/$name.$lang.docx" "$out/"
    extract "$out/$name.$lang.pdf"
  done
}

paper concluding-observations-crc-child-rights concluding-observations CRC/C/LDA/CO/5-6
paper summary-record-second-committee-disaster-risk summary-record A/C.2/81/SR.15
