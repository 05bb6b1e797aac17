#!/usr/bin/env bash
# Typesets the electric bus drivers' feature as a two-column journal article (typeset-journal.py: A4, the title, by-line
# and an abstract across the first page, numbered section heads, a figure and its caption floated to the top of the
# second page across both columns, footnotes at the page's foot, a two-column table of figures inside one column), a
# layout the readers' rules were not written against, measured on main before any rule was changed for it. The PDF, the
# DOCX and the text pdftotext takes from the PDF (-raw and -layout) go to tests/TestData/Documents/Journal as
# feature-journal.*, and the gold that holds the journal's own text (the corpus's sentences and beads with the
# abstract, heads, caption, table rows and footnotes added) to tests/TestData/Documents/Journal/feature-journal.
#
# usage: tests/Fixtures/make-journal-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/Journal}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-journal.py" "$root/corpora/feature-electric-bus-drivers" "$lang" "$work/feature-journal.$lang.fodt" "$out/feature-journal"
  publish "feature-journal.$lang" docx
done
