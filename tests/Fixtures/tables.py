#!/usr/bin/env python3
"""Writes a short text with tables of figures (tests/TestData/Documents/tables.*.txt) as HTML for LibreOffice.

usage: tables.py LAYOUT LANG SOURCE.txt OUT.html

Paragraphs are separated by blank lines; the first is the title; a paragraph whose lines hold tabs is a table, one
row a line, its first row the header. Columns whose cells below the header are all figures (or a dash for nil) are
set flush right, as financial tables set them.
"""
import html
import re
import sys

LAYOUTS = {
    # page width, height, margin (cm), font size (pt), Latin font, Chinese font
    "a4": (21.0, 29.7, 2.0, 11, "Liberation Serif", "Noto Serif CJK SC"),
    "letter": (21.59, 27.94, 2.5, 10, "Liberation Sans", "Noto Sans CJK SC"),
    "narrow": (14.8, 21.0, 1.2, 9, "DejaVu Serif", "Noto Serif CJK SC"),
}

FIGURE = re.compile(r"^[(\-–−]?[0-9][0-9,.]*\)?%?$|^[—–-]$")


def table(rows):
    cells = [row.split("\t") for row in rows]
    right = [all(FIGURE.match(row[c]) for row in cells[1:]) for c in range(len(cells[0]))]
    out = ['<table width="100%" cellpadding="2" cellspacing="0">']
    flush = ' align="right"'
    for row in cells:
        out.append("<tr>" + "".join(
            f"<td{flush if right[c] else ''}>{html.escape(cell)}</td>" for c, cell in enumerate(row)) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def main():
    layout, lang, source, target = sys.argv[1:5]
    width, height, margin, size, latin, chinese = LAYOUTS[layout]
    font = chinese if lang == "zh" else latin
    paragraphs = [p.strip("\n") for p in open(source, encoding="utf-8").read().split("\n\n") if p.strip()]
    body = [f"<h1>{html.escape(paragraphs[0])}</h1>"]
    for paragraph in paragraphs[1:]:
        body.append(table(paragraph.split("\n")) if "\t" in paragraph else f"<p>{html.escape(paragraph)}</p>")
    page = f"@page {{ size: {width}cm {height}cm; margin: {margin}cm; }}"
    style = f"body, td, p {{ font-family: '{font}'; font-size: {size}pt; }} h1 {{ font-family: '{font}'; font-size: {size + 3}pt; }}"
    with open(target, "w", encoding="utf-8") as out:
        out.write(f'<html><head><meta charset="utf-8"><style>{page} {style}</style></head><body>\n')
        out.write("\n".join(body))
        out.write("\n</body></html>\n")


main()
