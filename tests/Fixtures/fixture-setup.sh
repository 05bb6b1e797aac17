#!/usr/bin/env bash
# Sourced by make-word-documents.sh, make-html-documents.sh and make-ecosoc-documents.sh: strict mode, the folders
# (here, root, out: the first argument or tests/TestData/Documents), a scratch folder removed on exit, a Release build
# of the command line (ALIGNMENT_CLI names a folder with a built Alignment.Cli.dll to use instead of building one),
# and what every typesetter does with it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/tests/TestData/Documents}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

cli="${ALIGNMENT_CLI:-$work/cli}"
[ -n "${ALIGNMENT_CLI:-}" ] || dotnet build "$root/src/Alignment.Cli" -c Release -o "$cli" >/dev/null

# blocks CORPUS LANG JSON: the blocks `segment --json` reads from corpora/CORPUS/LANG.txt, the typesetters' input.
blocks() { dotnet "$cli/Alignment.Cli.dll" segment --json "$root/corpora/$1/$2.txt" >"$3"; }

# extract PDF: the text pdftotext takes from it, -raw and -layout, beside it.
extract() {
  pdftotext -enc UTF-8 -raw "$1" "${1%.pdf}.pdftotext-raw.txt"
  pdftotext -enc UTF-8 -layout "$1" "${1%.pdf}.pdftotext-layout.txt"
}
