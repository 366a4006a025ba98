"""Unsourced figures: numbers and quantities the outlet asserts in its own voice.

A figure is a cardinal, money, percent or quantity entity written with a digit or a scale word
("3,000", "$2 billion", "40 percent", "30%"), or a vague count ("thousands of people"), lying in an
outlet sentence (``outlet-factual`` or ``outlet-evaluative``) and outside every attribution's
content and cue (a source's description is the outlet's: "signed by more than 1.8 million
people urging ..."). Dates, times, ordinals and bare years are not figures; small counts
written as words ("two officials") describe rather than claim, and are left out, and so does a
number hyphenated to the noun it modifies ("a 21-gun salute"). The span
reaches from a leading approximator ("nearly", "more than") to the counted noun and a short
place or scope after it: "nearly 3,000 people in Iran".
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.voice import Coverage, outlets_own
from newsprov.record import Attribution, Sentence, Span

FIGURE_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores"}
_VAGUE_IDS = frozenset(get_string_id(w) for w in VAGUE)
SCALE = {"million", "billion", "trillion", "thousand", "hundred", "percent", "%"}
APPROX = {
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "more",
    "fewer",
    "less",
    "than",
    "at",
    "least",
    "up",
    "to",
    "just",
    "only",
    "estimated",
    "an",
}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_TAIL_PREPS = {"in", "across", "from", "of", "at", "on", "worldwide", "nationwide"}
_TAIL_MAX = 4
#: A verb in the phrase after a figure makes it a clause, not a place or scope ("500 engineers
#: at what is their largest conference": the figure ends at "engineers").
_CLAUSAL = {"VERB", "AUX"}


def _is_figure(ent: SpacySpan) -> bool:
    if ent.label_ not in FIGURE_LABELS:
        return False
    txt = ent.text.strip()
    if _YEAR.match(txt):
        return False
    return any(c.isdigit() for c in txt) or any(t.lower_ in SCALE | VAGUE for t in ent)


def _extend(doc: Doc, start: int, end: int, limit: tuple[int, int]) -> tuple[int, int]:
    """Token range [start, end) grown to the approximator before and the counted noun after."""
    lo, hi = limit
    while start > lo and doc[start - 1].lower_ in APPROX:
        prev = doc[start - 1].lower_
        if prev == "to" and (start - 2 < lo or doc[start - 2].lower_ != "up"):
            break  # "rose to 7.5 percent", but "up to 40"
        if prev == "at" and (start >= hi or doc[start].lower_ not in ("least", "most")):
            break  # "at 35 percent", but "at least 40"
        start -= 1
    last = doc[end - 1]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and end <= head.i < min(end + 3, hi):
        end = head.i + 1
    elif end < hi and doc[end].lower_ == "of" and doc[end - 1].lower_ in VAGUE:
        objs = [c for c in doc[end].children if c.dep_ == "pobj"]
        if objs and end <= objs[0].i < min(end + 4, hi):  # a parse may put it before
            end = objs[0].i + 1
    if end < hi and doc[end].lower_ in _TAIL_PREPS:
        tail = list(doc[end].subtree)
        if doc[end].lower_ in ("worldwide", "nationwide"):
            end += 1
        elif (
            len(tail) <= _TAIL_MAX
            and tail[0].i >= end  # not a phrase the parse hung back before the figure
            and tail[-1].i < hi
            and not any(t.ent_type_ in ("DATE", "TIME") or t.pos_ in _CLAUSAL for t in tail)
            and tail[-1].tag_ not in ("WP", "WDT", "WRB")
        ):
            end = tail[-1].i + 1
    while end > start + 1 and doc[end - 1].is_punct and doc[end - 1].text != "%":
        end -= 1
    return start, end


def _compound_modifier(doc: Doc, start: int, end: int) -> bool:
    """A number hyphenated to the word after it modifies a noun ("a 21-gun salute", "the
    28-member bloc", "a 10-year sentence"): a description, not a count the outlet asserts;
    with a scale word it still is one ("a $2-billion deal")."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return False
    return not any(t.lower_ in SCALE for t in doc[start : end + 2])


def unsourced_figures(
    doc: Doc, sentences: list[Sentence], attributions: list[Attribution]
) -> list[Span]:
    """Character spans of the figures the outlet asserts itself, in text order (a figure in
    an attribution the outlet makes itself, "about 300 trucks are expected to arrive", is the
    outlet's)."""
    # a source's description is the outlet's own words: "a petition signed by more than 1.8
    # million people", "some 300 protesters said ..." count as the outlet's figures (an audit
    # of unseen articles, 2026-12-02); inside another's content they are
    # relayed all the same
    relayed = Coverage(
        [s for a in attributions if not outlets_own(doc, a) for s in a.content_spans + a.cue_spans]
    )
    outlet = Coverage(
        [s.span for s in sentences if s.voice in ("outlet-factual", "outlet-evaluative")]
    )
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if _is_figure(ent):
            found.append((ent.start, ent.end))
    in_ents = {i for a, b in found for i in range(a, b)}
    for i, key in enumerate(doc.to_array(LOWER).tolist()):  # string ids: no Token per word
        if key in _VAGUE_IDS and i not in in_ents and doc[i].ent_type_ not in ("DATE", "TIME"):
            found.append((i, i + 1))
    out: list[Span] = []
    for a, b in sorted(found):
        if _compound_modifier(doc, a, b):
            continue
        sent = doc[a].sent
        a, b = _extend(doc, a, b, (sent.start, sent.end))
        span = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        size = span[1] - span[0]
        if outlet.covered(span) < size or relayed.touches(span):
            continue
        if out and span[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
            continue
        out.append(span)
    return out
