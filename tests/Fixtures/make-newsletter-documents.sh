#!/usr/bin/env bash
# Typesets the interview as a two-column newsletter (typeset-newsletter.py: a flat ODT written whole; A4, two ragged
# columns with a 1 cm gutter, a paragraph boxed across both columns, a centred head and `Page N` foot), a layout made to
# measure the text reader on pdftotext -layout pages with columns side by side that its rules were not written against.
# The PDF and the text pdftotext takes from it (-raw and -layout) go to tests/TestData/Documents/Newsletter as
# interview-newsletter.*; the corpus's own gold is the newsletter's.
#
# usage: tests/Fixtures/make-newsletter-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/Newsletter}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-newsletter.py" "$root/corpora/interview-mountain-seed-bank" "$lang" "$work/interview-newsletter.$lang.fodt"
  publish "interview-newsletter.$lang"
done
