#!/usr/bin/env bash
# Typesets the feature article as a magazine's three-column spread (typeset-three-columns.py: a drop cap two lines
# deep, two pull quotes, a letter-spaced by-line, a running header and a page number), a second magazine layout to
# check the readers' rules for drop caps, pull quotes and columns on; as PDF with the text pdftotext takes from it
# (-raw and -layout), committed under tests/TestData/Documents/ThreeColumns as feature-three-columns.*. Its gold is
# the corpus's (corpora/feature-mudflat-bird-counters): the pull quotes are furniture.
#
# usage: tests/Fixtures/make-three-columns-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/ThreeColumns}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-three-columns.py" "$root/corpora/feature-mudflat-bird-counters" "$lang" "$work/feature-three-columns.$lang.fodt"
  (cd "$work" && soffice --headless --convert-to pdf "feature-three-columns.$lang.fodt" >/dev/null 2>&1)
  cp "$work/feature-three-columns.$lang.pdf" "$out/"
  extract "$out/feature-three-columns.$lang.pdf"
done
