#!/usr/bin/env bash
# Sourced by every make-*-documents.sh but make-documents.sh: strict mode, the folders (here, root, out: the first
# argument or tests/TestData/Documents), a scratch folder removed on exit, a Release build of the command line
# (ALIGNMENT_CLI names a folder with a built Alignment.Cli.dll to use instead of building one) for the scripts that ask
# for blocks, and what every typesetter does with its output.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/tests/TestData/Documents}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# The command line is built when blocks are first asked for: a script that writes its blocks itself needs none.
cli="${ALIGNMENT_CLI:-$work/cli}"

# blocks CORPUS LANG JSON: the blocks `segment --json` reads from corpora/CORPUS/LANG.txt, the typesetters' input; a
# CORPUS that is no folder of corpora/ is a pair's folder under the repository (tests/TestData/held-out-terms/NAME).
blocks() {
  [ -f "$cli/Alignment.Cli.dll" ] || dotnet build "$root/src/Alignment.Cli" -c Release -o "$cli" >/dev/null
  local pair="$root/corpora/$1"
  [ -d "$pair" ] || pair="$root/$1"
  dotnet "$cli/Alignment.Cli.dll" segment --json "$pair/$2.txt" >"$3"
}

# extract PDF: the text pdftotext takes from it, -raw and -layout, beside it.
extract() {
  pdftotext -enc UTF-8 -raw "$1" "${1%.pdf}.pdftotext-raw.txt"
  pdftotext -enc UTF-8 -layout "$1" "${1%.pdf}.pdftotext-layout.txt"
}

# publish NAME [docx]: $work/NAME.fodt exported as PDF (and as Word when asked) into $out, with the text pdftotext
# takes from the PDF beside it.
publish() {
  (cd "$work" && soffice --headless --convert-to pdf "$1.fodt" >/dev/null 2>&1)
  cp "$work/$1.pdf" "$out/"
  if [ "${2:-}" = docx ]; then
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$1.fodt" >/dev/null 2>&1)
    cp "$work/$1.docx" "$out/"
  fi
  extract "$out/$1.pdf"
}

# book JSON NAME LANG TITLE_NUMBER: NAME.LANG.pdf, .docx, .pdftotext-raw.txt and .pdftotext-layout.txt typeset from the
# blocks in JSON as typeset-html.py's book page, whose running title is the TITLE_NUMBER-th title block (from 0).
book() {
  python3 "$here/typeset-html.py" "$1" "$work/$2.$3.html" "$4"
  # Through an ODT: a PDF exported straight from the HTML import leaves the header and footer off every other page.
  (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to odt "$2.$3.html" >/dev/null 2>&1)
  (cd "$work" && soffice --headless --convert-to pdf "$2.$3.odt" >/dev/null 2>&1)
  (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$2.$3.odt" >/dev/null 2>&1)
  cp "$work/$2.$3.pdf" "$work/$2.$3.docx" "$out/"
  extract "$out/$2.$3.pdf"
}
