#!/usr/bin/env bash
# Typesets the mudflat bird counters' feature as a newsletter spread (typeset-spread.py: A4, two justified columns, a
# framed sidebar after one paragraph, a drawn bar chart and its `Figure 1.` caption after another, a captioned table of
# figures after a third), a layout the readers' rules were not written against, measured on main before any rule was
# changed for it. The PDF, the DOCX and the text pdftotext takes from the PDF (-raw and -layout) go to
# tests/TestData/Documents/Spread as feature-spread.*, and the gold that holds the spread's own text (the corpus's
# sentences and beads with the sidebar, caption and table rows added) to tests/TestData/Documents/Spread/feature-spread.
#
# usage: tests/Fixtures/make-spread-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/Spread}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-spread.py" "$root/corpora/feature-mudflat-bird-counters" "$lang" "$work/feature-spread.$lang.fodt" "$out/feature-spread"
  publish "feature-spread.$lang" docx
done
