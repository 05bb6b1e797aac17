#!/usr/bin/env bash
# Typesets the bundled report as UN-style documents (three layouts: a4, letter, narrow) and extracts their text, as translators receive them
# (and the other genres, the tables of figures and the bad input below):
# PDF and Word files made by LibreOffice from flat ODT (un-document.fodt, filled in by typeset.py), and the text
# poppler's pdftotext takes from each PDF (default mode, -layout and -raw). The results are committed under
# tests/TestData/Documents, so the tests need none of these tools.
#
# usage: tests/Fixtures/make-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
# ALIGNMENT_HELDOUT=1 also makes the held-out layout of the report and the small-page (a5) layout of the report and the
# speeches into OUT/heldout (never committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/tests/TestData/Documents}"
corpus="$root/corpora/unodc-cybercrime-eg4-2021"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

dotnet build "$root/src/Alignment.Cli" -c Release -o "$work/cli" >/dev/null
segment() { dotnet "$work/cli/Alignment.Cli.dll" segment --json "$1" >"$2"; }

# typeset VARIANT LANG NAME [COPIES]: NAME.pdf and NAME.docx in $2's folder, from the corpus file of LANG.
typeset() {
  local variant="$1" lang="$2" name="$3" copies="${4:-1}" dir="$5"
  segment "$corpus/$lang.txt" "$work/$lang.json"
  python3 "$here/typeset.py" "$variant" "$work/$lang.json" "$work/$name.fodt" "$copies"
  (cd "$work" && soffice --headless --convert-to pdf "$name.fodt" >/dev/null 2>&1)
  cp "$work/$name.pdf" "$dir/"
  if [ "$copies" = 1 ]; then
    (cd "$work" && soffice --headless --convert-to docx:"MS Word 2007 XML" "$name.fodt" >/dev/null 2>&1)
    cp "$work/$name.docx" "$dir/"
  fi
}

extract() {
  local pdf="$1"
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext.txt"
  pdftotext -enc UTF-8 -layout "$pdf" "${pdf%.pdf}.pdftotext-layout.txt"
  pdftotext -enc UTF-8 -raw "$pdf" "${pdf%.pdf}.pdftotext-raw.txt"
}

for variant in a4 letter narrow; do
  for lang in zh en; do
    typeset "$variant" "$lang" "report-$variant.$lang" 1 "$out"
    extract "$out/report-$variant.$lang.pdf"
  done
done

# The report's pages run together, as a PDF viewer's copy (select all, copy) gives them: -raw without form feeds, from
# the narrow layout, and from A4 with CRLF line ends.
for lang in zh en; do
  pdftotext -enc UTF-8 -raw -nopgbrk "$out/report-narrow.$lang.pdf" "$out/report-narrow.$lang.pdftotext-raw-nopgbrk.txt"
  pdftotext -enc UTF-8 -raw -nopgbrk -eol dos "$out/report-a4.$lang.pdf" "$out/report-a4.$lang.pdftotext-raw-nopgbrk-crlf.txt"
done

# Another genre (summary records of speeches) in the A4 and the narrow layout, to check that the readers generalise;
# its PDF and extracted text only (the Word reader is checked on the report).
report="$corpus"
corpus="$root/corpora/speeches-second-committee-sustainable-development"
for variant in a4 narrow; do
  for lang in zh en; do
    typeset "$variant" "$lang" "speeches-$variant.$lang" 1 "$out"
    rm -f "$out/speeches-$variant.$lang.docx"
    extract "$out/speeches-$variant.$lang.pdf"
  done
done
corpus="$report"

# A short story (literary, unnumbered) as a word processor prints plain text: the corpus file opened in LibreOffice's
# default template (no UN layout, one paragraph a line) and saved as PDF.
for lang in zh en; do
  cp "$root/corpora/story-last-ferry/$lang.txt" "$work/story-plain.$lang.txt"
  (cd "$work" && soffice --headless --infilter="Text (encoded):UTF8" --convert-to odt "story-plain.$lang.txt" >/dev/null 2>&1)
  (cd "$work" && soffice --headless --convert-to pdf "story-plain.$lang.odt" >/dev/null 2>&1)
  cp "$work/story-plain.$lang.pdf" "$out/"
done

# A magazine feature (unnumbered, edited in translation) set in two columns on A4, as magazines and bulletins are:
# lines of the two columns share baselines, and must be read column by column.
corpus="$root/corpora/feature-mudflat-bird-counters"
for lang in zh en; do
  COLUMNS_ON_PAGE=2 typeset a4 "$lang" "feature-columns.$lang" 1 "$out"
  rm -f "$out/feature-columns.$lang.docx"
done
corpus="$report"

# Corpora of other genres (a letter with its annexes, a magazine feature, a short story) typeset one column, the letter in
# the A4 and the Letter layout, the others in A4: only the text pdftotext -layout and -raw take from them is kept.
mkdir -p "$work/genres"
for spec in letter-mountain-water-forum:forum:a4 letter-mountain-water-forum:forum:letter feature-mudflat-bird-counters:feature:a4 story-last-ferry:story:a4; do
  IFS=: read -r folder short variant <<<"$spec"
  corpus="$root/corpora/$folder"
  for lang in zh en; do
    typeset "$variant" "$lang" "$short-$variant.$lang" 1 "$work/genres"
    pdftotext -enc UTF-8 -layout "$work/genres/$short-$variant.$lang.pdf" "$out/$short-$variant.$lang.pdftotext-layout.txt"
    pdftotext -enc UTF-8 -raw "$work/genres/$short-$variant.$lang.pdf" "$out/$short-$variant.$lang.pdftotext-raw.txt"
  done
done
corpus="$report"

# A hard-wrapped text (the financial report, tables of figures in columns) opened in a word processor and saved as
# Word: a paragraph per line, empty paragraphs for the blank lines.
for lang in zh en; do
  cp "$root/corpora/financial-pension-fund-2026/$lang.txt" "$work/financial-wrapped.$lang.txt"
  (cd "$work" && soffice --headless --infilter="Text (encoded):UTF8" --convert-to docx:"MS Word 2007 XML" "financial-wrapped.$lang.txt" >/dev/null 2>&1)
  cp "$work/financial-wrapped.$lang.docx" "$out/"
done

# Short texts with tables of figures (tests/TestData/Documents/tables.{zh,en}.txt: figures set flush right, negative
# figures in brackets, dashes for nil, note and row numbers that read like labels), typeset from HTML by tables.py in the
# three layouts as PDF and Word, with the text pdftotext takes from each PDF.
for variant in a4 letter narrow; do
  for lang in zh en; do
    name="tables-$variant.$lang"
    python3 "$here/tables.py" "$variant" "$lang" "$root/tests/TestData/Documents/tables.$lang.txt" "$work/$name.html"
    (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf "$name.html" >/dev/null 2>&1)
    (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" "$name.html" >/dev/null 2>&1)
    cp "$work/$name.pdf" "$work/$name.docx" "$out/"
    extract "$out/$name.pdf"
  done
done

# About a hundred pages for the reading benchmark, with its extracted text beside it.
typeset a4 zh "long-a4.zh" 10 "$out"
pdftotext -enc UTF-8 "$out/long-a4.zh.pdf" "$out/long-a4.zh.pdftotext.txt"

# Bad input: an encrypted PDF, a scanned one (a page as an image, no text layer), a legacy Word .doc and a
# password-protected .docx (which Office stores as a compound file, like a .doc).
cat >"$work/short.json" <<'JSON'
{"language": "en", "blocks": [
 {"kind": "Title", "label": "", "anchor": "", "path": "front", "footnotes": [], "sentences": [{"text": "A short document"}]},
 {"kind": "NumberedParagraph", "label": "1.", "anchor": "1", "path": "body › 1", "footnotes": [], "sentences": [{"text": "The Expert Group met in Vienna."}]}]}
JSON
python3 "$here/typeset.py" a4 "$work/short.json" "$work/short.fodt"
(cd "$work" && soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' short.fodt >/dev/null 2>&1)
cp "$work/short.pdf" "$out/encrypted.pdf"
(cd "$work" && soffice --headless --convert-to doc short.fodt >/dev/null 2>&1)
cp "$work/short.doc" "$out/legacy.doc"
pdftoppm -r 40 -f 1 -l 1 -png "$out/report-a4.en.pdf" "$work/scan"
python3 - "$work"/scan-*1.png "$work/scanned.fodt" <<'PY'
import base64, sys
image = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
open(sys.argv[2], "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>
 <draw:frame text:anchor-type="as-char" svg:width="16cm" svg:height="22.6cm"><draw:image><office:binary-data>{image}</office:binary-data></draw:image></draw:frame>
 </text:p></office:text></office:body></office:document>""")
PY
(cd "$work" && soffice --headless --convert-to pdf scanned.fodt >/dev/null 2>&1)
cp "$work/scanned.pdf" "$out/scanned.pdf"

if [ "${ALIGNMENT_HELDOUT:-}" = 1 ]; then
  mkdir -p "$out/heldout"
  for lang in zh en; do
    typeset heldout "$lang" "report-heldout.$lang" 1 "$out/heldout"
    extract "$out/heldout/report-heldout.$lang.pdf"
  done
  # The small-page layout, for the report and the speeches.
  for document in report speeches; do
    corpus="$report"
    [ "$document" = speeches ] && corpus="$root/corpora/speeches-second-committee-sustainable-development"
    for lang in zh en; do
      typeset a5 "$lang" "$document-a5.$lang" 1 "$out/heldout"
      extract "$out/heldout/$document-a5.$lang.pdf"
    done
  done
fi
