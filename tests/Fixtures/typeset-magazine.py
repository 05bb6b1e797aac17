#!/usr/bin/env python3
"""Typesets a literary text as a magazine article or as a book's chapter, a flat ODT written whole, from the corpus
text itself (one paragraph a line).

usage: typeset-magazine.py magazine|book CORPUS_DIR LANG OUT.fodt [GOLD_DIR]

A fifth typesetter, made to measure the readers on layouts none of their rules was written against: our other
fixtures are papers (UN reports, records, letters, a manual), these are what magazines and publishers send.

magazine (the essay): pages 21 x 27.6 cm, mirrored; the title (26 pt), a standfirst in italic (12.5 pt) and the
by-line (bold, small) across the page; the body in two justified columns; the first paragraph opens with a drop cap
three lines deep and no indent, the others indented; two pull quotes (a sentence of the body repeated, 14 pt italic,
between rules, in a frame across the column, pages away from where the sentence stands); a photo box (a grey picture
and its caption, in a frame across the column); a sidebar box at the end (bordered and shaded, a heading and a
paragraph of its own); the magazine's name and issue as the running header at the outside of every page and the page
number at the outside of the foot. The standfirst, the caption and the sidebar are text, translated like the rest, and
are written to GOLD_DIR with the corpus's sentences and beads around them (the corpus's own gold does not hold them);
the pull quotes are furniture: the gold holds their sentence once, where the body has it.

book (the story): pages 13 x 20 cm, mirrored, one column of serif type; the chapter title set low on the first page,
the by-line under it, no header on the first page; the first line of the chapter and of every scene not indented, the
others indented two characters (an em and a half in English), no space between paragraphs; scene breaks as a centred
`＊　＊　＊` / `* * *` before three scenes (an ornament, not text: the gold has no sentence for it); running heads that
differ on left and right pages (the author's name on the left, the title on the right) with the page number at the
outside of the head."""
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import paragraphs  # noqa: E402
from odf import (columns, default_style, floating_frame, font_faces, header_footer, namespaces, p, page_layout,  # noqa: E402
                 pull_quote, text_frame, write)

MAGAZINE = {"zh": "山河月刊", "en": "Hills & Rivers Monthly"}
ISSUE = {"zh": "2027年3月号 · 总第142期", "en": "March 2027 · Issue 142"}

# The essay's text that only the magazine prints: a standfirst under the title, a photo's caption, a sidebar box.
STANDFIRST = {"zh": "八岁那年，她被送到桐溪镇的外婆家，在一排腌菜坛子中间学会了等待。",
              "en": "Sent to her grandmother in Tongxi at the age of eight, a child learns among the pickle jars how to wait."}
CAPTION = {"zh": "桐溪镇的老院子里，墙根下还摆着几只旧坛子。",
           "en": "In an old yard in Tongxi, a few old jars still stand along the wall."}
SIDEBAR_TITLE = {"zh": "怎样腌一坛雪里蕻", "en": "How to pickle mustard greens"}
SIDEBAR = {"zh": ["把菜洗干净，摊在竹席上晾到发软。", "每铺一层菜就撒一把盐，用力压紧，不要留下空气。", "封好坛口，放在阴凉的地方，一个月以后就能吃了。"],
           "en": ["Wash the greens and spread them on bamboo mats until they go limp.", "Scatter a handful of salt over each layer and press it down hard, leaving no air.", "Seal the jar and keep it somewhere cool; it will be ready in a month."]}
# Sentences of the body a pull quote repeats, and the body paragraph (from 0, after the by-line) it stands at.
PULL_QUOTES = {"zh": [("每个坛子都有自己的脾气，这是外婆说的。", 6), ("坛子不干净，菜就会坏。", 11)],
               "en": [("Every jar had its own temper, she said.", 6), ("“If the jar isn’t clean, the vegetables will spoil,” she said.", 11)]}
PHOTO_AT = 3          # the body paragraph the photo box stands at
SCENES = {"zh": ["她走了以后", "第三天", "一个星期以后"], "en": ["When she had gone", "On the third day", "A week later"]}
SCENE_BREAK = {"zh": "＊　＊　＊", "en": "* * *"}

MAGAZINE_STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="125%" fo:text-indent="{indent}"/>
  </style:style>
  <style:style style:name="First" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm">
    <style:drop-cap style:lines="3" style:length="1" style:distance="0.1cm"/>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm" fo:text-align="start"/>
   <style:text-properties style:font-name="Display" fo:font-size="26pt" style:font-name-asian="Display" style:font-size-asian="26pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Standfirst" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.3cm" fo:margin-right="3cm" fo:text-align="start" fo:line-height="120%"/>
   <style:text-properties fo:font-size="12.5pt" style:font-size-asian="12.5pt" fo:font-style="italic" style:font-style-asian="italic" fo:color="#444444"/>
  </style:style>
  <style:style style:name="Byline" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.5cm" fo:text-align="start"/>
   <style:text-properties style:font-name="Display" fo:font-size="8.5pt" style:font-name-asian="Display" style:font-size-asian="8.5pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:letter-spacing="0.03cm"/>
  </style:style>{pull_quote}
  <style:style style:name="Caption" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:text-align="start" fo:line-height="110%"/>
   <style:text-properties style:font-name="Display" fo:font-size="7.5pt" style:font-name-asian="Display" style:font-size-asian="7.5pt" fo:font-style="italic" style:font-style-asian="italic"/>
  </style:style>
  <style:style style:name="SidebarTitle" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.15cm" fo:text-align="start"/>
   <style:text-properties style:font-name="Display" fo:font-size="10pt" style:font-name-asian="Display" style:font-size-asian="10pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Sidebar" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:line-height="115%"/>
   <style:text-properties style:font-name="Display" fo:font-size="8.5pt" style:font-name-asian="Display" style:font-size-asian="8.5pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" fo:padding-bottom="0.08cm" fo:border-bottom="0.5pt solid #aa2222"/>
   <style:text-properties style:font-name="Display" fo:font-size="7.5pt" style:font-name-asian="Display" style:font-size-asian="7.5pt" fo:letter-spacing="0.02cm"/>
  </style:style>
  <style:style style:name="HeaderLeft" style:family="paragraph" style:parent-style-name="Header">
   <style:paragraph-properties fo:text-align="start"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="Display" fo:font-size="9pt" style:font-name-asian="Display" style:font-size-asian="9pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="FooterLeft" style:family="paragraph" style:parent-style-name="Footer">
   <style:paragraph-properties fo:text-align="start"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>{page}{columns}{frames}
  <style:style style:name="Photo" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties draw:fill="solid" draw:fill-color="#9a9a9a" fo:background-color="#9a9a9a" fo:border="none" fo:padding="0cm" style:vertical-pos="top" style:vertical-rel="baseline"/>
  </style:style>
  <style:style style:name="SidebarFrame" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" draw:fill="solid" draw:fill-color="#f1e9dc" fo:background-color="#f1e9dc" fo:border="0.8pt solid #aa2222" fo:padding="0.3cm"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Header">{magazine} · {issue}</text:p></style:header>
   <style:header-left><text:p text:style-name="HeaderLeft">{magazine} · {issue}</text:p></style:header-left>
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
   <style:footer-left><text:p text:style-name="FooterLeft"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer-left>
  </style:master-page>
 </office:master-styles>"""

BOOK_STYLES = """{faces}
 <office:styles>{default}
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="justify" fo:line-height="135%" fo:text-indent="{indent}"/>
  </style:style>
  <style:style style:name="First" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="0cm"/>
  </style:style>
  <style:style style:name="Chapter" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="3.5cm" fo:margin-bottom="0.3cm" fo:text-align="center"/>
   <style:text-properties fo:font-size="17pt" style:font-size-asian="17pt"/>
  </style:style>
  <style:style style:name="Byline" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="1.2cm" fo:text-align="center"/>
   <style:text-properties fo:font-size="9.5pt" style:font-size-asian="9.5pt" fo:font-style="italic" style:font-style-asian="italic"/>
  </style:style>
  <style:style style:name="SceneBreak" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.35cm" fo:text-align="center"/>
  </style:style>
  <style:style style:name="Head" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm">
    <style:tab-stops><style:tab-stop style:position="4.75cm" style:type="center"/><style:tab-stop style:position="9.5cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" fo:letter-spacing="0.04cm"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>{page}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Rest" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Head"><text:tab/>{title}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
   <style:header-left><text:p text:style-name="Head"><text:page-number text:select-page="current">1</text:page-number><text:tab/>{author}<text:tab/></text:p></style:header-left>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Page" style:next-style-name="Rest"/>
 </office:master-styles>"""


def magazine(corpus, lang):
    title, byline, *body = paragraphs(corpus, lang)
    column = "7.9cm"
    out = [p("Title", title), p("Standfirst", STANDFIRST[lang]), p("Byline", byline),
           '<text:section text:style-name="Columns" text:name="Article">']
    quotes = {at: text for text, at in PULL_QUOTES[lang]}
    for k, text in enumerate(body):
        anchored = ""
        if k == PHOTO_AT:
            # A grey picture: a frame of its own, set as a character, with nothing in it.
            photo = ('<text:p text:style-name="Caption"><draw:frame draw:name="Picture" draw:style-name="Photo" '
                     'text:anchor-type="as-char" svg:width="7.9cm" svg:height="4.6cm" draw:z-index="1"><draw:text-box>'
                     '<text:p/></draw:text-box></draw:frame></text:p>')
            anchored += text_frame("Photo", "PhotoFrame", column, photo + p("Caption", CAPTION[lang]))
        if k in quotes:
            anchored += text_frame(f"Quote{k}", "QuoteFrame", column, p("PullQuote", quotes[k]))
        style = "First" if k == 0 else "Standard"
        out.append(f'<text:p text:style-name="{style}">{anchored}{escape(text)}</text:p>')
    sidebar = p("SidebarTitle", SIDEBAR_TITLE[lang]) + p("Sidebar", ("" if lang == "zh" else " ").join(SIDEBAR[lang]))
    out.append(f'<text:p text:style-name="First">{text_frame("Sidebar", "SidebarFrame", "7.3cm", sidebar)}</text:p>')
    out.append("</text:section>")
    styles = MAGAZINE_STYLES.format(faces=font_faces("DejaVu Serif" if lang == "en" else "Noto Serif CJK SC", "Noto Serif CJK SC",
                                                     Display="DejaVu Sans Condensed" if lang == "en" else "Noto Sans CJK SC"),
                                    page=page_layout("21cm", "27.6cm", "1.2cm", "1.2cm", "2.2cm", "1.6cm", header_footer("0.6cm", "0.5cm"), mirrored=True),
                                    columns=columns("0.7cm"),
                                    pull_quote=pull_quote("14pt", "#aa2222", "1.2pt", "115%", "0.15cm", align="center",
                                                          style_extra=' fo:font-style="italic" style:font-style-asian="italic"'),
                                    frames=floating_frame("QuoteFrame", "0.3cm", "0.3cm") + floating_frame("PhotoFrame", "0.2cm", "0.35cm"),
                                    indent="2em" if lang == "zh" else "1.2em", magazine=escape(MAGAZINE[lang]),
                                    issue=escape(ISSUE[lang]), default=default(lang, "9.5"))
    return styles, out


def book(corpus, lang):
    title, byline, *body = paragraphs(corpus, lang)
    out = [p("Chapter", title), p("Byline", byline)]
    first = True
    for text in body:
        if any(text.startswith(s) for s in SCENES[lang]):
            out.append(p("SceneBreak", SCENE_BREAK[lang]))
            first = True
        out.append(p("First" if first else "Standard", text))
        first = False
    author = byline.removeprefix("文／").removeprefix("By ")
    styles = BOOK_STYLES.format(faces=font_faces("DejaVu Serif Condensed" if lang == "en" else "Noto Serif CJK SC", "Noto Serif CJK SC"),
                                page=page_layout("13cm", "20cm", "1.2cm", "1.6cm", "2cm", "1.5cm", header_footer("0.6cm"), mirrored=True), indent="2em" if lang == "zh" else "1.5em", title=escape(title), author=escape(author),
                                default=default(lang, "10"))
    # The first page has no header; the chapter title's paragraph starts it, the rest follow on "Rest".
    out[0] = out[0].replace('"Chapter"', '"ChapterFirst"', 1)
    styles = styles.replace(" </office:automatic-styles>", '  <style:style style:name="ChapterFirst" style:family='
                            '"paragraph" style:parent-style-name="Chapter" style:master-page-name="Standard"/>\n'
                            " </office:automatic-styles>", 1)
    return styles, out


def default(lang, size):
    return default_style(lang, size, lang != "zh", "CN" if lang == "zh" else "GB",
                         ' fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"')


def write_gold(corpus, gold):
    """The corpus's sentences and beads with the magazine's own text (standfirst, caption, sidebar) where it reads."""
    gold.mkdir(parents=True, exist_ok=True)
    sentences = {lang: (corpus / f"{lang}.sentences.txt").read_text(encoding="utf-8").splitlines() for lang in ("zh", "en")}
    beads = [line for line in (corpus / "gold.beads").read_text(encoding="utf-8").splitlines() if line.strip()]
    added = {lang: [] for lang in ("zh", "en")}   # (index in the new list, text)
    texts = {}
    for lang in ("zh", "en"):
        old, body = sentences[lang], paragraphs(corpus, lang)[2:]
        # Where each piece goes: the standfirst after the title; the caption before the photo's paragraph's first
        # sentence; the sidebar after the last sentence.
        photo_first = body[PHOTO_AT]
        at_photo = next(i for i, s in enumerate(old) if photo_first.startswith(s))
        inserts = [(1, [STANDFIRST[lang]]), (at_photo, [CAPTION[lang]]), (len(old), [SIDEBAR_TITLE[lang], *SIDEBAR[lang]])]
        new, mapping, k = [], {}, 0
        for i in range(len(old) + 1):
            for at, pieces in inserts:
                if at == i:
                    for piece in pieces:
                        added[lang].append(len(new))
                        new.append(piece)
            if i < len(old):
                mapping[i] = len(new)
                new.append(old[i])
        texts[lang], sentences[lang] = new, mapping
    out = []
    for line in beads:
        source, target = (side.strip("[]") for side in line.split("]:[", 1))
        zh = [sentences["zh"][int(i)] for i in source.split(",") if i.strip()]
        en = [sentences["en"][int(i)] for i in target.rstrip("]").split(",") if i.strip()]
        out.append(f"[{','.join(map(str, zh))}]:[{','.join(map(str, en))}]")
    out.extend(f"[{z}]:[{e}]" for z, e in zip(added["zh"], added["en"]))
    for lang in ("zh", "en"):
        # The same text as a clean file, one paragraph a line, to measure the readers beside.
        title, byline, *body = paragraphs(corpus, lang)
        body.insert(PHOTO_AT, CAPTION[lang])
        clean = [title, STANDFIRST[lang], byline, *body, SIDEBAR_TITLE[lang], ("" if lang == "zh" else " ").join(SIDEBAR[lang])]
        (gold / f"{lang}.txt").write_text("\n\n".join(clean) + "\n", encoding="utf-8")
        (gold / f"{lang}.sentences.txt").write_text("\n".join(texts[lang]) + "\n", encoding="utf-8")
    (gold / "gold.beads").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    kind, corpus, lang, out_path = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    styles, body = (magazine if kind == "magazine" else book)(corpus, lang)
    write(out_path, namespaces("table", "draw"), styles, body)
    if len(sys.argv) > 5:
        write_gold(corpus, Path(sys.argv[5]))


if __name__ == "__main__":
    main()
