#!/usr/bin/env bash
# Typesets the diary as a two-column journal page (typeset-diary-columns.py: a flat ODT written whole; US Letter, two
# justified serif columns with a 0.5 cm gutter, indented paragraphs without space between them, dated entries' headings
# in their column, a running head with the page's number beside it), a layout made to measure the text reader on
# pdftotext -layout and -raw pages with columns side by side that its rules were not written against. The PDF and the
# text pdftotext takes from it (-raw and -layout) go to tests/TestData/Documents/DiaryColumns as diary-columns.*; the
# corpus's own gold is the page's.
#
# usage: tests/Fixtures/make-diary-columns-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/DiaryColumns}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-diary-columns.py" "$root/corpora/diary-salt-road" "$lang" "$work/diary-columns.$lang.fodt"
  publish "diary-columns.$lang"
done
