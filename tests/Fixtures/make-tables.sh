#!/usr/bin/env bash
# Typesets the short texts with tables of figures (tests/TestData/Documents/tables.{zh,en}.txt: figures set flush right,
# negative figures in brackets, dashes for nil, note and row numbers that read like labels) as PDF and Word files in
# three layouts with LibreOffice, and extracts each PDF's text with pdftotext (default mode, -layout and -raw). The
# results are committed under tests/TestData/Documents beside the texts, so the tests need none of these tools.
#
# usage: tests/Fixtures/make-tables.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source="$root/tests/TestData/Documents"
out="${1:-$source}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

for layout in a4 letter narrow; do
  for lang in zh en; do
    name="tables-$layout.$lang"
    python3 "$here/tables.py" "$layout" "$lang" "$source/tables.$lang.txt" "$work/$name.html"
    (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf "$name.html" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" "$name.html" >/dev/null 2>&1)
    cp "$work/$name.pdf" "$work/$name.docx" "$out/"
    pdftotext -enc UTF-8 "$out/$name.pdf" "$out/$name.pdftotext.txt"
    pdftotext -enc UTF-8 -layout "$out/$name.pdf" "$out/$name.pdftotext-layout.txt"
    pdftotext -enc UTF-8 -raw "$out/$name.pdf" "$out/$name.pdftotext-raw.txt"
  done
done
