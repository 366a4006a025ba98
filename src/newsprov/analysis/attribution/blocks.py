"""Block quotations: a paragraph quoted whole without quote marks, set off by layout after
a reporting clause that ends its own paragraph with a colon::

    In a speech last July, he said:
    Let no one be mistaken – this candidacy is a cancer on conservatism.

Online news quotes posts, statements and columns so (an embedded tweet, a blockquote whose
marks the page's style gives, not its text). Such a paragraph is a quotation like one in
marks: it joins the quote index, so the verb before the colon reports it (the verb family's
colon rule, :mod:`.verbcues`), a verb inside it speaks within it, and the voice stage does not
read its words as the outlet's. Only the next paragraph is taken (a longer block cannot be
told from the outlet's own text that follows it).

What introduces a block is narrow, since a paragraph wrongly taken for a quotation would take
the outlet's words from it: the colon ends its paragraph and hangs on a verb of saying (the
Gender Gap Tracker's quote verbs and a few of posting and reading) that has a subject or is a
participle on a verb that has one ("he said:", "Trump tweeted:", "the statement read:",
"lashed out on Twitter, saying:"); not a list's or a table's colon ("as follows:", "Here are
the facts:", "The poll also found that:"), nor one after a verb whose report is already
there ("reminded viewers that he doesn't:"). The paragraph after it opens with no quote mark (that is a quotation in marks)
and no label of its own ("Q:", "Sanders:", a transcript's line), and holds a finite verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.lexicon import ggt_verbs
from newsprov.analysis.attribution.quotes import Quote, paragraph_end
from newsprov.analysis.attribution.spans import token_at

#: Verbs of saying besides the Gender Gap Tracker's that introduce a quoted post or document
#: ("posted:", "the statement read:", "observed:", "recalled:", "quipped:").
EXTRA_VERBS = frozenset("post read observe recall quip elaborate echo".split())

#: A label opening a paragraph ("Q:", "Sanders:", "UPDATE:"): a line of its own kind, not a
#: block's words.
_LABEL = re.compile(r"^\W{0,3}[\w.’' -]{1,40}:\s")

#: A colon ending its line.
_COLON_AT_END = re.compile(r":[ \t]*\r?\n")

#: Characters that open a quotation in marks (the paragraph is a quote of :mod:`.quotes`).
_OPENING_MARKS = "\"“”„«»'‘`"


def block_quotes(doc: Doc, text: str, idx: list[int], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each block quotation added, in text order; a quote in marks inside a
    block becomes part of it (as a quote inside a quote does)."""
    blocks = [
        b for m in _COLON_AT_END.finditer(text) if (b := _block_after(doc, text, idx, m.start()))
    ]
    if not blocks:
        return quotes
    kept = [q for q in quotes if not any(b.start <= q.start and q.end <= b.end for b in blocks)]
    if any(q.start < b.end and b.start < q.end for q in kept for b in blocks):
        # a quote in marks running into or out of the paragraph: its marks decide
        blocks = [b for b in blocks if not any(q.start < b.end and b.start < q.end for q in kept)]
    return sorted(kept + blocks, key=lambda q: q.start)


def _block_after(doc: Doc, text: str, idx: list[int], colon_at: int) -> Quote | None:
    """The block quotation the colon at ``colon_at`` introduces, or None."""
    start = colon_at + 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] in _OPENING_MARKS or _LABEL.match(text[start:]):
        return None
    end = paragraph_end(text, start)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    colon = doc[token_at(idx, colon_at)]
    if colon.text != ":" or colon.i == 0 or doc[colon.i - 1].lower_ == "that":
        return None  # "found that:" opens a list whose items the page may have lost
    if not _introduces(colon):
        return None
    first, last = token_at(idx, start), token_at(idx, end - 1)
    if not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in doc[first : last + 1]):
        return None  # a name, a heading or a list item, not what was said
    return Quote(spans=[(start, end)])


def _introduces(colon: Token) -> bool:
    """The colon hangs on a verb of saying before it that has a subject, or is a participle on
    a verb that has one, and every word between them depends on the verb."""
    v = colon.head
    if v.pos_ != "VERB" or v.i > colon.i or colon.i - v.i > 8:
        return False
    lemma = v.lemma_.lower()
    if lemma not in ggt_verbs() and lemma not in EXTRA_VERBS:
        return False
    between = colon.doc[v.i + 1 : colon.i]
    if not all(v in t.ancestors for t in between):
        return False
    if any(t.dep_ in ("ccomp", "mark") for t in between):
        return False  # "reminded viewers that he doesn't:", "found that:": a clause or a list
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return True
    return v.tag_ == "VBG" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.head.children)
