#!/usr/bin/env python3
"""Typesets a document in the manner of an ECOSOC paper, as a flat ODT written whole (styles, pages and body), from the
blocks `alignment segment --json` reads from its text.

usage: typeset-ecosoc.py BLOCKS.json OUT.fodt SYMBOL [ecosoc|letter|geneva|newyork|vienna|nairobi|rome]

A fourth typesetter, made to measure the readers on a layout none of their rules was written against. It differs from
typeset.py's, typeset-word.py's and typeset-html.py's in more than its measures:
- the first page has its own header, `United Nations` at the left and the symbol at the right over a rule, and
  `Distr.: General` under the symbol; the front matter's first line and its dates stand side by side below it, in the
  two cells of a table without borders (the organ at the left, the session, date and original language at the right;
  the job number and two dates at the foot of the first page);
- later pages carry the page number in the header (outer side, beside the symbol, over a rule) and nothing at the
  foot;
- paragraph numbers in two levels, `1.1` under chapter I (typed, a tab after them, hung 1.4 cm), (a) and (i) items
  hung further in;
- chapter headings centred, bold and letter-spaced (0.08 cm); lettered headings bold at the margin, a tab after
  the letter; unlabelled headings in italic;
- the paragraphs before the first heading (a summary, a record's preamble) in italic type, the first line set in;
- the first table of figures with three or more columns on a landscape page of its own, the text going on in
  portrait after;
- English in DejaVu Sans Condensed 10 pt justified and hyphenated, Chinese in Noto Sans CJK SC 10.5 pt justified with
  wide letter spacing (0.04 cm);
- footnotes at the foot of the page, 8 pt, the number hung in the margin."""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blocks import block_text, cited, is_row, notes as note_texts, pieces, roman_value, row_cells  # noqa: E402
from odf import default_style, font_faces, header_footer, namespaces, write  # noqa: E402

JOB = "V.21-02475 (E)"
SIZE = {"zh": "10.5", "en": "10"}
UNITED_NATIONS = {"zh": "联合国", "en": "United Nations"}
DISTRIBUTION = {"zh": "Distr.: General", "en": "Distr.: General"}
RECYCLE = {"zh": "请回收", "en": "Please recycle"}
LANDSCAPE_COLUMNS = 3

# A page's header and footer styles: the running header (bold, the symbol at a right tab stop at the text's width), the
# first page's header line over it, the distribution line under that, and the footer; ruled, the running header stands
# over a thin rule and the first page's over a thick one, the lines under them over none.
HEADER_STYLES = """  <style:style style:name="{header}" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"{rule}>
    <style:tab-stops><style:tab-stop style:position="{text_width}" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="{size}pt" style:font-size-asian="{size}pt" fo:font-weight="bold" style:font-weight-asian="bold"{spacing}/>
  </style:style>
  <style:style style:name="{first}" style:family="paragraph" style:parent-style-name="{header}">{first_rule}
   <style:text-properties fo:font-size="{first_size}pt" style:font-size-asian="{first_size}pt"/>
  </style:style>
  <style:style style:name="{distribution}" style:family="paragraph" style:parent-style-name="{header}">{no_rule}
   <style:text-properties fo:font-weight="normal" style:font-weight-asian="normal"/>
  </style:style>
  <style:style style:name="{footer}" style:family="paragraph" style:parent-style-name="{distribution}">{footer_rule}
   <style:text-properties fo:font-size="{footer_size}pt" style:font-size-asian="{footer_size}pt"/>
  </style:style>
"""


def header_styles(prefix, text_width, size, first_size, footer_size, ruled):
    """The header and footer styles (HEADER_STYLES) named Header, FirstHeader, Distribution and Footer, or after `prefix`
    (Header, Symbol, Distribution, Footer); ruled headers also set their letters unspaced, whatever the body's spacing."""
    names = (dict(header="Header", first="FirstHeader", distribution="Distribution", footer="Footer") if not prefix else
             dict(header=prefix + "Header", first=prefix + "Symbol", distribution=prefix + "Distribution", footer=prefix + "Footer"))
    paragraph = "\n   <style:paragraph-properties {}/>"
    return HEADER_STYLES.format(
        **names, text_width=text_width, size=size, first_size=first_size, footer_size=footer_size,
        rule=' fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid #000000"' if ruled else "",
        spacing=' fo:letter-spacing="normal"' if ruled else "",
        first_rule=paragraph.format('fo:border-bottom="1.5pt solid #000000"') if ruled else "",
        no_rule=paragraph.format('fo:border-bottom="none" fo:padding-bottom="0cm"') if ruled else "",
        footer_rule=paragraph.format('fo:padding-top="0.05cm"') if ruled else "")


def body_style(name, parent="Standard", family="paragraph", outline=None, tab=None, size=None, spacing=None, bold=False,
               italic=False, right_tab=False, **paragraph):
    """One style of the body (BODY_STYLES and each layout's own), the same shape whatever its values: `paragraph`'s
    properties as fo: attributes in the order given (margin_top → fo:margin-top), a tab stop at `tab` (the number of a
    hung paragraph; a right tab stop when `right_tab`), then type of `size` points letter-spaced `spacing`, bold or
    italic in both scripts. A heading (`outline`, its level) named Heading_20_N is shown as `Heading N`."""
    out = f'  <style:style style:name="{name}"'
    if outline and "_20_" in name:
        out += f' style:display-name="{name.replace("_20_", " ")}"'
    out += f' style:family="{family}"'
    if parent:
        out += f' style:parent-style-name="{parent}"'
    if outline:
        out += f' style:default-outline-level="{outline}"'
    out += ">\n"
    attributes = " ".join(f'fo:{key.replace("_", "-")}="{value}"' for key, value in paragraph.items())
    if tab is not None:
        kind = ' style:type="right"' if right_tab else ""
        out += (f"   <style:paragraph-properties {attributes}>\n"
                f'    <style:tab-stops><style:tab-stop style:position="{tab}"{kind}/></style:tab-stops>\n'
                "   </style:paragraph-properties>\n")
    elif paragraph:
        out += f"   <style:paragraph-properties {attributes}/>\n"
    text = []
    if size:
        text.append(f'fo:font-size="{size}pt" style:font-size-asian="{size}pt"')
    if spacing:
        text.append(f'fo:letter-spacing="{spacing}"')
    if bold:
        text.append('fo:font-weight="bold" style:font-weight-asian="bold"')
    if italic:
        text.append('fo:font-style="italic" style:font-style-asian="italic"')
    if text:
        out += f"   <style:text-properties {' '.join(text)}/>\n"
    return out + "  </style:style>\n"


def styles(*each):
    """The styles named in `each`, (name, body_style's values) pairs, one after another."""
    return "".join(body_style(name, **values) for name, values in each)


def body_styles(align):
    """The body's styles every layout has, its paragraphs set `align`: paragraphs, hung numbers and items, the front
    matter's table cells, titles, three levels of heading, the annex's title and footnotes."""
    return styles(
        ("Standard", dict(parent=None, margin_top="0cm", margin_bottom="0.12cm", text_align=align, line_height="118%")),
        ("Body", dict(margin_left="1.4cm")),
        ("Preamble", dict(italic=True, margin_left="1.4cm", text_indent="1cm")),
        ("Numbered", dict(tab="0cm", margin_left="1.4cm", text_indent="-1.4cm")),
        ("Item", dict(tab="0cm", margin_left="2.4cm", text_indent="-0.8cm")),
        ("SubItem", dict(parent="Item", margin_left="3.3cm", text_indent="-0.9cm")),
        ("Cell", dict(margin_bottom="0cm", text_align="start", line_height="100%")),
        ("Organ", dict(parent="Cell", size="15", bold=True)),
        ("Figure", dict(parent="Cell", text_align="end")),
        ("Title", dict(size="13", bold=True, margin_top="0.5cm", margin_bottom="0.4cm", margin_left="1.4cm", margin_right="2cm",
                       text_align="start", keep_with_next="always")),
        ("Heading_20_1", dict(outline=1, size="11", spacing="0.08cm", bold=True, margin_top="0.5cm", margin_bottom="0.3cm",
                              text_align="center", keep_with_next="always")),
        ("Heading_20_2", dict(outline=2, tab="1.4cm", bold=True, margin_top="0.3cm", margin_bottom="0.2cm", text_align="start",
                              keep_with_next="always")),
        ("Heading_20_3", dict(outline=3, italic=True, margin_top="0.3cm", margin_bottom="0.15cm", margin_left="1.4cm",
                              text_align="start", keep_with_next="always")),
        ("Annex", dict(outline=1, size="12", bold=True, break_before="page", text_align="center", keep_with_next="always")),
        ("Footnote", dict(size="8", spacing="normal", margin_left="1.4cm", margin_bottom="0cm", text_indent="-0.4cm",
                          line_height="100%")))


STYLES = """{faces}
 <office:styles>{default}
{body_styles}{header_styles}  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
{variant_styles}  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="{notes_position}" text:start-numbering-at="{notes_numbering}"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Portrait">
   <style:page-layout-properties {page}>
    <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.3cm" style:distance-after-sep="0.15cm" style:line-style="solid" style:adjustment="left" style:rel-width="20%" style:color="#000000"/>
   </style:page-layout-properties>{portrait_page}
  </style:page-layout>
  <style:page-layout style:name="Landscape">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.3cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>{landscape_page}
  </style:page-layout>
  <style:style style:name="Cover" style:family="table">
   <style:table-properties style:width="{text_width}" table:align="left"/>
  </style:style>
  <style:style style:name="CoverLeft" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
  <style:style style:name="CoverRight" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
  <style:style style:name="Figures" style:family="table">
   <style:table-properties style:width="{text_width}" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="LandscapeFigures" style:family="table">
   <style:table-properties style:width="25.3cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
  </style:style>
  {portrait_styles}
 </office:automatic-styles>
 <office:master-styles>{masters}
  <style:master-page style:name="Wide" style:page-layout-name="Landscape" style:next-style-name="Wide">
   <style:header><text:p text:style-name="Header">{symbol}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
  </style:master-page>
 </office:master-styles>"""

ECOSOC_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="Header">{symbol}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
   <style:header-left><text:p text:style-name="Header"><text:page-number text:select-page="current">1</text:page-number><text:tab/>{symbol}</text:p></style:header-left>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><text:p text:style-name="FirstHeader">{united_nations}<text:tab/>{symbol}</text:p><text:p text:style-name="Distribution"><text:tab/>{distribution}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">{job}   190421   200421</text:p></style:footer>
  </style:master-page>"""

# The General Assembly's Letter variant: the symbol over `Distr.: General` at the right of the first page's header (two
# lines, nothing at the left), the job number, dates and the job number again as a bar code's text at the first page's
# foot; later pages carry the symbol alone at the outer side of the header and the job number beside `page/pages` at
# the foot, the page's number at the outer side.
LETTER_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="LetterHeader"><text:tab/>{symbol}</text:p></style:header>
   <style:header-left><text:p text:style-name="LetterHeader">{symbol}</text:p></style:header-left>
   <style:footer><text:p text:style-name="LetterFooter">{job_short}<text:tab/><text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count></text:p></style:footer>
   <style:footer-left><text:p text:style-name="LetterFooter"><text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count><text:tab/>{job_short}</text:p></style:footer-left>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><text:p text:style-name="LetterSymbol"><text:tab/>{symbol}</text:p><text:p text:style-name="LetterDistribution"><text:tab/>{distribution}</text:p></style:header>
   <style:footer><text:p text:style-name="LetterFooter">{job}   040826   050826</text:p><text:p text:style-name="LetterFooter">*{barcode}*</text:p></style:footer>
  </style:master-page>"""



def hung_styles(left, hang):
    """The styles of a paper with one level of typed numbers: headings and numbered paragraphs `left` of the margin with
    their label hung `hang` to the left of that (out in the page's margin when `hang` is more than `left`), an
    unnumbered paragraph's first line set in, and the italic lead of a resolution's paragraph."""
    return styles(
        ("Chapter", dict(parent="Heading_20_2", tab="0cm", size="12", spacing="normal", margin_top="0.45cm", margin_left=left,
                         text_indent=hang)),
        ("Section", dict(parent="Chapter", size="10.5")),
        ("Plain", dict(text_indent="1cm")),
        ("Hung", dict(tab="0cm", margin_left=left, text_indent=hang)),
        ("Lead", dict(parent=None, family="text", italic=True)))


LETTER_STYLES = hung_styles("1cm", "-1cm")

# The Geneva variant (A4, as the Office at Geneva sets papers of the Human Rights Council, WHO or ILO): the symbol at the
# right of the first page's header over a thick rule with `Distr.: General` under it at the left, the Geneva job number
# with its language letter (`GE.26-06123(E)`, `GE.26-06123(C)`) alone at the first page's foot; later pages carry the
# symbol alone at the outer side of the header over a rule and the page's number alone at the outer side of the foot.
GENEVA_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="GenevaHeader"><text:tab/>{symbol}</text:p></style:header>
   <style:header-left><text:p text:style-name="GenevaHeader">{symbol}</text:p></style:header-left>
   <style:footer><text:p text:style-name="GenevaFooter"><text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
   <style:footer-left><text:p text:style-name="GenevaFooter"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer-left>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><text:p text:style-name="GenevaSymbol"><text:tab/>{symbol}</text:p><text:p text:style-name="GenevaDistribution">{distribution}</text:p></style:header>
   <style:footer><text:p text:style-name="GenevaFooter">{job}</text:p></style:footer>
  </style:master-page>"""

# The masthead's lines stacked at the margin (no table), the titles under the dates in large type on a measure well
# short of the text's, so that a title of more than a few words takes two lines; unnumbered headings bold at the margin.
GENEVA_STYLES = styles(
    ("Masthead", dict(bold=True, margin_bottom="0.05cm", text_align="start")),
    ("LongTitle", dict(size="15", bold=True, margin_top="0.4cm", margin_bottom="0.3cm", margin_right="7cm", text_align="start",
                       keep_with_next="always")),
    ("Subject", dict(outline=1, size="11", bold=True, margin_top="0.4cm", margin_bottom="0.2cm", text_align="start",
                     keep_with_next="always")))

# The New York A4 variant: `United Nations` and the symbol in a ruled box across the first page's header with
# `Distr.: General` under the symbol, the job number and `Please recycle` (请回收) at the first page's foot; later pages
# carry the symbol alone at the left of the header and the page's number between dashes (`– 2 –`) centred at the foot,
# the same on every page; paragraph numbers and chapter numbers hung out in the left margin, the text justified; the
# paragraphs before the first heading (a paper's particulars) in a ruled box.
NEWYORK_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="NewYorkHeader">{symbol}</text:p></style:header>
   <style:footer><text:p text:style-name="NewYorkPage">– <text:page-number text:select-page="current">1</text:page-number> –</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><text:p text:style-name="NewYorkBoxed">{united_nations}<text:tab/>{symbol}</text:p><text:p text:style-name="NewYorkDistribution"><text:tab/>{distribution}</text:p></style:header>
   <style:footer><text:p text:style-name="NewYorkFooter">{job}<text:tab/>{recycle}</text:p></style:footer>
  </style:master-page>"""

NEWYORK_STYLES = hung_styles("0cm", "-1.2cm") + styles(
    ("NewYorkBoxed", dict(parent="NewYorkSymbol", border="0.5pt solid #000000", padding="0.12cm")),
    ("NewYorkPage", dict(parent="NewYorkFooter", text_align="center")),
    ("Boxed", dict(border="0.5pt solid #000000", padding="0.2cm", margin_bottom="0cm")))

# The Vienna Letter variant (as the Office at Vienna sets papers on Letter paper): the symbol at the top right of every
# page, large over `Distr.: General` on the first page with `United Nations` at the left, small and alone later; the
# job number `V.26-05678 (E)` over its bar code's text at the first page's foot and the page's number alone, centred,
# at later feet; the masthead's names stacked at the left and its dates and fields set flush right under them; the
# titles on a short measure (a Chinese title of more than a dozen characters takes two lines); chapter headings bold
# and lettered ones bold italic, both at the margin with a tab after the number (small capitals, which Vienna also
# uses, were left out: the PDF's text layer holds them as capitals, a case no reader of text can give back); paragraph
# numbers flush left with a tab after them, the paragraph's later lines back at the margin under the number (no
# hanging indent); English ragged right.
VIENNA_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="ViennaHeader"><text:tab/>{symbol}</text:p></style:header>
   <style:footer><text:p text:style-name="ViennaPage"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><text:p text:style-name="ViennaSymbol">{united_nations}<text:tab/>{symbol}</text:p><text:p text:style-name="ViennaDistribution"><text:tab/>{distribution}</text:p></style:header>
   <style:footer><text:p text:style-name="ViennaFooter">{job}</text:p><text:p text:style-name="ViennaFooter">*{barcode}*</text:p></style:footer>
  </style:master-page>"""

VIENNA_STYLES = styles(
    ("Chapter", dict(parent="Heading_20_2", tab="1cm", size="11.5", margin_top="0.5cm", margin_bottom="0.25cm")),
    ("Section", dict(parent="Heading_20_2", tab="1cm", italic=True, margin_top="0.3cm")),
    ("Plain", dict(margin_bottom="0.2cm")),
    ("Hung", dict(tab="1cm", margin_bottom="0.2cm")),
    ("Lead", dict(parent=None, family="text", italic=True)),
    ("Masthead", dict(bold=True, margin_bottom="0.05cm", text_align="start")),
    ("MastheadField", dict(margin_bottom="0.05cm", text_align="end")),
    ("LongTitle", dict(size="14", bold=True, margin_top="0.5cm", margin_bottom="0.3cm", margin_right="9.5cm", text_align="start",
                       keep_with_next="always")),
    ("Subject", dict(outline=1, size="11", bold=True, italic=True, margin_top="0.4cm", margin_bottom="0.2cm", text_align="start",
                     keep_with_next="always")),
    ("ViennaPage", dict(parent="ViennaFooter", text_align="center")))

# The Nairobi A4 variant (as the Office at Nairobi sets papers of UNEP and UN-Habitat): the first page's header a ruled
# table of two cells, `United Nations` at the left and the symbol over `Distr.: General` at the right; every page's foot
# the job number and its bar code's text on one line over a rule of bars, the page's number at the outer side of later
# feet and the symbol centred over a rule in later headers; the masthead's lines stacked at the margin, the titles in
# 16 pt on a measure that takes a Chinese title of more than a dozen characters onto two lines; headings bold at the
# margin without their numbers (chapters larger than sections); paragraph numbers hung in the left margin, the text
# justified; notes gathered at the end of the document instead of the foot of each page.
NAIROBI_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="NairobiRunning">{symbol}</text:p></style:header>
   <style:footer><text:p text:style-name="NairobiBars">{bars}</text:p><text:p text:style-name="NairobiFooter">{job}   *{barcode}*<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
   <style:footer-left><text:p text:style-name="NairobiBars">{bars}</text:p><text:p text:style-name="NairobiFooter"><text:page-number text:select-page="current">1</text:page-number><text:tab/>{job}   *{barcode}*</text:p></style:footer-left>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><table:table table:name="Masthead" table:style-name="NairobiBox"><table:table-column table:style-name="NairobiLeft"/><table:table-column table:style-name="NairobiRight"/><table:table-row><table:table-cell table:style-name="NairobiCell" office:value-type="string"><text:p text:style-name="NairobiOrganisation">{united_nations}</text:p></table:table-cell><table:table-cell table:style-name="NairobiCell" office:value-type="string"><text:p text:style-name="NairobiSymbol">{symbol}</text:p><text:p text:style-name="NairobiDistribution">{distribution}</text:p></table:table-cell></table:table-row></table:table></style:header>
   <style:footer><text:p text:style-name="NairobiBars">{bars}</text:p><text:p text:style-name="NairobiFooter">{job}   *{barcode}*</text:p></style:footer>
  </style:master-page>"""

NAIROBI_STYLES = styles(
    ("Hung", dict(tab="0cm", margin_left="0cm", text_indent="-1cm", margin_bottom="0.18cm")),
    ("Plain", dict(margin_bottom="0.18cm")),
    ("Lead", dict(parent=None, family="text", italic=True)),
    ("Chapter", dict(parent="Heading_20_2", size="12", margin_top="0.5cm", margin_bottom="0.25cm")),
    ("Section", dict(parent="Heading_20_2", size="10.5", margin_top="0.35cm")),
    ("Masthead", dict(margin_bottom="0.05cm", text_align="start")),
    ("LongTitle", dict(size="16", bold=True, margin_top="0.5cm", margin_bottom="0.3cm", margin_right="8.6cm", text_align="start",
                       keep_with_next="always")),
    ("Subject", dict(outline=1, size="11", bold=True, margin_top="0.4cm", margin_bottom="0.2cm", text_align="start",
                     keep_with_next="always")),
    ("NairobiOrganisation", dict(parent="Cell", size="14", bold=True)),
    ("NairobiSymbol", dict(parent="Cell", size="12", bold=True, text_align="end")),
    ("NairobiDistribution", dict(parent="Cell", size="8", text_align="end")),
    ("NairobiRunning", dict(parent="Cell", size="8", bold=True, text_align="center", border_bottom="0.5pt solid #000000",
                            padding_bottom="0.05cm")),
    ("NairobiBars", dict(parent="Cell", size="6", text_align="start")),
    ("NairobiFooter", dict(parent="Cell", tab="16.6cm", size="8"))) + """  <style:style style:name="NairobiBox" style:family="table">
   <style:table-properties style:width="16.6cm" table:align="left"/>
  </style:style>
  <style:style style:name="NairobiLeft" style:family="table-column"><style:table-column-properties style:column-width="9.6cm"/></style:style>
  <style:style style:name="NairobiRight" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
  <style:style style:name="NairobiCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.75pt solid #000000"/></style:style>
"""

# The Rome variant (A4, as the Rome-based agencies set papers for their governing bodies): the organisation's name and
# the symbol in a running header over a rule on EVERY page, the first included; the page's number centred alone at the
# foot of every page, the first included; the masthead's organ, session and agenda item at the left and its date and
# original language at the right, in the two cells of a ruled box; the titles centred in large type on the full
# measure; chapter headings bold with their number and a tab, lettered ones bold italic set in; paragraph numbers hung
# out in the left margin, lettered sub-paragraphs set in; the paragraphs under a heading on recommendations in a shaded
# box; English DejaVu Serif 9.5 pt justified, Chinese Noto Sans CJK SC 12 pt justified; footnotes numbered per page.
ROME_MASTERS = """
  <style:master-page style:name="Rest" style:page-layout-name="Portrait">
   <style:header><text:p text:style-name="RomeHeader">{united_nations}<text:tab/>{symbol}</text:p></style:header>
   <style:footer><text:p text:style-name="RomePage"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="Portrait" style:next-style-name="Rest">
   <style:header><text:p text:style-name="RomeHeader">{united_nations}<text:tab/>{symbol}</text:p></style:header>
   <style:footer><text:p text:style-name="RomePage"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>"""

ROME_STYLES = styles(
    ("Hung", dict(tab="0cm", margin_left="0cm", text_indent="-1.1cm", margin_bottom="0.2cm")),
    ("Plain", dict(margin_bottom="0.2cm")),
    ("Lead", dict(parent=None, family="text", italic=True)),
    ("Chapter", dict(parent="Heading_20_2", tab="1.1cm", size="11", margin_top="0.5cm", margin_bottom="0.25cm")),
    ("Section", dict(parent="Heading_20_2", tab="1.1cm", italic=True, margin_left="0.6cm", margin_top="0.3cm")),
    ("RomeItem", dict(tab="0cm", margin_left="1cm", text_indent="-0.8cm", margin_bottom="0.15cm")),
    ("RomeTitle", dict(size="13", bold=True, margin_top="0.4cm", margin_bottom="0.3cm", text_align="center",
                   keep_with_next="always")),
    ("Shaded", dict(parent="Hung", background_color="#e6e6e6", padding="0.15cm", border="0.5pt solid #808080")),
    ("ShadedPlain", dict(parent="Plain", background_color="#e6e6e6", padding="0.15cm", border="0.5pt solid #808080")),
    ("RomeHeader", dict(parent="Cell", tab="16.2cm", right_tab=True, size="8", bold=True, border_bottom="0.5pt solid #000000",
                        padding_bottom="0.05cm")),
    ("RomePage", dict(parent="Cell", size="8", text_align="center")),
    ("RomeOrgan", dict(parent="Cell", size="11", bold=True)),
    ("RomeField", dict(parent="Cell", size="9", text_align="end"))) + """  <style:style style:name="RomeBox" style:family="table">
   <style:table-properties style:width="16.2cm" table:align="left" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="RomeLeft" style:family="table-column"><style:table-column-properties style:column-width="10.2cm"/></style:style>
  <style:style style:name="RomeRight" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
  <style:style style:name="RomeCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.75pt solid #000000"/></style:style>
"""

LAYOUTS = {
    "ecosoc": dict(
        page='fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.3cm" '
             'fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="1.9cm" style:page-usage="mirrored"',
        text_width="16.5cm", font={"zh": "Noto Sans CJK SC", "en": "DejaVu Sans Condensed"}, asian="Noto Sans CJK SC",
        size=SIZE, align={"zh": "justify", "en": "justify"}, spacing={"zh": "0.04cm", "en": "normal"},
        masters=ECOSOC_MASTERS, styles="", headers=None, footer_gap=None, job=JOB),
    "letter": dict(
        page='fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" fo:margin-top="1.2cm" '
             'fo:margin-bottom="1.2cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm" style:page-usage="all"',
        text_width="16.51cm", font={"zh": "Noto Serif CJK SC", "en": "DejaVu Serif"}, asian="Noto Serif CJK SC",
        size={"zh": "10.5", "en": "10"}, align={"zh": "justify", "en": "start"}, spacing={"zh": "normal", "en": "normal"},
        masters=LETTER_MASTERS, styles=LETTER_STYLES, headers=("Letter", "9", "14", "8", False), footer_gap="0.4cm",
        job="26-13579 (E)"),
    "geneva": dict(
        page='fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" '
             'fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2cm" style:page-usage="mirrored"',
        text_width="16.5cm", font={"zh": "Noto Sans CJK SC", "en": "DejaVu Serif Condensed"}, asian="Noto Sans CJK SC",
        size={"zh": "11", "en": "10.5"}, align={"zh": "justify", "en": "justify"}, spacing={"zh": "normal", "en": "normal"},
        masters=GENEVA_MASTERS, styles=LETTER_STYLES + GENEVA_STYLES, headers=("Geneva", "8", "16", "9", True),
        footer_gap="0.5cm", job={"zh": "GE.26-06123(C)", "en": "GE.26-06123(E)"}),
    "newyork": dict(
        page='fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.6cm" '
             'fo:margin-bottom="1.6cm" fo:margin-left="3.4cm" fo:margin-right="2.2cm" style:page-usage="all"',
        text_width="15.4cm", font={"zh": "Noto Serif CJK SC", "en": "DejaVu Sans"}, asian="Noto Serif CJK SC",
        size={"zh": "10.5", "en": "9.5"}, align={"zh": "justify", "en": "justify"}, spacing={"zh": "normal", "en": "normal"},
        masters=NEWYORK_MASTERS, styles=NEWYORK_STYLES, headers=("NewYork", "8", "12", "8", False), footer_gap="0.6cm",
        job={"zh": "26-17714 (C)", "en": "26-17714 (E)"}),
    "vienna": dict(
        page='fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" fo:margin-top="1.4cm" '
             'fo:margin-bottom="1.4cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm" style:page-usage="all"',
        text_width="16.99cm", font={"zh": "Noto Sans CJK SC", "en": "DejaVu Sans Light"}, asian="Noto Sans CJK SC",
        size={"zh": "10", "en": "10"}, align={"zh": "justify", "en": "start"}, spacing={"zh": "normal", "en": "normal"},
        masters=VIENNA_MASTERS, styles=VIENNA_STYLES, headers=("Vienna", "8.5", "15", "8", False), footer_gap="0.5cm",
        job={"zh": "V.26-05678 (C)", "en": "V.26-05678 (E)"}),
    "nairobi": dict(
        page='fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.3cm" '
             'fo:margin-bottom="1.3cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:page-usage="mirrored"',
        text_width="16.6cm", font={"zh": "Noto Serif CJK SC", "en": "DejaVu Sans"}, asian="Noto Serif CJK SC",
        size={"zh": "11", "en": "9.5"}, align={"zh": "justify", "en": "justify"}, spacing={"zh": "normal", "en": "normal"},
        masters=NAIROBI_MASTERS, styles=NAIROBI_STYLES, headers=None, footer_gap="0.5cm",
        job="K2617894", notes="document"),
    "rome": dict(
        page='fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.4cm" '
             'fo:margin-bottom="1.5cm" fo:margin-left="2.6cm" fo:margin-right="2.2cm" style:page-usage="all"',
        text_width="16.2cm", font={"zh": "Noto Sans CJK SC", "en": "DejaVu Serif"}, asian="Noto Sans CJK SC",
        size={"zh": "12", "en": "9.5"}, align={"zh": "justify", "en": "justify"}, spacing={"zh": "normal", "en": "normal"},
        masters=ROME_MASTERS, styles=ROME_STYLES, headers=None, footer_gap="0.5cm", job="", notes_numbering="page"),
}

PARAGRAPH_STYLES = ["Standard", "Body", "Preamble", "Numbered", "Item", "SubItem", "Title", "Heading_20_1",
                    "Heading_20_2", "Heading_20_3", "Annex"]


class Document:
    def __init__(self, lang, blocks, letter=False, stacked=False, boxed=False, fields_right=False, bare_headings=False,
                 rome=False):
        # letter: one level of typed paragraph numbers, hung headings; stacked: the masthead's lines one under another
        # and no table, the titles in large type, unnumbered headings bold; boxed: the paragraphs before the first heading in a ruled box;
        # fields_right: a stacked masthead's dates and fields set flush right; bare_headings: numbered and lettered
        # headings set without their number or letter.
        self.lang, self.blocks, self.letter, self.stacked, self.boxed = lang, blocks, letter, stacked, boxed
        self.fields_right, self.bare_headings = fields_right, bare_headings
        # rome: the masthead in a ruled box of two cells, titles centred, the paragraphs on recommendations shaded.
        self.rome = rome
        self.notes = note_texts(blocks, lang)
        self.cited = cited(blocks)
        self.note_ids = 0
        self.back_to_portrait = False
        self.landscape_used = False

    def inline(self, text):
        """The text as ODF inline content, each footnote marker a note numbered by LibreOffice."""
        out = []
        for is_marker, piece in pieces(text, self.notes):
            if is_marker:
                self.note_ids += 1
                out.append(f'<text:note text:id="ftn{self.note_ids}" text:note-class="footnote"><text:note-citation>'
                           f'{piece}</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                           f'{escape(self.notes[piece])}</text:p></text:note-body></text:note>')
            else:
                out.append(escape(piece).replace("\t", "<text:tab/>"))
        return "".join(out)

    def paragraph(self, style, content, heading_level=0):
        # The first paragraph after a landscape table takes the page back to portrait.
        if self.back_to_portrait:
            style, self.back_to_portrait = style + "_Portrait", False
        if heading_level:
            return f'<text:h text:style-name="{style}" text:outline-level="{heading_level}">{content}</text:h>'
        return f'<text:p text:style-name="{style}">{content}</text:p>'

    def lead(self, text):
        """The text with its first word in italic (two when the first is an adverb: Deeply concerned), as UN
        resolutions set the words that open their paragraphs; Chinese is set plain."""
        words = text.split(" ")
        n = 2 if len(words) > 2 and words[0].endswith("ly") else 1
        if self.lang == "zh" or len(words) <= n:
            return self.inline(text)
        return f'<text:span text:style-name="Lead">{self.inline(" ".join(words[:n]))}</text:span> {self.inline(" ".join(words[n:]))}'

    def cover(self, front):
        """The front matter's first lines side by side: the first title (the organ) at the left, dates and the rest
        of the first three lines at the right. Returns the table and how many blocks it took."""
        left, right, taken = [], [], 0
        for b in front[:4]:
            if b["kind"] == "Title" and not left and not right:
                left.append(b)
            elif b["kind"] == "Metadata" or (b["kind"] == "Title" and left and len(right) < 2):
                right.append(b)
            else:
                break
            taken += 1
        if not left and not right:
            return "", 0
        cell = lambda style, bs: "".join(f'<text:p text:style-name="{style}">{self.inline(block_text(b, self.lang))}</text:p>' for b in bs) or '<text:p text:style-name="Cell"/>'
        table = ('<table:table table:name="Cover" table:style-name="Cover"><table:table-column table:style-name="CoverLeft"/>'
                 '<table:table-column table:style-name="CoverRight"/><table:table-row>'
                 f'<table:table-cell office:value-type="string">{cell("Organ", left)}</table:table-cell>'
                 f'<table:table-cell office:value-type="string">{cell("Cell", right)}</table:table-cell>'
                 '</table:table-row></table:table>')
        return table, taken

    def ruled_cover(self, front):
        """The front matter up to its last date in a ruled box of two cells: the organ, session and agenda item at the
        left, the dates and the original language at the right. Returns the table and how many blocks it took."""
        last_date = max((k for k, b in enumerate(front) if b["kind"] == "Metadata"), default=-1)
        if last_date < 0:
            return "", 0
        boxed = front[:last_date + 1]
        cell = lambda style, bs: "".join(f'<text:p text:style-name="{style}">{self.inline(block_text(b, self.lang))}</text:p>' for b in bs) or '<text:p text:style-name="Cell"/>'
        left = [b for b in boxed if b["kind"] == "Title"]
        right = [b for b in boxed if b["kind"] != "Title"]
        table = ('<table:table table:name="Masthead" table:style-name="RomeBox"><table:table-column table:style-name="RomeLeft"/>'
                 '<table:table-column table:style-name="RomeRight"/><table:table-row>'
                 f'<table:table-cell table:style-name="RomeCell" office:value-type="string">{cell("RomeOrgan", left)}</table:table-cell>'
                 f'<table:table-cell table:style-name="RomeCell" office:value-type="string">{cell("RomeField", right)}</table:table-cell>'
                 '</table:table-row></table:table>')
        return table, len(boxed)

    def to_landscape(self, out):
        """Starts a landscape page at the headings over the table (its number, title and unit), or just before it."""
        k = len(out)
        while k > 0 and out[k - 1].startswith('<text:h text:style-name="Heading_20_3"'):
            k -= 1
        if k < len(out):
            out[k] = out[k].replace('"Heading_20_3"', '"Heading_20_3_Wide"', 1)
        else:
            out.append('<text:p text:style-name="Standard_Wide"/>')

    def table(self, rows, number, out):
        cells = row_cells(rows)
        width = max(len(c) for c in cells)
        wide = width >= LANDSCAPE_COLUMNS and not self.landscape_used
        self.landscape_used = self.landscape_used or wide
        style = "LandscapeFigures" if wide else "Figures"
        if wide:
            self.to_landscape(out)
        out = [f'<table:table table:name="Table{number}" table:style-name="{style}">',
               f'<table:table-column table:number-columns-repeated="{width}"/>']
        for row in cells:
            out.append("<table:table-row>")
            for k, cell in enumerate(row):
                span = width - len(row) + 1 if k == len(row) - 1 and len(row) < width else 1
                spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                out.append(f'<table:table-cell office:value-type="string"{spanned}><text:p text:style-name='
                           f'"{"Cell" if k == 0 else "Figure"}">{self.inline(cell)}</text:p></table:table-cell>')
                out.extend("<table:covered-table-cell/>" for _ in range(span - 1))
            out.append("</table:table-row>")
        out.append("</table:table>")
        if wide:
            self.back_to_portrait = True
        return "".join(out)

    def body(self):
        blocks = self.blocks
        front = []
        for b in blocks:
            if b["kind"] not in ("Title", "Metadata"):
                break
            front.append(b)
        cover, taken = (self.ruled_cover(front) if self.rome else self.cover(front) if not self.stacked else ("", 0))
        last_date = max((k for k, b in enumerate(front) if b["kind"] == "Metadata"), default=-1)
        out = [cover] if cover else []
        chapter, count, rows, tables, seen_heading, shaded = None, 0, [], 0, False, False
        for i, b in enumerate(blocks[taken:], start=taken):
            kind, label, anchor, path = b["kind"], b["label"], b["anchor"], b["path"]
            text = block_text(b, self.lang)
            if kind == "Heading":
                shaded = self.rome and ("ecommendation" in text or "建议" in text)
            if is_row(b, self.lang) or (rows and kind == "Heading" and not label and i + 1 < len(blocks) and is_row(blocks[i + 1], self.lang)):
                rows.append(text)
                continue
            if rows:
                tables += 1
                out.append(self.table(rows, tables, out))
                rows = []
            if kind == "Footnote" and anchor not in self.cited:
                out.append(self.paragraph("Body", f"{escape(label)} {self.inline(text)}"))
                continue
            if kind == "Footnote":
                continue
            if kind in ("Heading", "NumberedParagraph"):
                seen_heading = True
            if kind == "Title" and self.stacked:
                out.append(self.paragraph("LongTitle" if i > last_date else "Masthead", self.inline(text)))
            elif kind == "Metadata" and self.stacked:
                out.append(self.paragraph("MastheadField" if self.fields_right else "Masthead", self.inline(text)))
            elif kind == "Heading" and not label and self.stacked:
                out.append(self.paragraph("Subject", self.inline(text), 1))
            elif kind == "Metadata":
                out.append(self.paragraph("Body", self.inline(text)))
            elif kind == "Title" and self.rome and not text.endswith((",", "，")):
                out.append(self.paragraph("RomeTitle", self.inline(text)))
            elif kind == "NumberedParagraph" and shaded:
                out.append(self.paragraph("Shaded", f"{escape(label)}<text:tab/>{self.inline(text)}"))
            elif kind == "ListItem" and self.rome:
                out.append(self.paragraph("RomeItem", f"{escape(label)}<text:tab/>{self.inline(text)}"))
            elif kind == "Title" and self.letter and text.endswith((",", "，")):
                # A resolution's preamble: the Council's name and each paragraph ending in a comma, set in.
                out.append(self.paragraph("Plain", self.lead(text)))
            elif kind == "Title":
                out.append(self.paragraph("Title", self.inline(text)))
            elif kind == "Heading" and not label and "›" not in path:
                out.append(self.paragraph("Annex", self.inline(text), 1))
                chapter = None
            elif kind == "Heading" and label:
                # A lettered heading's path holds the chapter it is under (body › III › I): I, V and X there are letters.
                roman = not (anchor.isalpha() and len(anchor) == 1 and (anchor not in "IVX" or path.count("›") > 1))
                if self.letter and self.bare_headings:
                    out.append(self.paragraph("Chapter" if roman else "Section", self.inline(text), 1 if roman else 2))
                elif self.letter:
                    out.append(self.paragraph("Chapter" if roman else "Section", f"{escape(label)}<text:tab/>{self.inline(text)}", 1 if roman else 2))
                elif roman:
                    chapter, count = roman_value(anchor), 0
                    out.append(self.paragraph("Heading_20_1", f"{escape(label)} {self.inline(text)}", 1))
                else:
                    out.append(self.paragraph("Heading_20_2", f"{escape(label)}<text:tab/>{self.inline(text)}", 2))
            elif kind == "Heading":
                out.append(self.paragraph("Heading_20_3", self.inline(text), 3))
            elif kind == "NumberedParagraph" and self.letter:
                # One level, the number as typed; an operative paragraph (ending in a semicolon) leads with its verb in italic.
                content = self.lead(text) if text.endswith((";", "；")) else self.inline(text)
                out.append(self.paragraph("Hung", f"{escape(label)}<text:tab/>{content}"))
            elif kind == "NumberedParagraph" and anchor.isdigit() and chapter is not None:
                # Two levels: the chapter's number, then the paragraph's within it.
                count += 1
                out.append(self.paragraph("Numbered", f"{chapter}.{count}<text:tab/>{self.inline(text)}"))
            elif kind == "NumberedParagraph":
                out.append(self.paragraph("Numbered", f"{escape(label)}<text:tab/>{self.inline(text)}"))
            elif kind == "ListItem":
                written = anchor if anchor.startswith("(") else label
                sub = is_sub_item(written, blocks[i - 1]["anchor"] if i > 0 else "")
                out.append(self.paragraph("SubItem" if sub else "Item", f"{escape(written)}<text:tab/>{self.inline(text)}"))
            elif not seen_heading:
                out.append(self.paragraph("Boxed" if self.boxed else "Plain" if self.letter else "Preamble", self.inline(text)))
            else:
                out.append(self.paragraph("Body", self.inline(text)))
        if rows:
            tables += 1
            out.append(self.table(rows, tables, out))
        return "\n".join(out)


def is_sub_item(written, previous):
    """(i), (ii) under a lettered item, but not (i) after (h), (v) after (u) or (x) after (w)."""
    if not re.fullmatch(r"\([ivx]+\)", written):
        return False
    return not (len(written) == 3 and len(previous) == 3 and ord(previous[1]) + 1 == ord(written[1]))


def main():
    blocks_path, out_path, symbol = sys.argv[1], sys.argv[2], sys.argv[3]
    name = sys.argv[4] if len(sys.argv) > 4 else "ecosoc"
    layout = LAYOUTS[name]
    document = json.load(open(blocks_path, encoding="utf-8"))
    lang = "zh" if document["language"].startswith("zh") else "en"
    typeset = Document(lang, document["blocks"], letter=name in ("letter", "geneva", "newyork", "vienna", "nairobi", "rome"),
                       stacked=name in ("geneva", "vienna", "nairobi"), boxed=name == "newyork", fields_right=name == "vienna",
                       bare_headings=name == "nairobi", rome=name == "rome")
    body = typeset.body()
    portrait = "\n  ".join(f'<style:style style:name="{s}_Portrait" style:family="paragraph" style:parent-style-name="{s}" '
                           f'style:master-page-name="Rest"/>' for s in PARAGRAPH_STYLES)
    portrait += ('\n  <style:style style:name="Heading_20_3_Wide" style:family="paragraph" style:parent-style-name="Heading_20_3" '
                 'style:master-page-name="Wide"/>\n  <style:style style:name="Standard_Wide" style:family="paragraph" '
                 'style:parent-style-name="Standard" style:master-page-name="Wide"/>')
    spacing = layout["spacing"][lang]
    default = default_style(lang, layout["size"][lang], lang != "zh", "CN" if lang == "zh" else "US",
                            f' fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" fo:letter-spacing="{spacing}"')
    text_width = layout["text_width"]
    job = layout["job"][lang] if isinstance(layout["job"], dict) else layout["job"]
    job_short = job.split(" ")[0]
    masters = layout["masters"].format(symbol=escape(symbol), united_nations=UNITED_NATIONS[lang],
                                       distribution=DISTRIBUTION[lang], recycle=RECYCLE[lang], job=job, job_short=job_short,
                                       barcode=job_short.replace("-", "").replace(".", ""), bars="▌│█║▌║▌║ ▌│║▌║▌│█║")
    # Every layout keeps the ECOSOC header styles, which the landscape pages' header uses; a layout may add its own.
    own_headers = header_styles(layout["headers"][0], text_width, *layout["headers"][1:]) if layout["headers"] else ""
    styles = STYLES.format(faces=font_faces(layout["font"][lang], layout["asian"]), default=default,
                           portrait_page=header_footer("0.7cm", layout["footer_gap"] or "0.5cm"), landscape_page=header_footer("0.7cm"),
                           text_width=text_width, portrait_styles=portrait, page=layout["page"], masters=masters, symbol=escape(symbol),
                           body_styles=body_styles(layout["align"][lang]), header_styles=header_styles("", text_width, "8.5", "12", "7.5", True),
                           variant_styles=own_headers + layout["styles"], notes_position=layout.get("notes", "page"),
                           notes_numbering=layout.get("notes_numbering", "document"))
    write(out_path, namespaces("table"), styles, [body])


if __name__ == "__main__":
    main()
