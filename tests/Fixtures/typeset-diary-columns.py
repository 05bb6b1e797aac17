#!/usr/bin/env python3
"""Typesets a corpus text as a two-column journal page, a flat ODT written whole, from the corpus text itself (one
paragraph a line).

usage: typeset-diary-columns.py CORPUS_DIR LANG OUT.fodt

A seventh layout, made before any reader change to measure the text reader on pdftotext -layout and -raw pages with
two columns side by side on a geometry none of its rules was tuned on (the magazine's columns are 7.9 cm with a 0.7 cm
gutter, the newsletter's 8.6 cm with 1 cm): US Letter pages, a serif body in 9 pt, two justified columns with a narrow
0.5 cm gutter, paragraphs indented on their first line with no space between them, the dated entries' headings in bold
in their column, the title and the by-line across the top of the first page only (left-aligned, the
by-line on the right), and a running head of the title on the left with the page's number on the right on every page
(no footer). Punctuation is not hung in the margin: LibreOffice leaves a hung full stop out of a justified
column altogether, and a page whose text has lost characters has no gold. Every word is the corpus's own, in its order, so the corpus's gold is the page's."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odf import columns, default_style, font_faces, header_footer, namespaces, p, write  # noqa: E402

STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-indent="{indent}" fo:text-align="justify" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Entry" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:text-align="start" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
   <style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Byline" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.5cm" fo:text-align="end"/>
   <style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/>
  </style:style>
  <style:style style:name="Head" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start">
    <style:tab-stops><style:tab-stop style:position="{measure}" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" fo:font-style="italic" style:font-style-asian="italic"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Page">
   <style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>{header}
  </style:page-layout>{columns}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Head">{title}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
  </style:master-page>
 </office:master-styles>"""

TERMINAL = "。！？…”’.!?\"'）)"


def is_entry(text, lang):
    """A dated entry's heading: short and closing no sentence (`四月三日　阴`, `3 April, overcast`)."""
    return len(text) < (16 if lang == "zh" else 40) and not text.endswith(tuple(TERMINAL)) and any(c.isdigit() or c in "一二三四五六七八九十" for c in text)


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    title, byline, *body = [line.strip() for line in (corpus / f"{lang}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    out = [p("Title", title), p("Byline", byline), '<text:section text:style-name="Columns" text:name="Body">']
    out += [p("Entry" if is_entry(text, lang) else "Standard", text) for text in body]
    out.append("</text:section>")
    styles = STYLES.format(faces=font_faces("DejaVu Serif" if lang == "en" else "Noto Serif CJK SC", "Noto Serif CJK SC"),
                           default=default_style(lang, 9, False, "CN" if lang == "zh" else "US", hang_punctuation=False),
                           header=header_footer("0.6cm"), columns=columns("0.5cm"), title=escape(title),
                           indent="0.64cm" if lang == "zh" else "0.45cm", measure="17.19cm")
    write(out_path, namespaces(), styles, out)


if __name__ == "__main__":
    main()
