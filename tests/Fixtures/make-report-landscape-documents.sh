#!/usr/bin/env bash
# Typesets the last ferry's story as a landscape report (typeset-report-landscape.py: US Letter turned landscape, two
# justified columns with a rule between them, the title across the first page, a running head with the title at the
# left and the page number at the right margin on later pages), a layout the readers' rules were not written against,
# measured on main before any rule was changed for it. The PDF, the DOCX and the text pdftotext takes from the PDF (-raw
# and -layout) go to tests/TestData/Documents/ReportLandscape as story-landscape.*; the corpus's own gold
# (corpora/story-last-ferry) is the fixture's, the title in the running heads being furniture.
#
# usage: tests/Fixtures/make-report-landscape-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/ReportLandscape}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-report-landscape.py" "$root/corpora/story-last-ferry" "$lang" "$work/story-landscape.$lang.fodt"
  publish "story-landscape.$lang" docx
done
