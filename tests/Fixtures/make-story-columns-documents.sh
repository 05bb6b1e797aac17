#!/usr/bin/env bash
# Typesets the short story as a literary magazine's A5 pages in two columns (typeset-story-columns.py: a headline,
# credits and standfirst across the page, ragged serif columns with a rule in the gutter, a boxed pull quote, a running
# head with the page number on one line), a layout the readers' column rules were not written against, measured on
# main before any rule was changed for it. The PDF, the DOCX and the text pdftotext takes from the PDF (-raw and
# -layout) go to tests/TestData/Documents/StoryColumns as story-columns.*; the corpus's own gold
# (corpora/story-last-ferry) is the fixture's, the pull quote being furniture.
#
# usage: tests/Fixtures/make-story-columns-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/StoryColumns}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-story-columns.py" "$root/corpora/story-last-ferry" "$lang" "$work/story-columns.$lang.fodt"
  publish "story-columns.$lang" docx
done
