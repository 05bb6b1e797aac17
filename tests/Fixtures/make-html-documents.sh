#!/usr/bin/env bash
# Typesets documents through a third route (typeset-html.py: a web page that LibreOffice's HTML import lays out as a
# book's pages: JIS B5, the title centred at the head of every page, `- n -` at the foot, endnotes, paragraph numbers
# from HTML ordered lists, tables with captions), made to measure the readers on a layout their rules were not written
# against: the report, the financial report and the speeches, each as PDF and Word (.docx) with the text pdftotext
# takes from the PDF (-raw and -layout). The results are committed under tests/TestData/Documents as *-book.*.
#
# usage: tests/Fixtures/make-html-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/tests/TestData/Documents}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# ALIGNMENT_CLI names a folder with a built Alignment.Cli.dll to use instead of building one.
cli="${ALIGNMENT_CLI:-$work/cli}"
[ -n "${ALIGNMENT_CLI:-}" ] || dotnet build "$root/src/Alignment.Cli" -c Release -o "$cli" >/dev/null

# book CORPUS NAME TITLE_NUMBER: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt; the running
# title is the corpus's TITLE_NUMBER-th title block (from 0).
book() {
  local corpus="$root/corpora/$1" name="$2" title="$3"
  for lang in zh en; do
    dotnet "$cli/Alignment.Cli.dll" segment --json "$corpus/$lang.txt" >"$work/$lang.json"
    python3 "$here/typeset-html.py" "$work/$lang.json" "$work/$name.$lang.html" "$title"
    # Through an ODT: a PDF exported straight from the HTML import leaves the header and footer off every other page.
    (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to odt "$name.$lang.html" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --convert-to pdf "$name.$lang.odt" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$name.$lang.odt" >/dev/null 2>&1)
    cp "$work/$name.$lang.pdf" "$work/$name.$lang.docx" "$out/"
    pdftotext -enc UTF-8 -raw "$out/$name.$lang.pdf" "$out/$name.$lang.pdftotext-raw.txt"
    pdftotext -enc UTF-8 -layout "$out/$name.$lang.pdf" "$out/$name.$lang.pdftotext-layout.txt"
  done
}

book unodc-cybercrime-eg4-2021 report-book 0
book financial-pension-fund-2026 financial-book 4
book speeches-second-committee-sustainable-development speeches-book 4
