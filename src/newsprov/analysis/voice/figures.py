"""Unsourced figures: numbers and quantities the outlet asserts in its own voice.

A figure is a cardinal, money, percent or quantity entity written with a digit or a scale word
("3,000", "$2 billion", "40 percent", "30%"), or a vague count ("thousands of people"), lying in an
outlet sentence (``outlet-factual`` or ``outlet-evaluative``) and outside every attribution's
content and cue (a source's description is the outlet's: "signed by more than 1.8 million
people urging ..."). Dates, times, ordinals and bare years are not figures; small counts
written as words ("two officials") describe rather than claim, and are left out, and so does a
number hyphenated to the noun it modifies ("a 21-gun salute"). The span
reaches from a leading approximator ("nearly", "more than") to the counted noun and a short
place or scope after it: "nearly 3,000 people in Iran", and takes a currency sign the
entity left out ("$199") and a partitive phrase after a bare number ("more than 150 of the
participants"). A number that names rather than counts is no figure: a bare number after its
noun ("iPhone 4", "versions 6, 7", "FTSE 100"), a number glued to a capital ("3G"), a label in
parentheses after a name ("Klitschko (58-3, 51 KO)"), a score or record ("52-3", "an 8-8
record") and a clock time ("2:56"); "dozen" is a scale word ("more than a dozen people").
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
SCALE = {"million", "billion", "trillion", "thousand", "hundred", "dozen", "percent", "%"}
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
#: Tokens in a parenthesis after a name that is still a label ("(58-3, 51 KO)" is 6 tokens;
#: set on the boxing records of the 2026-12-05 audit, seeds 4505 / 4521).
_LABEL_MAX = 8


def _is_figure(ent: SpacySpan) -> bool:
    if ent.label_ not in FIGURE_LABELS:
        return False
    txt = ent.text.strip()
    if _YEAR.match(txt):
        return False
    if not any(t.like_num or t.lower_ in SCALE | VAGUE for t in ent):
        return False  # digits only inside a name: "12KOs"
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and not ent[-1].whitespace_ and len(nxt) == 1 and nxt.is_upper:
        return False  # a number glued to a capital letter names a thing: "a 3G version", "3D"
    if _label(ent) or _score(ent):
        return False
    return any(c.isdigit() for c in txt) or any(t.lower_ in SCALE | VAGUE for t in ent)


def _label(ent: SpacySpan) -> bool:
    """A bare number after the noun it belongs to names, it does not count: a version or a
    model ("iPhone 4", "Internet Explorer versions 6, 7"), a room, a route; and a figure in
    parentheses after a name is a label of that name, a record or an age ("Klitschko (58-3,
    51 KO)")."""
    doc = ent.doc
    if ent.label_ == "CARDINAL" and len(ent) == 1 and ent[0].text.isdigit():
        tok = ent[0]
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.like_num:
            tok = tok.head
        head = tok.head
        if head.i < tok.i and head.pos_ in ("NOUN", "PROPN"):
            return True
    sent = ent.sent
    i = ent.start - 1
    while i > sent.start and doc[i].text not in ("(", ")"):
        i -= 1
    if doc[i].text == "(" and i > sent.start and doc[i - 1].pos_ == "PROPN":
        close = [t.i for t in doc[ent.end : sent.end] if t.text in ("(", ")")]
        if not close or doc[close[0]].text != ")":
            return False
        inside = doc[i + 1 : close[0]]
        # a short label, not a clause: "(which cut 500 jobs)" still counts
        return len(inside) <= _LABEL_MAX and not any(t.pos_ in _CLAUSAL for t in inside)
    return False


_SCORE = re.compile(r"^\d+ ?[-–] ?\d+( ?[-–] ?\d+)?$")


def _score(ent: SpacySpan) -> bool:
    """Two or three numbers joined by dashes with no plural noun counted after them are a
    score or a record ("improved to 52-3", "an 8-8 record"), not a quantity; a range that
    counts keeps its noun ("20-25 people"); a clock time or a score with a colon ("2:56") is
    no quantity either."""
    doc = ent.doc
    text = ent.text.strip()
    if text.lower().startswith(("a ", "an ")):
        text = text.split(" ", 1)[1]
    if _SCORE.match(text):
        return not (ent.end < len(doc) and doc[ent.end].tag_ == "NNS")
    if ent.end + 1 < len(doc) and doc[ent.end].text == ":" and doc[ent.end + 1].like_num:
        return True
    return ent.start > 1 and doc[ent.start - 1].text == ":" and doc[ent.start - 2].like_num


def _extend(doc: Doc, start: int, end: int, limit: tuple[int, int]) -> tuple[int, int]:
    """Token range [start, end) grown to the approximator before and the counted noun after."""
    lo, hi = limit
    while start > lo and doc[start - 1].lower_ in APPROX:
        prev = doc[start - 1].lower_
        if prev == "to" and (start - 2 < lo or doc[start - 2].lower_ != "up"):
            break  # "rose to 7.5 percent", but "up to 40"
        if prev == "up" and doc[start].lower_ != "to":
            break  # "up to 40", but "rose up 20 percent", "make up 20 to 25 percent"
        if prev == "at" and (start >= hi or doc[start].lower_ not in ("least", "most")):
            break  # "at 35 percent", but "at least 40"
        start -= 1
    if start > lo and doc[start - 1].is_currency:
        start -= 1  # "$199" where the entity left its sign out
        while start > lo and doc[start - 1].lower_ in APPROX - {"to", "at", "up"}:
            start -= 1
    last = doc[end - 1]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and end <= head.i < min(end + 3, hi):
        end = head.i + 1
    elif end < hi and doc[end].lower_ == "of" and (doc[end - 1].lower_ in VAGUE or last.like_num):
        # "thousands of people", "more than 150 of the participants"
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
    if any(t.lower_ in SCALE for t in doc[start : end + 2]):
        return False
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        return True
    # the entity may hold the hyphen and its unit itself: "a 3.5-inch display"
    return (
        end - start >= 3
        and doc[end - 2].text == "-"
        and not doc[end - 3].whitespace_
        and not doc[end - 2].whitespace_
        and end < len(doc)
        and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")
    )


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
