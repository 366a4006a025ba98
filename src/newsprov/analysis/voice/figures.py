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
Also no figure: a model number before its noun ("the 787 Dreamliner", "the 4GB model", and a
number the text uses as a label elsewhere), a rank ("#1") and an age without "years" ("when he
was 17 to 25", "the retirement age ... to 65"). A signed number ("-36"), an index level the NER
model tags otherwise ("8,579.19") and a price outside any entity ("$249") are figures; the
counted noun is a whole compound ("bank bailout bill"), never half a phrasal noun ("bail out").
"""

from __future__ import annotations

import re
import unicodedata

import numpy
from spacy.attrs import LIKE_NUM, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.voice import Coverage, outlets_own
from newsprov.record import Attribution, Sentence, Span

FIGURE_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores"}
_VAGUE_ARRAY = numpy.array(sorted(get_string_id(w) for w in VAGUE), dtype=numpy.uint64)
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
#: A number with a sign glued to it, which the tokenizer leaves without an entity ("recovering
#: slightly to -36", "closed at -366.94 points"; MEANTIME stock-market stories, 2026-12-05).
_SIGNED = re.compile(r"^[-\u2212+]\d[\d,]*(\.\d+)?$")
#: A number with a thousands comma the NER model tags as a time or a title: an index level
#: ("closing at 8,579.19"); a clock time never has a thousands comma.
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
#: Subjects that name a person, so that a bare number as their complement is an age ("he was
#: 17"); "who" opens a clause about a person. Grammar words, not chosen on a sample.
_PERSON_PRONOUNS = {"he", "she", "i", "you", "who"}


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
    if _label(ent) or _score(ent) or _age(ent) or _model(ent):
        return False
    return any(c.isdigit() for c in txt) or any(t.lower_ in SCALE | VAGUE for t in ent)


def _label(ent: SpacySpan) -> bool:
    """A bare number after the noun it belongs to names, it does not count: a version or a
    model ("iPhone 4", "Internet Explorer versions 6, 7"), a room, a route; and a figure in
    parentheses after a name is a label of that name, a record or an age ("Klitschko (58-3,
    51 KO)")."""
    doc = ent.doc
    if ent.label_ == "CARDINAL" and len(ent) == 1 and _after_noun(ent[0]):
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


def _bare(ent: SpacySpan) -> bool:
    """A CARDINAL of numbers alone (a range "17 to 25" too), with no plural noun counted after."""
    if ent.label_ != "CARDINAL" or any(t.lower_ in SCALE | VAGUE for t in ent):
        return False
    if not all(t.like_num or t.lower_ in ("to", "and", "or", "-", "\u2013") for t in ent):
        return False
    last = ent[-1]
    return not (last.dep_ in ("nummod", "compound") and last.head.tag_ in ("NNS", "NNPS"))


def _age(ent: SpacySpan) -> bool:
    """A bare number that is an age: after "age" or "aged" ("aged 17", "at the age of 65"), the
    new value of an age ("raise the retirement age for women to 65"), or the complement of
    "be" with a person as subject and no noun ("from when he was 17 to 25", "Smith, who is
    45"). "They were 300" and "the price was 45" stay counts."""
    if not _bare(ent):
        return False
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in ("of", "at", "the"):
        i -= 1
    if i >= 0 and doc[i].lemma_.lower() in ("age", "aged") and ent.start - i <= 3:
        return True
    last = ent[-1]
    while last.dep_ == "quantmod" and last.head.like_num and last.head.i > last.i:
        last = last.head  # "17" in "17 to 25", an entity of its own
    if last.dep_ == "pobj" and last.head.dep_ == "prep":
        verb = last.head.head
        if verb.lemma_ == "age" or any(c.lemma_ == "age" for c in verb.children):
            return True
    if last.dep_ in ("attr", "acomp") and last.head.lemma_ == "be":
        subj = [c for c in last.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and (subj[0].lower_ in _PERSON_PRONOUNS or subj[0].ent_type_ == "PERSON")
    return False


def _model(ent: SpacySpan) -> bool:
    """A number that names a model or a product rather than counts: compounded to a singular
    capitalised noun after it ("the 787 Dreamliner"), glued to a unit that describes a singular
    noun or stands for the product itself ("the 4GB model", "a 2GB and a 4GB"), or a number the
    same text uses as a label after a noun ("the Boeing 717" makes "the final 717 jet" and
    "the 717" names; "5 gigabytes" after "iOS 5" still counts, its noun is plural); a number
    glued after "#" is a rank ("the #1 movie")."""
    doc = ent.doc
    first, last = ent[0], ent[-1]
    if first.i > 0 and doc[first.i - 1].text == "#" and not doc[first.i - 1].whitespace_:
        return True
    if ent.label_ != "CARDINAL" or any(t.lower_ in SCALE | VAGUE for t in ent):
        return False
    head = last.head
    if (
        last.dep_ in ("nummod", "compound")
        and last.whitespace_  # a unit glued to it is read below: "16GB"
        and head.i > last.i
        and head.tag_ == "NNP"
        and head.text[:1].isupper()
        and all(t.is_punct or t.pos_ == "PUNCT" for t in doc[ent.end : head.i])
    ):
        return True  # "the 787 Dreamliner"; "300 Marines" is NNPS, a count
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and not last.whitespace_ and nxt.is_alpha:
        # a number glued to its unit: "4GB"
        noun = last.head if last.head.i > nxt.i else nxt.head
        if noun.i > nxt.i and noun.tag_ in ("NN", "NNP") and noun.pos_ in ("NOUN", "PROPN"):
            return True  # "the 4GB model", "a 60GB drive"; "16GB of memory" still counts
        dets = [c for c in list(nxt.children) + list(last.children) if c.dep_ == "det"]
        if dets or (ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an", "the")):
            return True  # "a 4GB", "the 8GB is available"
        return False
    if _bare(ent) and len(ent) == 1 and last.text in _label_numbers(doc):
        return not (nxt is not None and nxt.tag_ in ("NNS", "NNPS"))
    return False


#: The tag of a cardinal number, as a string id.
_CD = get_string_id("CD")


def _label_numbers(doc: Doc) -> frozenset[str]:
    """The numbers the text uses as labels after a noun ("Boeing 717", "iOS 5"), cached per doc."""
    cached = doc.user_data.get("figures.labels")
    if cached is None:
        # tokens, not entities: "Boeing 717" is a PRODUCT entity
        numbers = doc.to_array(TAG).tolist()  # tags as string ids: no Token per word
        cached = frozenset(
            doc[i].text for i, tag in enumerate(numbers) if tag == _CD and _after_noun(doc[i])
        )
        doc.user_data["figures.labels"] = cached
    return cached  # type: ignore[no-any-return]


def _after_noun(tok: Token) -> bool:
    """A bare number after the noun it belongs to ("iPhone 4", "versions 6, 7")."""
    if not tok.text.isdigit():
        return False
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.like_num:
        tok = tok.head
    head = tok.head
    # "91 aircraft and 230 on order": a number joined to a noun is a count, no label
    return tok.dep_ != "conj" and head.i < tok.i and head.pos_ in ("NOUN", "PROPN")


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
    if start > lo and _currency(doc[start - 1]):
        start -= 1  # "$199", "US$89.00" where the entity left its sign out
        while start > lo and doc[start - 1].lower_ in APPROX - {"to", "at", "up"}:
            start -= 1
    last = doc[end - 1]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and _noun_near(doc, end, head, hi):
        # the counted noun is the whole compound ("the 700 billion USD bank bailout bill"),
        # never a part of it, and no noun a particle turns into a phrasal one ("bail out")
        while head.dep_ == "compound" and head.i < head.head.i < min(head.i + 3, hi):
            head = head.head
        after = doc[head.i + 1] if head.i + 1 < hi else None
        # a particle: tagged so, or a preposition with no object of its own whose only
        # dependents are prepositions ("bail out of the sector"; "at" in "jobs at the mine",
        # "after" in "after gaining" have their object)
        kids = list(after.children) if after is not None else []
        particle = (
            after is not None
            and after.pos_ in ("ADP", "PART")
            and after.head == head.head
            and (after.tag_ == "RP" or (bool(kids) and all(c.dep_ == "prep" for c in kids)))
        )
        if head.dep_ != "compound" and not particle:
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


def _alone(doc: Doc, i: int) -> bool:
    """Token i stands outside any entity or is an entity of its own."""
    tok = doc[i]
    if not tok.ent_type_:
        return True
    return tok.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _currency(tok: Token) -> bool:
    """A currency sign, alone or after a country's letters ("$", "US$", "HK$")."""
    return tok.is_currency or (
        len(tok.text) > 1
        and unicodedata.category(tok.text[-1]) == "Sc"
        and tok.text[:-1].isalpha()
        and tok.text[:-1].isupper()
    )


#: How far the counted noun may lie after the figure when only its own modifiers stand between
#: ("12 new long-haul Airbus aircraft"; 2026-12-05, seed 4547, three MEANTIME Airbus entries
#: cut to the bare number); any other word between keeps the old limit of 3 tokens.
_NOUN_REACH = 6


def _noun_near(doc: Doc, end: int, head: Token, hi: int) -> bool:
    """The counted noun lies close after the figure: within 3 tokens, or within _NOUN_REACH
    when every token between is a modifier inside the noun's phrase (no verb, no clause)."""
    if not end <= head.i < hi:
        return False
    if head.i < end + 3:
        return True
    between = doc[end : head.i]
    return head.i < end + _NOUN_REACH and all(
        t.head.i in range(end, head.i + 1)
        and t.pos_ not in _CLAUSAL
        and t.dep_ in ("amod", "compound", "nmod", "punct", "npadvmod", "advmod", "nummod")
        for t in between
    )


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
    # string ids and flags: a Token only for the vague words and the numbers (the tokenizer's
    # LIKE_NUM holds "-36", "+4" and "8,579.19"); a text with a Unicode minus sign ("\u221236")
    # has every token read
    arr = doc.to_array([LOWER, LIKE_NUM])
    vague = numpy.isin(arr[:, 0], _VAGUE_ARRAY)
    read: range | list[int]
    if "\u2212" in doc_text(doc):
        read = range(len(doc))
    else:
        read = numpy.flatnonzero(vague | (arr[:, 1] == 1)).tolist()
    for i in read:
        if vague[i]:
            if i not in in_ents and doc[i].ent_type_ not in ("DATE", "TIME"):
                found.append((i, i + 1))
            continue
        if not doc[i].ent_type_ and _SIGNED.match(doc[i].text):
            found.append((i, i + 1))  # a signed number the NER model leaves out: "-36"
        elif (
            _THOUSANDS.match(doc[i].text)
            and doc[i].ent_type_ not in FIGURE_LABELS
            and _alone(doc, i)
        ):
            # a number with a thousands comma the NER model tags as a time, a date or a title,
            # or leaves out: an index level, "closing at 8,579.19"; "1,500 years ago" is a date
            found.append((i, i + 1))
        elif not doc[i].ent_type_ and doc[i].like_num and i > 0 and _currency(doc[i - 1]):
            found.append((i, i + 1))  # a price the NER model leaves out: "$199 and $249 USD"
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
