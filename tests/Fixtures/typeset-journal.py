#!/usr/bin/env python3
"""Typesets a feature as a two-column journal article, a flat ODT written whole, from the corpus text itself (one
paragraph a line).

usage: typeset-journal.py CORPUS_DIR LANG OUT.fodt [GOLD_DIR]

A layout made to measure the readers on a journal's page before any rule is written for it: A4 pages, the title, the
by-line and an abstract (a bold head over a paragraph of smaller type set in from both margins, a rule under it) across
the first page, then the body in two justified columns 0.7 cm apart, paragraphs indented and without space between
them; numbered section heads in bold (`1. Introduction` / `一、引言`) with space above; a figure (a drawn bar chart in a
frame, no text) and its caption (`Figure 1. …` / `图1. …`, small italic) in a frame anchored at the top of the second
page across both columns, so the columns run on under it; footnotes with superscript markers at the page's foot; a
two-column table of figures inside one column, its caption over it and rules above and below; the journal's name and
issue in the head of every page and the page number centred at its foot.

The abstract, the section heads, the caption, the table and the footnotes are text, translated like the rest, and are
written to GOLD_DIR with the corpus's sentences and beads around them (the corpus's own gold does not hold them): one
sentence a segment, a head without its number (labels are not text), one table row a segment with a tab between its
cells, a footnote marker a superscript digit at the end of the sentence it follows, every added sentence paired one
to one."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs  # noqa: E402
from odf import default_style, font_faces, header_footer, namespaces, p, page_layout, ruled_table, sized, style, write  # noqa: E402

NAME = {"zh": "区域劳动研究 · 第12卷第3期", "en": "Journal of Regional Labour Studies · Vol. 12, No. 3"}
ABSTRACT_HEAD = {"zh": "摘要", "en": "Abstract"}
ABSTRACT = {"zh": ["河山煤矿关闭后，县里让一部分矿车司机转岗驾驶电动公交。", "本文跟随第一批司机，记述他们三个月的培训和上路后的头几个星期。"],
            "en": ["When the Heshan coal mine closed, the county retrained some of its truck drivers to drive electric buses.",
                   "This article follows the first of them through their three months of training and their first weeks on the routes."]}

# The numbered section heads (label, title) and the body paragraph (counted from 0 after the by-line) each opens.
HEADS = {"zh": {0: ("一、", "引言"), 4: ("二、", "培训"), 7: ("三、", "上路"), 10: ("四、", "展望")},
         "en": {0: ("1.", "Introduction"), 3: ("2.", "Training"), 6: ("3.", "On the routes"), 9: ("4.", "Outlook")}}

# Footnotes: the gold sentence (index in the corpus's sentences) the marker follows, and the note's text.
NOTES = {"zh": [(5, "该矿于1987年投产。"), (37, "充电桩数据由公交公司提供。")],
         "en": [(5, "The mine opened in 1987."), (43, "Figures on the chargers were supplied by the bus company.")]}
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# The figure floats to the top of page 2; in the gold its caption goes before the body paragraph the page's columns
# open with after it (the first paragraph that begins on page 2 of the PDF).
CAPTION = {"zh": "图1. 河山场站每月投入运营的电动公交数量", "en": "Figure 1. Electric buses in daily service at the Heshan depot, by month"}
CAPTION_BEFORE = {"zh": 9, "en": 8}
BARS = [1.2, 1.6, 2.1, 2.4, 2.6, 2.9, 3.1, 3.2]   # the chart's bar heights (cm): drawn, no text
TABLE_AFTER = {"zh": 5, "en": 4}
TABLE_TITLE = {"zh": "表1. 首批司机的线路分配", "en": "Table 1. The first drivers by route"}
TABLE = {"zh": [["线路", "司机（人）"], ["3路", "6"], ["5路", "5"], ["8路", "4"]],
         "en": [["Route", "Drivers"], ["Route 3", "6"], ["Route 5", "5"], ["Route 8", "4"]]}

STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="{leading}" fo:text-indent="{indent}"/>
  </style:style>
  <style:style style:name="First" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm"/>
  </style:style>{title}
  <style:style style:name="SectionHead" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:text-align="start" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Chart" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:text-align="center" fo:padding="0.2cm" fo:border="0.5pt solid #555555"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0cm" fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" fo:font-style="italic" style:font-style-asian="italic"/>
  </style:style>
  <style:style style:name="TableTitle" style:family="paragraph" style:parent-style-name="Caption">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:text-align="start"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="8.5pt" style:font-size-asian="8.5pt"/>
  </style:style>
  <style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Cell">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
   <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:text-align="start"/>
   <style:text-properties fo:font-size="7.5pt" style:font-size-asian="7.5pt"/>
  </style:style>
  <style:style style:name="Head" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid #000000"/>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" fo:font-style="italic" style:font-style-asian="italic"/>
  </style:style>
  <style:style style:name="Foot" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>{page}{columns}
  <style:style style:name="FigureFrame" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties fo:margin-top="0cm" fo:margin-bottom="0.4cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="page-content" style:horizontal-pos="center" style:horizontal-rel="page-content" fo:border="none" fo:padding="0cm" draw:fill="none" fo:background-color="transparent"/>
  </style:style>
  <style:style style:name="Bar" style:family="graphic">
   <style:graphic-properties draw:fill="solid" draw:fill-color="#444444" draw:stroke="none" style:vertical-pos="bottom" style:vertical-rel="baseline"/>
  </style:style>
  <style:style style:name="Figures" style:family="table">
   <style:table-properties style:width="5cm" table:align="center" fo:margin-top="0cm" fo:margin-bottom="0.35cm"/>
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

WIDTH = "17cm"

# Columns filled one after the other, not balanced: LibreOffice sets a balanced section's footnotes on a page of their own.
COLUMNS = """
  <style:style style:name="Columns" style:family="section">
   <style:section-properties text:dont-balance-text-columns="true">
    <style:columns fo:column-count="2" fo:column-gap="0.7cm"/>
   </style:section-properties>
  </style:style>"""


def figure(lang):
    """The chart and its caption in a frame anchored to page 2, across the text's width, at the top of the page."""
    bars = "".join(f'<draw:rect draw:style-name="Bar" text:anchor-type="as-char" svg:width="0.8cm" svg:height="{h}cm" draw:z-index="1"/>'
                   '<text:s text:c="3"/>' for h in BARS)
    content = f'<text:p text:style-name="Chart">{bars}</text:p>' + p("Caption", CAPTION[lang])
    return (f'<draw:frame draw:name="Figure1" draw:style-name="FigureFrame" text:anchor-type="page" text:anchor-page-number="2" '
            f'svg:width="{WIDTH}" draw:z-index="0"><draw:text-box fo:min-height="1cm">{content}</draw:text-box></draw:frame>')


def noted(text, lang):
    """The paragraph as ODF inline content with a footnote after each noted sentence it holds."""
    sentences = CORPUS_SENTENCES[lang]
    out = escape(text)
    for number, (index, note) in enumerate(NOTES[lang], start=1):
        sentence = escape(sentences[index])
        if sentence in out:
            mark = (f'<text:note text:id="ftn{number}" text:note-class="footnote"><text:note-citation>{number}</text:note-citation>'
                    f'<text:note-body>{p("Footnote", note)}</text:note-body></text:note>')
            out = out.replace(sentence, sentence + mark, 1)
    return out


CORPUS_SENTENCES = {}


def journal(corpus, lang):
    CORPUS_SENTENCES[lang] = (corpus / f"{lang}.sentences.txt").read_text(encoding="utf-8").splitlines()
    title, byline, *body = paragraphs(corpus, lang)
    out = [figure(lang), p("Title", title), p("Byline", byline), p("AbstractHead", ABSTRACT_HEAD[lang]),
           p("Abstract", ("" if lang == "zh" else " ").join(ABSTRACT[lang])), '<text:section text:style-name="Columns" text:name="Article">']
    first = True
    for k, text in enumerate(body):
        if k in HEADS[lang]:
            label, head = HEADS[lang][k]
            out.append(p("SectionHead", f"{label}{'' if lang == 'zh' else ' '}{head}"))
            first = True
        out.append(f'<text:p text:style-name="{"First" if first else "Standard"}">{noted(text, lang)}</text:p>')
        first = False
        if k == TABLE_AFTER[lang]:
            out += [p("TableTitle", TABLE_TITLE[lang]), ruled_table("Drivers", TABLE[lang])]
            first = True
    out.append("</text:section>")
    serif = "DejaVu Serif" if lang == "en" else "Noto Serif CJK SC"
    styles = STYLES.format(
        faces=font_faces(serif, "Noto Serif CJK SC"),
        default=default_style(lang, "10.5" if lang == "zh" else "10", lang != "zh", "CN" if lang == "zh" else "GB", hang_punctuation=False),
        indent="0.74cm" if lang == "zh" else "0.45cm", leading="150%" if lang == "zh" else "125%",
        title=style("Title", 'fo:margin-bottom="0.25cm" fo:text-align="center"', sized("17pt", bold=True))
        + style("Byline", 'fo:margin-bottom="0.45cm" fo:text-align="center"', sized("10pt"))
        + style("AbstractHead", 'fo:margin-left="1.2cm" fo:margin-right="1.2cm" fo:margin-bottom="0.1cm" fo:text-align="start"', sized("9pt", bold=True))
        + style("Abstract", 'fo:margin-left="1.2cm" fo:margin-right="1.2cm" fo:margin-bottom="0.5cm" fo:padding-bottom="0.3cm" '
                'fo:border-bottom="0.5pt solid #000000" fo:text-align="justify" fo:line-height="115%"', sized("8.5pt")),
        page=page_layout("21cm", "29.7cm", "1.6cm", "1.6cm", "2cm", "2cm", header_footer("0.5cm", "0.4cm")),
        columns=COLUMNS, name=escape(NAME[lang]))
    return styles, out


def write_gold(corpus, gold):
    """The corpus's sentences and beads with the journal's own text (abstract, heads, caption, table, footnotes) where
    the page reads it, and a clean text of the same, one paragraph (or table row) a line, to measure the readers beside."""
    gold.mkdir(parents=True, exist_ok=True)
    squeeze = (lambda s: "".join(s.split()))
    beads = [line for line in (corpus / "gold.beads").read_text(encoding="utf-8").splitlines() if line.strip()]
    added, mappings = {}, {}
    for lang in ("zh", "en"):
        old = (corpus / f"{lang}.sentences.txt").read_text(encoding="utf-8").splitlines()
        marks = {index: SUPERSCRIPT[n] for n, (index, _) in enumerate(NOTES[lang], start=1)}
        notes = {index: note for index, note in NOTES[lang]}
        title, byline, *body = paragraphs(corpus, lang)
        starts = [next(i for i, s in enumerate(old) if squeeze(text).startswith(squeeze(s))) for text in body]
        ends = starts[1:] + [len(old)]
        before, after = {}, {}
        # Each piece is keyed by what it is, so that the two languages' pieces pair whatever order they come in.
        before.setdefault(starts[0], []).extend([("abstract", ABSTRACT_HEAD[lang]), *((f"abstract {n}", s) for n, s in enumerate(ABSTRACT[lang]))])
        for n, (k, (_, head)) in enumerate(sorted(HEADS[lang].items())):
            before.setdefault(starts[k], []).append((f"head {n}", head))
        before.setdefault(starts[CAPTION_BEFORE[lang]], []).insert(0, ("caption", CAPTION[lang]))
        after.setdefault(ends[TABLE_AFTER[lang]] - 1, []).extend(
            [("table", TABLE_TITLE[lang]), *((f"row {n}", "\t".join(row)) for n, row in enumerate(TABLE[lang]))])
        # A footnote is read at the foot of the page, after the paragraph that holds its marker (both fit one page).
        for n, (index, note) in enumerate(NOTES[lang]):
            k = max(j for j, s in enumerate(starts) if s <= index)
            after.setdefault(ends[k] - 1, []).append((f"note {n}", note))
        new, mapping, added[lang] = [], {}, {}
        for i, sentence in enumerate(old):
            for key, piece in before.get(i, []):
                added[lang][key] = len(new)
                new.append(piece)
            mapping[i] = len(new)
            new.append(sentence + marks.get(i, ""))
            for key, piece in after.get(i, []):
                added[lang][key] = len(new)
                new.append(piece)
        mappings[lang] = mapping
        (gold / f"{lang}.sentences.txt").write_text("\n".join(new) + "\n", encoding="utf-8")
        clean = [title, byline, ABSTRACT_HEAD[lang], ("" if lang == "zh" else " ").join(ABSTRACT[lang])]
        joiner = "" if lang == "zh" else " "
        for k, text in enumerate(body):
            if k in HEADS[lang]:
                label, head = HEADS[lang][k]
                clean.append(f"{label}{joiner}{head}")
            if k == CAPTION_BEFORE[lang]:
                clean.append(CAPTION[lang])
            for index in marks:
                text = text.replace(old[index], old[index] + marks[index], 1)
            clean.append(text)
            if k == TABLE_AFTER[lang]:
                clean.append(TABLE_TITLE[lang] + "\n" + "\n".join("\t".join(row) for row in TABLE[lang]))
            for index, note in notes.items():
                if starts[k] <= index < ends[k]:
                    clean.append(marks[index] + " " + note)
        (gold / f"{lang}.txt").write_text("\n\n".join(clean) + "\n", encoding="utf-8")
    out = []
    for line in beads:
        source, target = (side.strip("[]") for side in line.split("]:[", 1))
        zh = [mappings["zh"][int(i)] for i in source.split(",") if i.strip()]
        en = [mappings["en"][int(i)] for i in target.rstrip("]").split(",") if i.strip()]
        out.append(f"[{','.join(map(str, zh))}]:[{','.join(map(str, en))}]")
    assert added["zh"].keys() == added["en"].keys()
    out.extend(f"[{z}]:[{added['en'][key]}]" for key, z in added["zh"].items())
    (gold / "gold.beads").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    corpus, lang, out_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    styles, body = journal(corpus, lang)
    write(out_path, namespaces("table", "draw"), styles, body)
    if len(sys.argv) > 4:
        write_gold(corpus, Path(sys.argv[4]))


if __name__ == "__main__":
    main()
