#!/usr/bin/env python3
"""Typesets a corpus text as a two-column newsletter, a flat ODT written whole, from the corpus text itself (one
paragraph a line).

usage: typeset-newsletter.py CORPUS_DIR LANG OUT.fodt

A sixth layout, made to measure the text reader on pdftotext -layout pages with two columns side by side, on a layout
none of its rules was written against (the magazine's columns were what they were tuned on): A4 pages with narrow
margins, a sans-serif body in two ragged-right columns 8.6 cm wide with a 1 cm gutter (the magazine's are justified,
7.9 cm and 0.7 cm), paragraphs apart by space, not indented; the title, the by-line and the first paragraph across the
page; two thirds of the way through, one paragraph of the body set across both columns in a shaded, bordered box, the
columns starting again under it; the newsletter's name centred at the head of every page and `Page N` / `第 N 页`
centred at the foot. Every word is the corpus's own, in its order, so the corpus's gold is the newsletter's."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odf import columns, default_style, font_faces, header_footer, namespaces, p, page_layout, sized, style, write  # noqa: E402

NAME = {"zh": "种子通讯 · 第 7 期", "en": "Seed Notes · Newsletter No. 7"}
PAGE = {"zh": ("第 ", " 页"), "en": ("Page ", "")}

STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:text-align="start" fo:line-height="120%"/>
  </style:style>{title}
  <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.5cm" fo:text-align="justify"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Box" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.4cm" fo:margin-left="1cm" fo:margin-right="1cm" fo:padding="0.3cm" fo:border="0.8pt solid #226622" fo:background-color="#e4efe4"/>
  </style:style>{header}
 </office:styles>
 <office:automatic-styles>{page}{columns}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Header">{name}</text:p></style:header>
   <style:footer><text:p text:style-name="Header">{before}<text:page-number text:select-page="current">1</text:page-number>{after}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>"""


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    title, byline, lead, *body = [line.strip() for line in (corpus / f"{lang}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    boxed = len(body) * 2 // 3
    out = [p("Title", title), p("Byline", byline), p("Lead", lead), '<text:section text:style-name="Columns" text:name="Before">']
    for k, text in enumerate(body):
        if k == boxed:
            out += ["</text:section>", p("Box", text), '<text:section text:style-name="Columns" text:name="After">']
        else:
            out.append(p("Standard", text))
    out.append("</text:section>")
    styles = STYLES.format(faces=font_faces("DejaVu Sans" if lang == "en" else "Noto Sans CJK SC", "Noto Sans CJK SC"),
                           default=default_style(lang, "10", False, "CN" if lang == "zh" else "GB"),
                           page=page_layout("21cm", "29.7cm", "1.5cm", "1.5cm", "1.4cm", "1.4cm", header_footer("0.5cm", "0.5cm")),
                           title=style("Title", 'fo:margin-bottom="0.25cm" fo:text-align="center"', sized("18pt", bold=True))
                           + style("Byline", 'fo:margin-bottom="0.4cm" fo:text-align="center"', f'{sized("9pt")} fo:font-style="italic" style:font-style-asian="italic"'),
                           header=style("Header", 'fo:text-align="center"', sized("8pt")), columns=columns("1cm"), name=escape(NAME[lang]),
                           before=escape(PAGE[lang][0]), after=escape(PAGE[lang][1]))
    write(out_path, namespaces(), styles, out)


if __name__ == "__main__":
    main()
