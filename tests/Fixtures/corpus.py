"""What the typesetters read from a corpus pair's folder: its paragraphs (one a line of LANG.txt) and the sentences
a layout sets again as pull quotes, chosen from the gold so that both languages quote the same sentence.

Imported by typeset-magazine.py, typeset-three-columns.py and typeset-story-columns.py (each puts this folder on its
path)."""


def paragraphs(corpus, lang):
    """The corpus text's paragraphs, one a non-blank line of LANG.txt."""
    return [line.strip() for line in (corpus / f"{lang}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def quoted(corpus, lang, shares):
    """The sentences of the one-to-one beads at `shares` (fractions) of the pair's one-to-one beads in gold.beads."""
    sentences = (corpus / f"{lang}.sentences.txt").read_text(encoding="utf-8").splitlines()
    ones = []
    for line in (corpus / "gold.beads").read_text(encoding="utf-8").splitlines():
        zh, en = (side.strip("[]") for side in line.split("]:[", 1))
        if zh.isdigit() and en.isdigit():
            ones.append(int(zh if lang == "zh" else en))
    return [sentences[ones[int(share * len(ones))]] for share in shares]


def holder(body, sentence):
    """The index of the paragraph of `body` that holds `sentence`, spaces left out of both (the sentences file may
    space a Chinese sentence differently)."""
    squeeze = (lambda s: "".join(s.split()))
    return next(k for k, text in enumerate(body) if squeeze(sentence) in squeeze(text))


def pull_quotes(corpus, lang, body, shares, later):
    """Where each quoted sentence (see `quoted`) is set again as a pull quote: the paragraph of `body` `later`
    paragraphs after the one that holds it (or the last), mapped to the sentence."""
    return {min(holder(body, sentence) + later, len(body) - 1): sentence for sentence in quoted(corpus, lang, shares)}
