#!/usr/bin/env python3
"""Typesets a feature article as a magazine's three-column spread, a flat ODT written whole, from the corpus text
itself (one paragraph a line) and its gold alignment.

usage: typeset-three-columns.py CORPUS_DIR LANG OUT.fodt [LAYOUT]

A layout the readers' rules were not written against, to check rules made on the two-column magazine on a second
one: pages A4 (21 x 29.7 cm), not mirrored; the title (22 pt, sans) and the by-line (small capitals' size, letter-spaced)
across the page; the body in three justified columns of sans-serif type, ragged paragraphs indented, no space between
them; the first paragraph opens with a drop cap two lines deep; two pull quotes, each a sentence of the body set
again in 12 pt bold between rules in a frame across its column, three paragraphs after the one that holds it; the
magazine's name as a running header centred over every page and the page number centred under it. The pull quotes
are furniture: the corpus's gold holds their sentence once, where the body has it, so the corpus's gold is the
fixture's. Which sentences are quoted is chosen from the gold, not written here: the sentences of the one-to-one beads
at QUOTED, so that both languages quote the same sentence.

LAYOUT (default a4) is the page above; "letter" sets the same spread on a US Letter page (21.59 x 27.94 cm) with wider
margins, a narrower gutter, 9 pt type, a title of 20 pt and pull quotes of 11 pt in a narrower frame: a variant the
readers' rules for columns were not made on, to measure them on layouts never seen.

The A4 spread's Chinese punctuation is not hung: LibreOffice leaves out of the PDF a comma or stop it would hang past
the edge of a column other than the last (the file then holds less than the text), so the A4 spread breaks its lines
before such a mark instead. The Letter spread hangs its marks, and every one is in its PDF."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs, pull_quotes  # noqa: E402
from odf import (columns, default_style, floating_frame, font_faces, header_footer, namespaces, p, page_layout,  # noqa: E402
                 pull_quote, sized, style, text_frame, write)

MAGAZINE = {"zh": "自然与人 · 2027 年第 5 期", "en": "Nature & People · Issue 5, 2027"}
QUOTED = (0.2, 0.55)   # where in the article (a share of its one-to-one beads) each quoted sentence stands
LATER = 3              # how many paragraphs after its sentence's paragraph a pull quote stands
LAYOUTS = {
    "a4": {"width": "21cm", "height": "29.7cm", "top": "1.3cm", "side": "1.6cm", "gap": "0.6cm", "size": "10",
           "title": "22pt", "quote": "12pt", "frame": "5.5cm", "hang": False},
    "letter": {"width": "21.59cm", "height": "27.94cm", "top": "1.8cm", "side": "2.1cm", "gap": "0.45cm", "size": "9",
               "title": "20pt", "quote": "11pt", "frame": "4.6cm", "hang": True},
}

# The styles are the magazine's blocks (odf.py), set in this layout's sizes; the drop cap two lines deep is its own.
STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="120%" fo:text-indent="{indent}"/>
  </style:style>
  <style:style style:name="First" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm">
    <style:drop-cap style:lines="2" style:length="1" style:distance="0.08cm"/>
   </style:paragraph-properties>
  </style:style>{blocks}
 </office:styles>
 <office:automatic-styles>{page}{columns}{frame}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Header">{magazine}</text:p></style:header>
   <style:footer><text:p text:style-name="Header"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>"""


def blocks(layout):
    """The title, the letter-spaced by-line, the pull quote in bold between rules and the small centred header."""
    return (style("Title", 'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:text-align="center"', sized(layout["title"], bold=True))
            + style("Byline", 'fo:margin-bottom="0.6cm" fo:text-align="center"', f'{sized("8pt")} fo:letter-spacing="0.08cm" fo:color="#555555"')
            + pull_quote(layout["quote"], "#226644", "1pt", "110%", "0.12cm", style_extra=' fo:font-weight="bold" style:font-weight-asian="bold"')
            + style("Header", 'fo:text-align="center"', sized("7.5pt")))


def feature(corpus, lang, layout):
    title, byline, *body = paragraphs(corpus, lang)
    quotes = pull_quotes(corpus, lang, body, QUOTED, LATER)
    out = [p("Title", title), p("Byline", byline), '<text:section text:style-name="Columns" text:name="Article">']
    for k, text in enumerate(body):
        anchored = ""
        if k in quotes:
            anchored = text_frame(f"Quote{k}", "QuoteFrame", layout["frame"], p("PullQuote", quotes[k]))
        out.append(f'<text:p text:style-name="{"First" if k == 0 else "Standard"}">{anchored}{escape(text)}</text:p>')
    out.append("</text:section>")
    sans = "DejaVu Sans" if lang == "en" else "Noto Sans CJK SC"
    styles = STYLES.format(faces=font_faces(sans, "Noto Sans CJK SC"), page=page_layout(layout["width"], layout["height"], layout["top"], layout["top"], layout["side"], layout["side"],
                                            header_footer("0.5cm", "0.4cm")),
                           columns=columns(layout["gap"], 3), indent="2em" if lang == "zh" else "1em",
                           magazine=escape(MAGAZINE[lang]),
                           default=default_style(lang, layout["size"], lang != "zh", "CN" if lang == "zh" else "GB",
                                                 hang_punctuation=layout["hang"]),
                           blocks=blocks(layout), frame=floating_frame("QuoteFrame", "0.25cm", "0.25cm"))
    return styles, out


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    styles, body = feature(corpus, lang, LAYOUTS[sys.argv[4] if len(sys.argv) > 4 else "a4"])
    write(out_path, namespaces("draw"), styles, body)


if __name__ == "__main__":
    main()
