"""The parts of a flat ODF text document (.fodt) that the typesetters writing one whole share: the root element's
namespaces, the body and Asian fonts, the default paragraph style every other style inherits its type from, the
space under a page's header and over its footer, a section of columns, a paragraph, and the file around them.

Imported by typeset-ecosoc.py, typeset-magazine.py, typeset-newsletter.py, typeset-diary-columns.py and
typeset-three-columns.py (each puts this folder on its path). The style helpers (a paragraph style, sized type, the page
layout, a floating frame, a pull quote) write the blocks the magazine layouts share, each as those layouts wrote it.
Each keeps its own styles, which are what makes its layout its own."""
from xml.sax.saxutils import escape

_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}

# The prefixes every document here declares; tables and drawings (frames) are declared by the documents that hold them.
_ALWAYS = ("office", "style", "text", "fo", "svg")


def namespaces(*also):
    """The root element's namespace declarations and version: the prefixes every document uses and `also` (table, draw)."""
    declared = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items() if prefix in _ALWAYS or prefix in also)
    return f'{declared} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"'


def font_faces(body, asian, **others):
    """The font declarations: `Body` and `BodyAsian`, which the default style sets, and any others by name."""
    faces = {"Body": body, "BodyAsian": asian, **others}
    return ("\n <office:font-face-decls>\n"
            + "".join(f'  <style:font-face style:name="{name}" svg:font-family="\'{family}\'"/>\n' for name, family in faces.items())
            + " </office:font-face-decls>")


def default_style(lang, size, hyphenate, country, extra="", hang_punctuation=True):
    """The default paragraph style: strict CJK line breaking with punctuation hung in the margin (unless
    `hang_punctuation` is false), the body fonts at `size` points, the language, and hyphenation; `extra` adds text
    properties (hyphenation counts, letter spacing)."""
    return ('\n  <style:default-style style:family="paragraph">\n'
            '   <style:paragraph-properties style:line-break="strict" '
            f'style:punctuation-wrap="{"hanging" if hang_punctuation else "simple"}" style:writing-mode="lr-tb"/>\n'
            f'   <style:text-properties style:font-name="Body" fo:font-size="{size}pt" style:font-name-asian="BodyAsian" '
            f'style:font-size-asian="{size}pt" fo:language="{lang}" fo:country="{country}" style:language-asian="zh" '
            f'style:country-asian="CN" fo:hyphenate="{"true" if hyphenate else "false"}"{extra}/>\n'
            '  </style:default-style>')


def header_footer(header_gap, footer_gap=None):
    """A page layout's header (and footer) with no least height and `header_gap` under it (`footer_gap` over it)."""
    out = ('\n   <style:header-style><style:header-footer-properties fo:min-height="0cm" '
           f'fo:margin-bottom="{header_gap}"/></style:header-style>')
    if footer_gap is not None:
        out += ('\n   <style:footer-style><style:header-footer-properties fo:min-height="0cm" '
                f'fo:margin-top="{footer_gap}"/></style:footer-style>')
    return out


def columns(gap, count=2):
    """A section style of `count` balanced columns `gap` apart."""
    return ('\n  <style:style style:name="Columns" style:family="section">\n'
            '   <style:section-properties text:dont-balance-text-columns="false">\n'
            f'    <style:columns fo:column-count="{count}" fo:column-gap="{gap}"/>\n'
            '   </style:section-properties>\n'
            '  </style:style>')


def style(name, paragraph=None, text=None, parent=None):
    """A paragraph style `name` (inheriting from `parent`) with the paragraph and text properties given as attribute
    strings; either may be left out."""
    out = f'\n  <style:style style:name="{name}" style:family="paragraph"'
    out += f' style:parent-style-name="{parent}">' if parent else ">"
    if paragraph is not None:
        out += f"\n   <style:paragraph-properties {paragraph}/>"
    if text is not None:
        out += f"\n   <style:text-properties {text}/>"
    return out + "\n  </style:style>"


def sized(size, bold=False):
    """Text properties for type of `size` (\"22pt\") in both scripts, bold in both when `bold`."""
    out = f'fo:font-size="{size}" style:font-size-asian="{size}"'
    return out + (' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else "")


def page_layout(width, height, top, bottom, left, right, header, mirrored=False):
    """The page layout `Page`: its size, margins (mirrored on facing pages when `mirrored`) and `header`, the
    header_footer() it holds."""
    usage = ' style:page-usage="mirrored"' if mirrored else ""
    return ('\n  <style:page-layout style:name="Page">\n'
            f'   <style:page-layout-properties fo:page-width="{width}" fo:page-height="{height}" style:print-orientation="portrait" '
            f'fo:margin-top="{top}" fo:margin-bottom="{bottom}" fo:margin-left="{left}" fo:margin-right="{right}"{usage}/>{header}\n'
            '  </style:page-layout>')


def floating_frame(name, top, bottom):
    """A graphic style for a frame set across its column over the paragraph it is anchored to, without border or fill
    (a pull quote's or a photograph's): `top` and `bottom` of space around it."""
    return (f'\n  <style:style style:name="{name}" style:family="graphic" style:parent-style-name="Frame">\n'
            f'   <style:graphic-properties fo:margin-top="{top}" fo:margin-bottom="{bottom}" style:wrap="none" style:vertical-pos="top" '
            'style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="none" '
            'fo:padding="0cm" draw:fill="none" fo:background-color="transparent"/>\n'
            '  </style:style>')


def pull_quote(size, colour, rule, line_height, padding, align="start", style_extra=""):
    """The `PullQuote` paragraph style: a sentence set again in `size` type coloured `colour`, between rules `rule`
    wide above and below it; `style_extra` adds text properties (italic)."""
    return style("PullQuote",
                 f'fo:text-align="{align}" fo:line-height="{line_height}" fo:padding="{padding}" fo:border-top="{rule} solid {colour}" '
                 f'fo:border-bottom="{rule} solid {colour}" fo:border-left="none" fo:border-right="none"',
                 f'{sized(size)}{style_extra} fo:color="{colour}"')


def text_frame(name, style, width, content):
    """A frame anchored to its paragraph, `width` wide, holding `content` (paragraphs): a pull quote, a sidebar, a photo."""
    return (f'<draw:frame draw:name="{name}" draw:style-name="{style}" text:anchor-type="paragraph" svg:width="{width}" '
            f'draw:z-index="0"><draw:text-box fo:min-height="0.5cm">{content}</draw:text-box></draw:frame>')


def ruled_table(name, rows):
    """A table of figures in style "Figures": ruled above and below its head row and its last row ("Ruled" cells, the
    rest "Plain"), the head row and first column in paragraph style "Cell" and the figures in "Figure"."""
    out = [f'<table:table table:name="{name}" table:style-name="Figures">', f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>']
    for k, row in enumerate(rows):
        cell = "Ruled" if k in (0, len(rows) - 1) else "Plain"
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="{cell}" office:value-type="string">{p("Cell" if c == 0 or k == 0 else "Figure", text)}</table:table-cell>'
            for c, text in enumerate(row)) + "</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def p(style, text):
    """A paragraph of plain text in `style`."""
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def write(path, declared, styles, body):
    """Writes the flat ODT: the root element with `declared` namespaces, the styles, then the body's lines."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {declared}>{styles}\n'
                  f' <office:body>\n  <office:text>\n' + "\n".join(body) + '\n  </office:text>\n </office:body>\n'
                  '</office:document>\n')
