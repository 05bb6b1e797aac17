#!/usr/bin/env bash
# Typesets documents through a third route (typeset-html.py: a web page that LibreOffice's HTML import lays out as a
# book's pages: JIS B5, the title centred at the head of every page, `- n -` at the foot, endnotes, paragraph numbers
# from HTML ordered lists, tables with captions), made to measure the readers on a layout their rules were not written
# against: the report, the financial report and the speeches, each as PDF and Word (.docx) with the text pdftotext
# takes from the PDF (-raw and -layout). The results are committed under tests/TestData/Documents as *-book.*.
#
# usage: tests/Fixtures/make-html-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
. "$(dirname "$0")/fixture-setup.sh"

# book_of CORPUS NAME TITLE_NUMBER: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt; the running
# title is the corpus's TITLE_NUMBER-th title block (from 0).
book_of() {
  for lang in zh en; do
    blocks "$1" "$lang" "$work/$lang.json"
    book "$work/$lang.json" "$2" "$lang" "$3"
  done
}

book_of unodc-cybercrime-eg4-2021 report-book 0
book_of financial-pension-fund-2026 financial-book 4
book_of speeches-second-committee-sustainable-development speeches-book 4
