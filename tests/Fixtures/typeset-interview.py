#!/usr/bin/env python3
"""Typesets an interview (a title, a byline, a lead, then turns that open with a speaker label) as a magazine page in
flat ODT, a layout the UN-style fixtures do not have: a 16K page, questions set bold, an answer's speaker label in a
bold run of its own, answers with a first-line indent and no space between paragraphs, the lead in italics under a
rule, a pull quote repeating the last sentence of the last answer of two or more sentences, a running header with the
magazine's name and the page number centred at the foot.

usage: typeset-interview.py TEXT LANG OUT.fodt   (TEXT as corpora/interview-*/{zh,en}.txt: paragraphs a blank line apart)
then:  soffice --headless --convert-to pdf OUT.fodt   (or docx)"""
import re
import sys
from xml.sax.saxutils import escape

text_path, lang, out = sys.argv[1:4]
paras = [p.strip() for p in open(text_path, encoding='utf-8').read().split('\n\n') if p.strip()]
LABEL = re.compile(r'^((?:[^\s：:，,。.]+ ){0,2}[^\s：:，,。.]{1,12}(?:：|: ))')
SENTENCE_END = re.compile(r'(?<=[。！？])' if lang == 'zh' else r'(?<=[.!?])\s+(?=[A-Z])')
labels = [m.group(1) if (m := LABEL.match(p)) else None for p in paras]
question = next(label for label in labels[3:] if label)
answers = [p for p, label in zip(paras[3:-1], labels[3:-1]) if label != question]
sentences = [[s.strip() for s in SENTENCE_END.split(a) if s.strip()] for a in answers]
pull = [s for s in sentences if len(s) > 1][-1][-1]
font = 'Noto Serif CJK SC' if lang == 'zh' else 'Liberation Serif'
mag = {'zh': '远山 · 访谈', 'en': 'Far Hills | Interview'}[lang]
body = []
for n, text in enumerate(paras):
    if n < 3:
        style = ('Title', 'Byline', 'Lead')[n]
        body.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')
        continue
    label = labels[n]
    if label == question:
        body.append(f'<text:p text:style-name="Question">{escape(text)}</text:p>')
    elif label:
        body.append(f'<text:p text:style-name="Answer"><text:span text:style-name="Bold">{escape(label)}</text:span>{escape(text[len(label):])}</text:p>')
    else:
        style = 'Note' if n == len(paras) - 1 else 'Answer'
        body.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')
    if n == len(paras) // 2:
        body.append(f'<text:p text:style-name="Pull">{escape(pull)}</text:p>')
indent = '2em' if lang == 'zh' else '0.6cm'
asian = 'style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN"'
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="Noto Serif CJK SC" svg:font-family="&apos;Noto Serif CJK SC&apos;"/>
<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;"/>
<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
<style:text-properties style:font-name="{font}" fo:font-size="10.5pt" fo:language="{lang}" fo:country="{'CN' if lang=='zh' else 'GB'}" {asian} fo:hyphenate="{'false' if lang=='zh' else 'true'}"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Byline" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Lead" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.5cm" fo:padding-top="0.2cm" fo:border-top="0.5pt solid #000000"/><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-name-asian="Noto Sans CJK SC"/></style:style>
<style:style style:name="Question" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.35cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-name-asian="Noto Sans CJK SC"/></style:style>
<style:style style:name="Answer" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="{indent}" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Pull" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="1.5cm" fo:margin-right="1.5cm" fo:margin-top="0.5cm" fo:margin-bottom="0.5cm" fo:border-top="1pt solid #808080" fo:border-bottom="1pt solid #808080" fo:padding="0.2cm"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-style="italic" style:font-style-asian="italic"/></style:style>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="8.5pt" style:font-size-asian="8.5pt"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-name-asian="Noto Sans CJK SC"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="18.4cm" fo:page-height="26cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
<style:header-style><style:header-footer-properties fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">{escape(mag)}</text:p></style:header>
<style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''
open(out, 'w', encoding='utf-8').write(doc)
