#!/usr/bin/env python3
"""Typesets a document as Word itself writes one, from the blocks `alignment segment --json` reads from its text.

usage: typeset-word.py VARIANT BLOCKS.json OUT.docx

A second typesetter, independent of typeset.py (which fills in a flat ODT for LibreOffice): this one writes the
Office Open XML parts by hand, with Word's built-in styles and conventions, so that the readers meet what a file
made in Word holds rather than what LibreOffice exports. Title, Heading 1-3 (with outline levels) and Normal styles;
paragraph numbers, (a) items and (i) sub-items from numbering.xml (decimal, lowerLetter, lowerRoman; chapter headings
upperRoman or chineseCounting and upperLetter); footnotes in footnotes.xml with references in the text; headers
and footers with PAGE and NUMPAGES fields; a section break before the annex (or half-way); tables of figures as
Word tables. The variant "typed" types every label in the paragraph's text instead (a tab after it), as a document
pasted from elsewhere has them."""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blocks import block_text, cited, is_row, list_level, notes, pieces, roman_value, row_cells  # noqa: E402,F401
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
SYMBOL = "UNODC/CCPCJ/EG.4/2021/2"
JOB = "V.21-02475"

VARIANTS = {
    # A4, Times New Roman 11 pt (SimSun for Chinese), labels from list numbering, a different first page, the
    # symbol at the top, "job  page of pages" at the foot, annex in a section of its own.
    "word": dict(width=11906, height=16838, margins=(1440, 1247, 1440, 1247), latin="Times New Roman", cjk="SimSun",
                 size=22, numbering="list", header="symbol", footer="job-page-of"),
    # US Letter, Arial 10 pt (Microsoft YaHei), labels typed, the running symbol right-aligned, "- page -" centred.
    "typed": dict(width=12240, height=15840, margins=(1080, 1800, 1080, 1800), latin="Arial", cjk="Microsoft YaHei",
                  size=20, numbering="typed", header="symbol-right", footer="dash-page"),
}


def run(text, props=""):
    text = escape(text)
    parts = text.split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{p}</w:t>' for p in parts)
    return f"<w:r>{'<w:rPr>' + props + '</w:rPr>' if props else ''}{inner}</w:r>"


class Writer:
    def __init__(self, variant, lang, blocks):
        self.v, self.lang, self.blocks = variant, lang, blocks
        self.notes = notes(blocks, lang)
        self.cited = cited(blocks)
        self.footnotes = []  # (id, text)
        self.nums = []       # (numId, abstractId, {level: start})
        self.list_num = None
        self.expected = {}   # numId -> [counters]

    # Runs with footnote references in place of the superscript markers.
    def inline(self, text):
        out = []
        for is_marker, piece in pieces(text, self.notes):
            if is_marker:
                note_id = len(self.footnotes) + 1
                self.footnotes.append((note_id, self.notes[piece]))
                out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>')
            else:
                out.append(run(piece))
        return "".join(out)

    def paragraph(self, style, content, props=""):
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{props}</w:pPr>{content}</w:p>'

    # List numbering: one abstract list for paragraphs (1. / (a) / (i)), one for chapter headings (I. / A.). A level
    # that would not count on to the number wanted gets a list instance of its own that starts it there.
    def numbered(self, abstract, level, value):
        key = abstract
        num = self.list_num.get(key)
        counters = self.expected.setdefault(key, [0] * 9)
        if num is None or counters[level] + 1 != value:
            num = len(self.nums) + 1
            self.nums.append((num, abstract, {level: value}))
            self.list_num[key] = num
            counters[level] = value - 1
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'

    def body(self):
        typed = self.v["numbering"] == "typed"
        self.list_num = {}
        out, table = [], []
        blocks = self.blocks
        annex_at = next((i for i, b in enumerate(blocks) if b["path"].startswith("annex")), len(blocks) // 2)
        for i, b in enumerate(blocks):
            kind, label, anchor, path = b["kind"], b["label"], b["anchor"], b["path"]
            text = block_text(b, self.lang)
            if kind == "Paragraph" and is_row(b, self.lang):
                table.append(text)
                continue
            # A heading between rows of figures (Assets, Liabilities) is a row of the table that spans it.
            if table and kind == "Heading" and not label and i + 1 < len(blocks) and is_row(blocks[i + 1], self.lang):
                table.append(text)
                continue
            if table:
                out.append(self.table(table))
                table = []
            if i == annex_at and i > 0:
                # The section before ends with the paragraph before; Word keeps its properties in that paragraph.
                out[-1] = out[-1].replace("</w:pPr>", self.section(final=False) + "</w:pPr>", 1)
            if kind == "Footnote" and anchor not in self.cited:
                out.append(self.paragraph("Normal", run(f"{label} {text}")))
                continue
            if kind == "Footnote":
                continue
            if kind == "Metadata":
                out.append(self.paragraph("Normal", self.inline(text), '<w:jc w:val="right"/>'))
            elif kind == "Title":
                out.append(self.paragraph("Title", self.inline(text)))
            elif kind == "Heading" and not label and "›" not in path:
                # An annex's heading: a chapter heading without a number.
                out.append(self.paragraph("Heading1", self.inline(text), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
            elif kind == "Heading" and label:
                roman = not (anchor.isalpha() and len(anchor) == 1 and anchor not in "IVX")
                style, level = ("Heading1", 0) if roman else ("Heading2", 1)
                if typed:
                    out.append(self.paragraph(style, run(label + "\t") + self.inline(text)))
                else:
                    value = roman_value(anchor) if roman else ord(anchor) - ord("A") + 1
                    out.append(self.paragraph(style, self.inline(text), self.numbered("headings", level, value)))
            elif kind == "Heading":
                out.append(self.paragraph("Heading3", self.inline(text)))
            elif kind in ("NumberedParagraph", "ListItem") and not typed and list_level(kind, anchor) is not None:
                level, value = list_level(kind, anchor)
                out.append(self.paragraph("Normal", self.inline(text), self.numbered("paragraphs", level, value)))
            elif kind in ("NumberedParagraph", "ListItem"):
                written = anchor if anchor.startswith("(") else label
                indent = '<w:ind w:left="567"/>' if kind == "NumberedParagraph" else '<w:ind w:left="1134" w:hanging="567"/>'
                out.append(self.paragraph("Normal", run(written + "\t") + self.inline(text), indent))
            else:
                out.append(self.paragraph("Normal", self.inline(text)))
        if table:
            out.append(self.table(table))
        return "".join(out) + self.section(final=True)

    def table(self, rows):
        cells = row_cells(rows)
        width = max(len(c) for c in cells)
        widths = [4200] + [(9000 - 4200) // max(1, width - 1)] * (width - 1)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for row in cells:
            out.append("<w:tr>")
            # A row with fewer cells than the table (a row's title) spans the rest.
            for k, cell in enumerate(row):
                span = f'<w:gridSpan w:val="{width - len(row) + 1}"/>' if k == len(row) - 1 and len(row) < width else ""
                align = "" if k == 0 else '<w:jc w:val="right"/>'
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[k]}" w:type="dxa"/>{span}</w:tcPr>'
                           f'<w:p><w:pPr><w:pStyle w:val="Normal"/>{align}</w:pPr>{self.inline(cell)}</w:p></w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def section(self, final):
        v = self.v
        top, right, bottom, left = v["margins"]
        kind = "" if final else '<w:type w:val="nextPage"/>'
        first = '<w:titlePg/>' if not final else ""
        return (f'<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
                f'<w:footerReference w:type="default" r:id="rIdFooter"/>'
                f'<w:headerReference w:type="first" r:id="rIdFirstHeader"/>{kind}'
                f'<w:pgSz w:w="{v["width"]}" w:h="{v["height"]}"/>'
                f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="708" w:footer="708" w:gutter="0"/>'
                f'{first}</w:sectPr>')

    def document(self):
        body = self.body()
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'

    def footnotes_part(self):
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for note_id, text in self.footnotes:
            notes.append(f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                         f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                         f'{run(" " + text)}</w:p></w:footnote>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{"".join(notes)}</w:footnotes>'

    def numbering_part(self):
        chapter = "chineseCounting" if self.lang == "zh" else "upperRoman"
        abstracts = {
            "paragraphs": [("decimal", "%1.", 0, 567), ("lowerLetter", "(%2)", 1134, 567), ("lowerRoman", "(%3)", 1701, 567)],
            "headings": [(chapter, "%1.", 0, 567), ("upperLetter", "%2.", 567, 567)],
        }
        ids = {"paragraphs": 1, "headings": 2}
        out = []
        for name, levels in abstracts.items():
            lv = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
                         f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left + hang}" w:hanging="{hang}"/></w:pPr></w:lvl>'
                         for k, (fmt, txt, left, hang) in enumerate(levels))
            out.append(f'<w:abstractNum w:abstractNumId="{ids[name]}"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
        for num, abstract, starts in self.nums:
            overrides = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                                for lvl, start in starts.items())
            out.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{ids[abstract]}"/>{overrides}</w:num>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>{"".join(out)}</w:numbering>'

    def styles_part(self):
        v = self.v
        lang = "zh-CN" if self.lang == "zh" else "en-US"
        # Chinese set ragged right: LibreOffice drops from the PDF a full-width comma it hangs into the margin of a
        # justified line, whatever the file says of hanging punctuation.
        justify = "left" if self.lang == "zh" else "both"
        fonts = f'<w:rFonts w:ascii="{v["latin"]}" w:hAnsi="{v["latin"]}" w:eastAsia="{v["cjk"]}" w:cs="{v["latin"]}"/>'

        def style(sid, name, ppr="", rpr="", based="Normal", kind="paragraph", extra=""):
            based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
            return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based_on}{extra}'
                    f'{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}</w:style>')
        styles = [
            f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="{v["size"]}"/><w:lang w:val="en-US" w:eastAsia="{lang}"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:jc w:val="{justify}"/></w:pPr></w:style>',
            style("Title", "Title", '<w:spacing w:before="240" w:after="240"/><w:jc w:val="left"/>', f'<w:b/><w:sz w:val="{v["size"] + 6}"/>', extra="<w:next w:val=\"Normal\"/><w:qFormat/>"),
            style("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:ind w:left="567" w:hanging="567"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/>',
                  f'<w:b/><w:sz w:val="{v["size"] + 4}"/>', extra="<w:next w:val=\"Normal\"/><w:qFormat/>"),
            style("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:ind w:left="567" w:hanging="567"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
                  f'<w:b/><w:sz w:val="{v["size"] + 2}"/>', extra="<w:next w:val=\"Normal\"/><w:qFormat/>"),
            style("Heading3", "heading 3", '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/>',
                  '<w:b/><w:i/>', extra="<w:next w:val=\"Normal\"/><w:qFormat/>"),
            style("FootnoteText", "footnote text", '<w:spacing w:after="0"/>', f'<w:sz w:val="{v["size"] - 4}"/>'),
            style("Header", "header", '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/>', '<w:sz w:val="16"/>'),
            style("Footer", "footer", '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/>', '<w:sz w:val="16"/>'),
            style("FootnoteReference", "footnote reference", rpr='<w:vertAlign w:val="superscript"/>', based="", kind="character"),
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '</w:tblBorders></w:tblPr></w:style>',
        ]
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>{"".join(styles)}</w:styles>'

    def furniture(self):
        page = '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        # NUMPAGES as a complex field, as Word writes fields once they have been edited.
        pages = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
        if self.v["header"] == "symbol":
            header = f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{run(SYMBOL)}</w:p>'
        else:
            header = f'<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>{run(SYMBOL)}</w:p>'
        if self.v["footer"] == "job-page-of":
            word = ("第", "页，共", "页") if self.lang == "zh" else ("Page ", " of ", "")
            footer = (f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{run(JOB + chr(9) + chr(9) + word[0])}{page}'
                      f'{run(word[1])}{pages}{run(word[2]) if word[2] else ""}</w:p>')
        else:
            footer = f'<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>{run("- ")}{page}{run(" -")}</w:p>'
        first = f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{run("United Nations" if self.lang == "en" else "联合国")}<w:r><w:tab/></w:r><w:r><w:tab/></w:r>{run(SYMBOL)}</w:p>'
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        return (f'{head}<w:hdr {W}>{header}</w:hdr>', f'{head}<w:ftr {W}>{footer}</w:ftr>', f'{head}<w:hdr {W}>{first}</w:hdr>')


def main():
    variant_name, blocks_path, out_path = sys.argv[1:4]
    document = json.load(open(blocks_path, encoding="utf-8"))
    lang = "zh" if document["language"].startswith("zh") else "en"
    writer = Writer(VARIANTS[variant_name], lang, document["blocks"])
    main_part = writer.document()
    header, footer, first = writer.furniture()
    rels = ('<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdFirstHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>'
            '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
        f'<Override PartName="/word/numbering.xml" ContentType="{wml}.numbering+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{wml}.footnotes+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
        f'<Override PartName="/word/header2.xml" ContentType="{wml}.header+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/></Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    # A fixed date on every entry, so that the same input makes the same file.
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", package_rels),
                           ("word/document.xml", main_part), ("word/_rels/document.xml.rels",
                            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'),
                           ("word/styles.xml", writer.styles_part()), ("word/numbering.xml", writer.numbering_part()),
                           ("word/footnotes.xml", writer.footnotes_part()), ("word/header1.xml", header),
                           ("word/header2.xml", first), ("word/footer1.xml", footer)]:
            info = zipfile.ZipInfo(name, date_time=(2021, 4, 19, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    main()
