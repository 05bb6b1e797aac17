#!/usr/bin/env bash
# Typesets two literary texts through a fifth route (typeset-magazine.py: a flat ODT written whole): the essay as a
# magazine article (two columns, standfirst, drop cap, pull quotes, a photo box with its caption, a sidebar box, the
# magazine's name and issue in the header, page numbers at the outside of the foot) and the short story as a book's
# chapter (one column, the chapter title low on its first page, scene breaks, running heads that differ on left and
# right pages), made to measure the readers on layouts their rules were not written against. Each as PDF and Word
# (.docx) with the text pdftotext takes from the PDF (-raw and -layout), committed under tests/TestData/Documents as
# essay-magazine.* and fiction-book.*; the magazine's gold (the corpus's with the standfirst, caption and sidebar
# added) goes to tests/TestData/Documents/essay-magazine/.
#
# usage: tests/Fixtures/make-magazine-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3)
. "$(dirname "$0")/fixture-setup.sh"

# layout KIND CORPUS NAME [GOLD]: NAME.{zh,en}.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt.
layout() {
  local kind="$1" corpus="$root/corpora/$2" name="$3"
  for lang in zh en; do
    python3 "$here/typeset-magazine.py" "$kind" "$corpus" "$lang" "$work/$name.$lang.fodt" ${4:+"$4"}
    publish "$name.$lang" docx
  done
}

layout magazine essay-grandmothers-pickle-jars essay-magazine "$out/essay-magazine"
layout book fiction-watch-mender fiction-book
