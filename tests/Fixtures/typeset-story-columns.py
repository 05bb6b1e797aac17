#!/usr/bin/env python3
"""Typesets a short story as a literary magazine's pages in two columns, a flat ODT written whole, from the corpus
text itself (one paragraph a line) and its gold alignment.

usage: typeset-story-columns.py CORPUS_DIR LANG OUT.fodt

A layout made to measure the readers' column rules on one none of them was written against (the two-column magazine,
the three-column spread, the newsletter and the diary were): A5 pages (14.8 x 21 cm) with mirrored margins; the
headline (17 pt, sans, bold) set left across the page, the lines that follow it before the first sentence (by-line,
translator) in small italic, and the standfirst (the first paragraph) across the page in 11 pt italic; the body in two
ragged-right columns of 9 pt serif type with a 0.8 cm gutter and a thin rule down its middle, paragraphs apart by a
little space, not indented; a pull quote, a sentence of the body set again in a bordered, shaded box of its own width
inside its column two paragraphs after the one that holds it; a running head of the story's title at the left and
the page number at the right on one line, over a rule. The pull quote is furniture: every other word is the corpus's
own, in its order, so the corpus's gold is the fixture's."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs, pull_quotes  # noqa: E402
from odf import default_style, font_faces, header_footer, namespaces, p, page_layout, sized, style, text_frame, write  # noqa: E402

QUOTED = (0.4,)   # where in the story (a share of its one-to-one beads) the quoted sentence stands
LATER = 2         # how many paragraphs after its sentence's paragraph the pull quote stands
ENDS = "。！？.!?”’\""  # a paragraph ending so is a sentence's; those before the first are the headline's lines

STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-align="start" fo:line-height="125%"/>
  </style:style>{blocks}
 </office:styles>
 <office:automatic-styles>{page}
  <style:style style:name="Columns" style:family="section">
   <style:section-properties text:dont-balance-text-columns="false">
    <style:columns fo:column-count="2" fo:column-gap="0.8cm">
     <style:column-sep style:width="0.02cm" style:color="#777777" style:height="100%" style:vertical-align="top"/>
    </style:columns>
   </style:section-properties>
  </style:style>
  <style:style style:name="QuoteBox" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="0.6pt solid #8a4b08" fo:padding="0.15cm" fo:background-color="#f6ecdc"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Head">{title}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
  </style:master-page>
 </office:master-styles>"""


def blocks():
    """The headline, the lines under it, the standfirst, the pull quote and the running head with its tab stop."""
    italic = 'fo:font-style="italic" style:font-style-asian="italic"'
    return (style("Headline", 'fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:text-align="start"',
                  f'{sized("17pt", bold=True)} style:font-name="Head" style:font-name-asian="HeadAsian"')
            + style("Credit", 'fo:margin-bottom="0.05cm" fo:text-align="start"', f'{sized("8pt")} {italic}')
            + style("Standfirst", 'fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:text-align="start" fo:line-height="115%"',
                    f'{sized("11pt")} {italic}')
            + style("PullQuote", 'fo:text-align="center" fo:line-height="115%"',
                    f'{sized("10.5pt", bold=True)} fo:color="#8a4b08" style:font-name="Head" style:font-name-asian="HeadAsian"')
            + '\n  <style:style style:name="Head" style:family="paragraph">\n'
              '   <style:paragraph-properties fo:padding-bottom="0.05cm" fo:border-bottom="0.4pt solid #000000">\n'
              '    <style:tab-stops><style:tab-stop style:position="12.2cm" style:type="right"/></style:tab-stops>\n'
              '   </style:paragraph-properties>\n'
              f'   <style:text-properties {sized("7pt")}/>\n'
              '  </style:style>')


def story(corpus, lang):
    texts = paragraphs(corpus, lang)
    heads = next(k for k, text in enumerate(texts) if text.endswith(tuple(ENDS)))
    title, credits, standfirst, body = texts[0], texts[1:heads], texts[heads], texts[heads + 1:]
    quotes = pull_quotes(corpus, lang, body, QUOTED, LATER)
    out = [p("Headline", title), *(p("Credit", text) for text in credits), p("Standfirst", standfirst),
           '<text:section text:style-name="Columns" text:name="Story">']
    for k, text in enumerate(body):
        boxed = ""
        if k in quotes:
            boxed = text_frame(f"Quote{k}", "QuoteBox", "4.6cm", p("PullQuote", quotes[k]))
        out.append(f'<text:p text:style-name="Standard">{boxed}{escape(text)}</text:p>')
    out.append("</text:section>")
    serif, sans = ("DejaVu Serif", "DejaVu Sans") if lang == "en" else ("Noto Serif CJK SC", "Noto Sans CJK SC")
    styles = STYLES.format(faces=font_faces(serif, "Noto Serif CJK SC", Head=sans, HeadAsian="Noto Sans CJK SC"),
                           default=default_style(lang, "9", lang != "zh", "CN" if lang == "zh" else "GB"), blocks=blocks(),
                           page=page_layout("14.8cm", "21cm", "1.2cm", "1.4cm", "1.5cm", "1.1cm", header_footer("0.35cm"), mirrored=True),
                           title=escape(title))
    return styles, out


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    styles, body = story(corpus, lang)
    write(out_path, namespaces("draw"), styles, body)


if __name__ == "__main__":
    main()
