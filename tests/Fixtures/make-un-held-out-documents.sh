#!/usr/bin/env bash
# Typesets fourteen of the held-out UN pairs (tests/TestData/held-out-terms), which no reading rule was written against, as
# UN papers through make-ecosoc-documents.sh, as PDF and Word (.docx) with the text pdftotext takes from the PDF (-raw
# and -layout), committed under tests/TestData/Documents/UnHeldOut so the tests need none of these tools:
# - the concluding observations of a treaty body and a summary record in the ECOSOC layout (A4, `United Nations`
#   beside the symbol in the first page's header, the symbol and page number in later pages' headers);
# - a Human Rights Council resolution (preamble and operative paragraphs) and a Secretary-General's report in the
#   Letter layout (the symbol over `Distr.: General` in the first page's header, the job number and its bar code's
#   text at its foot, the symbol alone in later headers, the job number beside `page/pages` in later footers);
# - a World Health Assembly report (unnumbered headings over lettered ones) and a Security Council presidential
#   statement (no paragraph numbers, one quotation over many paragraphs) in the Geneva layout (A4, the masthead's lines
#   stacked, two-line titles in large type, the symbol over `Distr.: General` in the first page's header, the job
#   number `GE.26-06123(E)` alone at its foot, the symbol at the outer side of later headers, the page number alone at
#   the outer side of later feet);
# - an ILO Governing Body paper (its particulars in a box before the first heading) and decisions of a Conference of the
#   Parties (a preamble of clauses ending in commas, operative paragraphs, the date and meeting after each decision) in
#   the New York A4 layout (`United Nations` and the symbol in a ruled box across the first page's header, the job
#   number and `Please recycle` at its foot, the symbol alone at the left of later headers, the page number between
#   dashes centred at later feet, paragraph and chapter numbers hung out in the left margin);
# - a chapter of the International Law Commission's report (paragraphs numbered from 212, draft conclusions with their
#   titles) and a Special Rapporteur's report (a summary, recommendations under lead-ins) in the Vienna Letter layout
#   (the symbol at the top right of every page, the masthead's fields flush right under its names, titles on a short
#   measure, paragraph numbers flush left with a tab and no hanging indent, the page number alone centred at later feet);
# - a report of the Advisory Committee on Administrative and Budgetary Questions (chapters and lettered sections) and a
#   compendium of decisions of UNICEF's Executive Board (each decision under its number and title, the date after it)
#   in the Nairobi A4 layout (`United Nations` and the symbol over `Distr.: General` in a ruled table of two cells
#   across the first page's header, the symbol centred over a rule in later headers, every foot a line of bars over
#   the job number and its bar code's text, the page number at the outer side of later feet, headings bold without
#   their numbers, paragraph numbers hung in the left margin, a Chinese title of more than a dozen characters on two
#   lines, notes at the end of the document);
# - an IFAD evaluation office's executive summary (Roman chapters, lettered sections, recommendations) and a Main
#   Committee's report with the draft resolution it recommends (a preamble, operative paragraphs, lettered
#   sub-paragraphs) in the Rome A4 layout (`United Nations` and the symbol in a running header over a rule on every
#   page, the first included; the page number centred alone at every foot, the first included; the masthead's organ,
#   session and agenda item beside its date and original language in a ruled box of two cells; titles centred on the
#   full measure; paragraph numbers hung in the left margin; the paragraphs under a heading on recommendations in a
#   shaded box; Chinese in 12 pt beside English in 9.5 pt; footnotes numbered per page).
#
# usage: tests/Fixtures/make-un-held-out-documents.sh [OUT]     (needs soffice, fonts-noto-cjk, pdftotext, python3, dotnet)
here="$(cd "$(dirname "$0")" && pwd)"
held=tests/TestData/held-out-terms
exec "$here/make-ecosoc-documents.sh" "${1:-$here/../TestData/Documents/UnHeldOut}" \
  "$held/concluding-observations-crc-child-rights" concluding-observations CRC/C/LDA/CO/5-6 ecosoc \
  "$held/summary-record-second-committee-disaster-risk" summary-record A/C.2/81/SR.15 ecosoc \
  "$held/resolution-human-rights-council-migrants" resolution A/HRC/RES/62/14 letter \
  "$held/report-secretary-general-energy-access" energy-report A/81/273 letter \
  "$held/report-health-assembly-antimicrobial-resistance" health-assembly A79/21 geneva \
  "$held/statement-security-council-conflict-hunger" presidential-statement S/PRST/2026/9 geneva \
  "$held/paper-ilo-governing-body-heat-stress" governing-body GB.357/POL/3 newyork \
  "$held/decision-conference-of-parties-desertification" cop-decisions "ICCD/COP(17)/20/Add.1" newyork \
  "$held/report-international-law-commission-sea-level-rise" ilc-chapter A/81/10 vienna \
  "$held/report-special-rapporteur-toxics-e-waste" toxics-report A/HRC/63/48 vienna \
  "$held/report-advisory-committee-heritage-plan" acabq-report A/81/7/Add.14 nairobi \
  "$held/decision-executive-board-unicef-budget" unicef-decisions E/ICEF/2026/17 nairobi \
  "$held/evaluation-ifad-country-programme-laos" ifad-evaluation "EB 2026/147/R.12" rome \
  "$held/report-second-committee-statistics" committee-report A/81/447/Add.2 rome
