#!/usr/bin/env bash
# Typesets documents through a fourth route (typeset-ecosoc.py: a flat ODT written whole, in the manner of an ECOSOC
# paper: a first page with its own header and the front matter side by side in a table, page numbers in the header,
# two-level paragraph numbers, centred letter-spaced chapter headings, an italic preamble, wide tables on a landscape
# page, Chinese justified with wide letter spacing), made to measure the readers on a layout their rules were not
# written against: the report, the financial report, the speeches and the letter, each as PDF and Word (.docx) with
# the text pdftotext takes from the PDF (-raw and -layout). The results are committed under tests/TestData/Documents
# as *-ecosoc.*.
#
# usage: tests/Fixtures/make-ecosoc-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
. "$(dirname "$0")/fixture-setup.sh"

# paper CORPUS NAME SYMBOL: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt.
paper() {
  local name="$2" symbol="$3"
  for lang in zh en; do
    blocks "$1" "$lang" "$work/$lang.json"
    python3 "$here/typeset-ecosoc.py" "$work/$lang.json" "$work/$name.$lang.fodt" "$symbol"
    (cd "$work" && soffice --headless --convert-to pdf "$name.$lang.fodt" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$name.$lang.fodt" >/dev/null 2>&1)
    cp "$work/$name.$lang.pdf" "$work/$name.$lang.docx" "$out/"
    extract "$out/$name.$lang.pdf"
  done
}

paper unodc-cybercrime-eg4-2021 report-ecosoc E/CN.15/2021/2
paper financial-pension-fund-2026 financial-ecosoc JSPB/41/R.5
paper speeches-second-committee-sustainable-development speeches-ecosoc A/C.2/82/SR.14
paper letter-mountain-water-forum forum-ecosoc A/82/311
