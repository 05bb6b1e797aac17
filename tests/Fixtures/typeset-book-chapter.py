#!/usr/bin/env python3
"""Typesets a novel's chapter as a trade book's pages, a flat ODT written whole, from the corpus text itself (one
paragraph a line).

usage: typeset-book-chapter.py CORPUS_DIR LANG OUT.fodt

A layout made to measure the readers on one none of their rules was written against (the other book, typeset-magazine.py's,
has the author and title centred in its heads and no folio at a foot): 6 x 9 in pages (15.24 x 22.86 cm) with
mirrored margins, wider inside; the chapter opens a third of the way down its first page (a sink), its title in 16 pt
over a short rule, no running head on that page and its page number (a drop folio) centred at its foot; later pages
carry running heads that differ on facing pages, the page number at the outside of both: on the left page the number
then the book's title, on the right page the chapter's title then the number, each in small letter-spaced type with
no rule; the body justified in 10 pt serif, every paragraph but the first indented (two characters, an em in English),
no space between paragraphs, English hyphenated. The book's title is furniture (the running head only): every other
word is the corpus's own, in its order, so the corpus's gold is the fixture's."""
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs  # noqa: E402
from odf import default_style, font_faces, namespaces, p, page_layout, sized, style, write  # noqa: E402

BOOK = {"zh": "城南旧事集", "en": "Stories from the South Gate"}
WIDTH, INSIDE, OUTSIDE = 15.24, 2.3, 1.7   # cm: the page's width and its inner and outer margins

STYLES = """{faces}
 <office:styles>{default}{blocks}
 </office:styles>
 <office:automatic-styles>{page}
  <style:style style:name="Opening" style:family="paragraph" style:parent-style-name="Chapter" style:master-page-name="First"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Body" style:page-layout-name="Page">
   <style:header><text:p text:style-name="RectoHead">{chapter}<text:s text:c="4"/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
   <style:header-left><text:p text:style-name="VersoHead"><text:page-number text:select-page="current">1</text:page-number><text:s text:c="4"/>{book}</text:p></style:header-left>
  </style:master-page>
  <style:master-page style:name="First" style:page-layout-name="Page" style:next-style-name="Body">
   <style:footer><text:p text:style-name="Folio"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Page" style:next-style-name="Body"/>
 </office:master-styles>"""


def blocks(lang):
    """The body's paragraphs (indented and not), the chapter's title in its sink, the two running heads and the folio."""
    indent = "2em" if lang == "zh" else "1em"
    head = f'{sized("7.5pt")} fo:letter-spacing="0.05cm"'
    return (style("Standard", f'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="130%" '
                              f'fo:text-indent="{indent}" fo:widows="2" fo:orphans="2"')
            + style("First", 'fo:text-indent="0cm"', parent="Standard")
            + style("Chapter", 'fo:margin-top="5.5cm" fo:margin-bottom="1.1cm" fo:text-align="start" fo:padding-bottom="0.2cm" '
                               'fo:border-bottom="0.5pt solid #000000" fo:margin-right="2cm"', sized("16pt"))
            + style("VersoHead", 'fo:text-align="start" fo:margin-bottom="0cm"', head)
            + style("RectoHead", 'fo:text-align="end" fo:margin-bottom="0cm"', head)
            + style("Folio", 'fo:text-align="center"', sized("8pt")))


def chapter(corpus, lang):
    title, *body = paragraphs(corpus, lang)
    out = [p("Opening", title)] + [p("First" if k == 0 else "Standard", text) for k, text in enumerate(body)]
    serif = "DejaVu Serif" if lang == "en" else "Noto Serif CJK SC"
    page = page_layout(f"{WIDTH}cm", "22.86cm", "1.4cm", "1.5cm", f"{INSIDE}cm", f"{OUTSIDE}cm",
                       '\n   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
                       '\n   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>',
                       mirrored=True)
    # The running head names the chapter by its title alone, as books do (the part after the chapter's number).
    short = title.split("：" if lang == "zh" else ":")[-1].split("\u3000")[-1].strip()
    styles = STYLES.format(faces=font_faces(serif, "Noto Serif CJK SC"),
                           default=default_style(lang, "10", lang != "zh", "CN" if lang == "zh" else "US",
                                                 ' fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"'),
                           blocks=blocks(lang), page=page, chapter=short, book=BOOK[lang])
    return styles, out


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    styles, body = chapter(corpus, lang)
    write(out_path, namespaces(), styles, body)


if __name__ == "__main__":
    main()
