#!/usr/bin/env bash
# Typesets the feature article as a magazine's three-column spread (typeset-three-columns.py: a drop cap two lines
# deep, two pull quotes, a letter-spaced by-line, a running header and a page number), a second magazine layout to
# check the readers' rules for drop caps, pull quotes and columns on; as PDF with the text pdftotext takes from it
# (-raw and -layout), committed under tests/TestData/Documents/ThreeColumns as feature-three-columns.*. Its gold is
# the corpus's (corpora/feature-mudflat-bird-counters): the pull quotes are furniture. The same spread on a US Letter
# page in smaller type with a narrower gutter (feature-three-columns-letter.*) is a layout the column rules were not
# made on, measured before they were changed.
#
# usage: tests/Fixtures/make-three-columns-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/ThreeColumns}"
mkdir -p "$out"

# spread NAME LAYOUT: NAME.{zh,en}.pdf and the text pdftotext takes from it, the spread set in LAYOUT.
spread() {
  for lang in zh en; do
    python3 "$here/typeset-three-columns.py" "$root/corpora/feature-mudflat-bird-counters" "$lang" "$work/$1.$lang.fodt" "$2"
    publish "$1.$lang"
  done
}

spread feature-three-columns a4
spread feature-three-columns-letter letter
