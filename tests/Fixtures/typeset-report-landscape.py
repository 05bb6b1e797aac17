#!/usr/bin/env python3
"""Typesets a corpus text as a landscape report in two ruled columns, a flat ODT written whole, from the corpus text
itself (one paragraph a line).

usage: typeset-report-landscape.py CORPUS_DIR LANG OUT.fodt

A layout made to measure the readers on one none of their rules was written against, before any rule is changed for
it: US Letter turned landscape (27.94 x 21.59 cm), two justified serif columns in 10.5 pt 1.4 cm apart with a hairline rule
between them, paragraphs indented with no space between them (the first not indented); the title across the page in
20 pt over a rule on the first page, which carries no running head; later pages carry one head across the page over
a rule, the title at the left and the page number at the right margin (a tab between them), and no footer; the
by-lines under the title (short lines that end no sentence) across the page in italics. Chinese punctuation is not
hung: LibreOffice leaves out of the PDF a stop it would hang past the left column's edge (three in the Chinese text
when this was made). Every word
is the corpus's own, in its order, so the corpus's gold is the report's."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs  # noqa: E402
from odf import default_style, font_faces, namespaces, p, page_layout, sized, style, write  # noqa: E402

WIDTH, HEIGHT, SIDE = 27.94, 21.59, 1.8   # cm: the page turned landscape and its side margins

STYLES = """{faces}
 <office:styles>{default}{blocks}
 </office:styles>
 <office:automatic-styles>{page}
  <style:style style:name="Columns" style:family="section">
   <style:section-properties text:dont-balance-text-columns="false">
    <style:columns fo:column-count="2" fo:column-gap="1.4cm">
     <style:column-sep style:width="0.5pt" style:color="#000000" style:height="100%" style:vertical-align="top"/>
    </style:columns>
   </style:section-properties>
  </style:style>
  <style:style style:name="Opening" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Body" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Head">{title}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
  </style:master-page>
  <style:master-page style:name="First" style:page-layout-name="Page" style:next-style-name="Body"/>
  <style:master-page style:name="Standard" style:page-layout-name="Page" style:next-style-name="Body"/>
 </office:master-styles>"""


def blocks(lang):
    """The body's paragraphs (indented and not), the by-lines, the title over its rule and the running head with its tab stop."""
    indent = "2em" if lang == "zh" else "1.2em"
    right = WIDTH - 2 * SIDE
    return (style("Standard", f'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="125%" '
                              f'fo:text-indent="{indent}" fo:widows="2" fo:orphans="2"')
            + style("First", 'fo:text-indent="0cm"', parent="Standard")
            + style("Byline", 'fo:margin-bottom="0.15cm" fo:text-indent="0cm"', f'{sized("9pt")} fo:font-style="italic" style:font-style-asian="italic"', parent="Standard")
            + style("Title", 'fo:margin-top="0cm" fo:margin-bottom="0.4cm" fo:text-align="start" fo:padding-bottom="0.2cm" '
                             'fo:border-bottom="0.8pt solid #000000" fo:text-indent="0cm"', sized("20pt", bold=True))
            + ('\n  <style:style style:name="Head" style:family="paragraph">\n'
               '   <style:paragraph-properties fo:text-align="start" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #000000">\n'
               f'    <style:tab-stops><style:tab-stop style:position="{right:.2f}cm" style:type="right"/></style:tab-stops>\n'
               '   </style:paragraph-properties>\n'
               f'   <style:text-properties {sized("8.5pt")}/>\n'
               '  </style:style>'))


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    title, *body = paragraphs(corpus, lang)
    out = [p("Opening", title)]
    while body and len(body[0]) < 60 and body[0][-1] not in ".!?。！？”":
        out.append(p("Byline", body.pop(0)))
    out.append('<text:section text:style-name="Columns" text:name="Body">')
    out += [p("First" if k == 0 else "Standard", text) for k, text in enumerate(body)]
    out.append("</text:section>")
    serif = "DejaVu Serif" if lang == "en" else "Noto Serif CJK SC"
    page = page_layout(f"{WIDTH}cm", f"{HEIGHT}cm", "1.3cm", "1.6cm", f"{SIDE}cm", f"{SIDE}cm",
                       '\n   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>')
    styles = STYLES.format(faces=font_faces(serif, "Noto Serif CJK SC"),
                           default=default_style(lang, "10.5", lang != "zh", "CN" if lang == "zh" else "US", hang_punctuation=False),
                           blocks=blocks(lang), page=page, title=escape(title))
    write(out_path, namespaces(), styles, out)


if __name__ == "__main__":
    main()
