#!/usr/bin/env python3
"""Typesets a feature as a newsletter spread with a sidebar, a chart and a table of figures, a flat ODT written whole,
from the corpus text itself (one paragraph a line).

usage: typeset-spread.py CORPUS_DIR LANG OUT.fodt [GOLD_DIR]

A layout made to measure the readers on what sits between a spread's paragraphs, before any rule is written for it:
A4 pages, the title and by-line across the first page, the body in two justified columns of serif type 0.6 cm apart,
paragraphs indented and without space between them; after one paragraph a sidebar (a framed, shaded box across its
column: a bold heading and a paragraph of smaller sans-serif type); after another a small bar chart (drawn bars in a
bordered frame, no text) with its caption under it (`图1. …` / `Figure 1. …`, small italic); after a third a table of
figures across the column (a caption over it, a header row, three rows, rules above and below); the newsletter's name
at the left of every page's head and the page number at the right of the foot.

The sidebar, the caption and the table are text, translated like the rest, and are written to GOLD_DIR with the
corpus's sentences and beads around them (the corpus's own gold does not hold them): one sentence a segment, one
table row a segment with a tab between its cells, every added sentence paired one to one."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs  # noqa: E402
from odf import columns, default_style, font_faces, header_footer, namespaces, p, page_layout, ruled_table, sized, style, text_frame, write  # noqa: E402

NAME = {"zh": "湿地简报 · 2025年春季号", "en": "Wetland Notes · Spring 2025"}

# What only the spread prints, and the body paragraph (counted from 0 after the by-line) each follows.
SIDEBAR_AFTER = {"zh": 3, "en": 4}
SIDEBAR_TITLE = {"zh": "怎样数一大群鸟", "en": "How to count a flock"}
SIDEBAR = {"zh": ["先数出一百只鸟，看它们占多大一块地方。", "再用这一块去量整群鸟。", "鸟群起飞的时候，先数飞走的那一侧。"],
           "en": ["First count a hundred birds and see how much ground they cover.", "Then use that patch to measure the whole flock.",
                  "When a flock takes off, count the side that leaves first."]}
FIGURE_AFTER = {"zh": 4, "en": 5}
CAPTION = {"zh": "图1. 东澄湾大滨鹬的春季数量，2010—2024年", "en": "Figure 1. Spring counts of great knots in Dongcheng Bay, 2010–2024"}
BARS = [3.0, 2.8, 2.6, 2.3, 2.1, 1.9, 1.8]   # the chart's bar heights (cm): drawn, no text
TABLE_AFTER = {"zh": 12, "en": 9}
TABLE_TITLE = {"zh": "表1. 2024年春季各区域最高计数（只）", "en": "Table 1. Highest spring counts by area, 2024 (birds)"}
TABLE = {"zh": [["区域", "大滨鹬", "黑腹滨鹬"], ["北侧滩涂", "5200", "1900"], ["中部滩涂", "2100", "3400"], ["南侧滩涂", "800", "1600"]],
         "en": [["Area", "Great knot", "Dunlin"], ["North flats", "5,200", "1,900"], ["Middle flats", "2,100", "3,400"],
                ["South flats", "800", "1,600"]]}

STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="125%" fo:text-indent="{indent}"/>
  </style:style>
  <style:style style:name="First" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm"/>
  </style:style>{title}{sidebar}
  <style:style style:name="Chart" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:text-align="center" fo:padding="0.2cm" fo:border="0.5pt solid #555555"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.3cm" fo:text-align="start"/>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" fo:font-style="italic" style:font-style-asian="italic"/>
  </style:style>
  <style:style style:name="TableTitle" style:family="paragraph" style:parent-style-name="Caption">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="8.5pt" style:font-size-asian="8.5pt" style:font-name="Side" style:font-name-asian="Side"/>
  </style:style>
  <style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Cell">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Head" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid #000000"/>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/>
  </style:style>
  <style:style style:name="Foot" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>{page}{columns}
  <style:style style:name="SidebarFrame" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" draw:fill="solid" draw:fill-color="#e3ecf4" fo:background-color="#e3ecf4" fo:border="0.8pt solid #1f4e79" fo:padding="0.25cm"/>
  </style:style>
  <style:style style:name="Bar" style:family="graphic">
   <style:graphic-properties draw:fill="solid" draw:fill-color="#1f4e79" draw:stroke="none" style:vertical-pos="bottom" style:vertical-rel="baseline"/>
  </style:style>
  <style:style style:name="Figures" style:family="table">
   <style:table-properties style:width="{column}" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0.35cm"/>
  </style:style>
  <style:style style:name="Ruled" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.05cm" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none"/>
  </style:style>
  <style:style style:name="Plain" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.05cm" fo:border="none"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Head">{name}</text:p></style:header>
   <style:footer><text:p text:style-name="Foot"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>"""

COLUMN = "8.4cm"


def chart():
    bars = "".join(f'<draw:rect draw:style-name="Bar" text:anchor-type="as-char" svg:width="0.55cm" svg:height="{h}cm" draw:z-index="1"/>'
                   '<text:s text:c="2"/>' for h in BARS)
    return f'<text:p text:style-name="Chart">{bars}</text:p>'


def spread(corpus, lang):
    title, byline, *body = paragraphs(corpus, lang)
    out = [p("Title", title), p("Byline", byline), '<text:section text:style-name="Columns" text:name="Article">']
    sidebar = p("SidebarTitle", SIDEBAR_TITLE[lang]) + p("Sidebar", ("" if lang == "zh" else " ").join(SIDEBAR[lang]))
    first = True
    for k, text in enumerate(body):
        # The sidebar is a frame anchored at the top of the paragraph after the one it follows.
        anchored = text_frame("Sidebar", "SidebarFrame", COLUMN, sidebar) if k == SIDEBAR_AFTER[lang] + 1 else ""
        out.append(f'<text:p text:style-name="{"First" if first else "Standard"}">{anchored}{escape(text)}</text:p>')
        first = False
        if k == FIGURE_AFTER[lang]:
            out += [chart(), p("Caption", CAPTION[lang])]
            first = True
        if k == TABLE_AFTER[lang]:
            out += [p("TableTitle", TABLE_TITLE[lang]), ruled_table("Counts", TABLE[lang])]
            first = True
    out.append("</text:section>")
    serif, sans = ("DejaVu Serif", "DejaVu Sans") if lang == "en" else ("Noto Serif CJK SC", "Noto Sans CJK SC")
    styles = STYLES.format(
        faces=font_faces(serif, "Noto Serif CJK SC", Side=sans),
        default=default_style(lang, "9.5", lang != "zh", "CN" if lang == "zh" else "GB", hang_punctuation=False),
        indent="0.67cm" if lang == "zh" else "0.4cm",
        title=style("Title", 'fo:margin-bottom="0.2cm" fo:text-align="start"', sized("20pt", bold=True))
        + style("Byline", 'fo:margin-bottom="0.5cm" fo:text-align="start"', sized("9pt")),
        sidebar=style("SidebarTitle", 'fo:margin-bottom="0.1cm" fo:text-align="start"', sized("9pt", bold=True) + ' style:font-name="Side" style:font-name-asian="Side"')
        + style("Sidebar", 'fo:text-align="start" fo:line-height="120%"', sized("8.5pt") + ' style:font-name="Side" style:font-name-asian="Side"'),
        page=page_layout("21cm", "29.7cm", "1.5cm", "1.5cm", "1.8cm", "1.8cm", header_footer("0.5cm", "0.4cm")),
        columns=columns("0.6cm"), column=COLUMN, name=escape(NAME[lang]))
    return styles, out


def write_gold(corpus, gold):
    """The corpus's sentences and beads with the spread's own text (sidebar, caption, table) after the paragraphs it
    follows, and a clean text of the same, one paragraph (or table row) a line, to measure the readers beside."""
    gold.mkdir(parents=True, exist_ok=True)
    squeeze = (lambda s: "".join(s.split()))
    beads = [line for line in (corpus / "gold.beads").read_text(encoding="utf-8").splitlines() if line.strip()]
    added, mappings, texts = {}, {}, {}
    for lang in ("zh", "en"):
        old = (corpus / f"{lang}.sentences.txt").read_text(encoding="utf-8").splitlines()
        body = paragraphs(corpus, lang)[2:]
        rows = ["\t".join(row) for row in TABLE[lang]]
        pieces = {SIDEBAR_AFTER[lang]: [SIDEBAR_TITLE[lang], *SIDEBAR[lang]], FIGURE_AFTER[lang]: [CAPTION[lang]],
                  TABLE_AFTER[lang]: [TABLE_TITLE[lang], *rows]}
        # A piece goes before the first sentence of the paragraph after the one it follows.
        at = {next(i for i, s in enumerate(old) if squeeze(body[k + 1]).startswith(squeeze(s))): v for k, v in pieces.items()}
        new, mapping, added[lang] = [], {}, []
        for i, sentence in enumerate(old):
            for piece in at.get(i, []):
                added[lang].append(len(new))
                new.append(piece)
            mapping[i] = len(new)
            new.append(sentence)
        texts[lang], mappings[lang] = new, mapping
        clean = paragraphs(corpus, lang)[:2]
        for k, text in enumerate(body):
            clean.append(text)
            if k == SIDEBAR_AFTER[lang]:
                clean += [SIDEBAR_TITLE[lang], ("" if lang == "zh" else " ").join(SIDEBAR[lang])]
            if k == FIGURE_AFTER[lang]:
                clean.append(CAPTION[lang])
            if k == TABLE_AFTER[lang]:
                clean.append(TABLE_TITLE[lang] + "\n" + "\n".join(rows))
        (gold / f"{lang}.txt").write_text("\n\n".join(clean) + "\n", encoding="utf-8")
        (gold / f"{lang}.sentences.txt").write_text("\n".join(new) + "\n", encoding="utf-8")
    out = []
    for line in beads:
        source, target = (side.strip("[]") for side in line.split("]:[", 1))
        zh = [mappings["zh"][int(i)] for i in source.split(",") if i.strip()]
        en = [mappings["en"][int(i)] for i in target.rstrip("]").split(",") if i.strip()]
        out.append(f"[{','.join(map(str, zh))}]:[{','.join(map(str, en))}]")
    out.extend(f"[{z}]:[{e}]" for z, e in zip(added["zh"], added["en"]))
    (gold / "gold.beads").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    styles, body = spread(corpus, lang)
    write(out_path, namespaces("table", "draw"), styles, body)
    if len(sys.argv) > 4:
        write_gold(corpus, Path(sys.argv[4]))


if __name__ == "__main__":
    main()
