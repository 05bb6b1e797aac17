#!/usr/bin/env bash
# Typesets documents as Word makes them (typeset-word.py: built-in heading styles, list numbering, footnotes part,
# headers and footers with fields, a section break, tables), a different typesetter from make-documents.sh's: the
# report in two variants (labels from list numbering, labels typed), the speeches and the financial report (tables)
# with list numbering. Each list-numbered file is converted to PDF by LibreOffice and its text extracted with
# pdftotext (-raw and -layout). The results are committed under tests/TestData/Documents.
#
# usage: tests/Fixtures/make-word-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
. "$(dirname "$0")/fixture-setup.sh"

# word VARIANT CORPUS NAME: NAME.{zh,en}.docx, and for the list-numbered variant the PDF and its extracted text.
word() {
  local variant="$1" name="$3"
  for lang in zh en; do
    blocks "$2" "$lang" "$work/$lang.json"
    python3 "$here/typeset-word.py" "$variant" "$work/$lang.json" "$out/$name.$lang.docx"
    if [ "$variant" = word ]; then
      cp "$out/$name.$lang.docx" "$work/"
      (cd "$work" && soffice ${SOFFICE_OPTIONS:-} --headless --convert-to pdf "$name.$lang.docx" >/dev/null 2>&1)
      cp "$work/$name.$lang.pdf" "$out/"
      extract "$out/$name.$lang.pdf"
    fi
  done
}

word word unodc-cybercrime-eg4-2021 report-word
word typed unodc-cybercrime-eg4-2021 report-typed
word word speeches-second-committee-sustainable-development speeches-word
word word financial-pension-fund-2026 financial-word
