#!/usr/bin/env bash
# Typesets documents through a third route (typeset-html.py: a web page that LibreOffice's HTML import lays out as a
# book's pages: JIS B5, the title centred at the head of every page, `- n -` at the foot, endnotes, paragraph numbers
# from HTML ordered lists, tables with captions), made to measure the readers on a layout their rules were not written
# against: the report, the financial report and the speeches, each as PDF and Word (.docx) with the text pdftotext
# takes from the PDF (-raw and -layout). The results are committed under tests/TestData/Documents as *-book.*.
#
# usage: tests/Fixtures/make-html-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
. "$(dirname "$0")/fixture-setup.sh"

# book CORPUS NAME TITLE_NUMBER: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt; the running
# title is the corpus's TITLE_NUMBER-th title block (from 0).
book() {
  local name="$2" title="$3"
  for lang in zh en; do
    blocks "$1" "$lang" "$work/$lang.json"
    python3 "$here/typeset-html.py" "$work/$lang.json" "$work/$name.$lang.html" "$title"
    # Through an ODT: a PDF exported straight from the HTML import leaves the header and footer off every other page.
    (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to odt "$name.$lang.html" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --convert-to pdf "$name.$lang.odt" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$name.$lang.odt" >/dev/null 2>&1)
    cp "$work/$name.$lang.pdf" "$work/$name.$lang.docx" "$out/"
    extract "$out/$name.$lang.pdf"
  done
}

book unodc-cybercrime-eg4-2021 report-book 0
book financial-pension-fund-2026 financial-book 4
book speeches-second-committee-sustainable-development speeches-book 4
