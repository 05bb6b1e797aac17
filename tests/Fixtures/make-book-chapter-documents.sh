#!/usr/bin/env bash
# Typesets the kite shop's chapter as a trade book's 6 x 9 in pages (typeset-book-chapter.py: a sink on the opening
# page with its folio at the foot, running heads that differ on facing pages with the page number outside, justified
# serif type with first-line indents and no space between paragraphs), a layout the readers' rules were not written
# against, measured on main before any rule was changed for it. The PDF, the DOCX and the text pdftotext takes from
# the PDF (-raw and -layout) go to tests/TestData/Documents/BookChapter as book-chapter.*; the corpus's own gold
# (corpora/chapter-kite-shop) is the fixture's, the book's title in the running heads being furniture.
#
# usage: tests/Fixtures/make-book-chapter-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"
out="${1:-$root/tests/TestData/Documents/BookChapter}"
mkdir -p "$out"

for lang in zh en; do
  python3 "$here/typeset-book-chapter.py" "$root/corpora/chapter-kite-shop" "$lang" "$work/book-chapter.$lang.fodt"
  publish "book-chapter.$lang" docx
done
