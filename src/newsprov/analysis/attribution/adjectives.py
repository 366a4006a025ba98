"""Belief and attitude predicates built on an adjective: ``X is (not so) sure that ...``,
``X was confident that ...``, ``X is worried about ...``. The cue is the copula with its
negation and adverbs plus the adjective; the source is the copula's subject."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.spans import subtree_ids

#: Adjectives of belief, certainty and attitude (PolNeAR annotates these as cues).
BELIEF_ADJECTIVES = frozenset(
    "sure certain confident convinced skeptical sceptical doubtful hopeful optimistic "
    "pessimistic worried concerned afraid fearful aware glad happy unhappy proud angry upset "
    "adamant insistent critical supportive wary mindful persuaded unconvinced".split()
)
#: Adjectives of eagerness whose infinitive is what their subject wants ("was eager to make his
#: mark", "is keen to make her party more mainstream"): on all of PolNeAR train, after a
#: copula with an infinitive, the gold cue held "eager" 10 times in 10 and "keen" once in 1,
#: where "willing" 5 in 44, "ready" 3 in 35, "determined" 1 in 7, "anxious" 0 in 2 and
#: "desperate" 0 in 3 (2026-12-05; "quick", "reluctant" and "inclined" join the cue of a
#: reporting verb they govern, :func:`~.verbcues._controlling_verb`).
EAGER_ADJECTIVES = frozenset(("eager", "keen"))
#: Prepositions introducing an attitude's content ("worried about X", "critical of X").
ADJ_PREPS = frozenset("about of that over with".split())


#: Where a belief adjective stands outside a copula: a noun's modifier ("Democrats still
#: confident in the Clinton operation": the noun is the source), an adverbial clause ("Clinton
#: aides, confident that ...": the subject of the verb it hangs on) or a conjunct of a copula's
#: adjective ("are confident ... and openly skeptical about ...": that copula's subject). Counted
#: on PolNeAR train before any run (halves of split A; the gold cue holding the adjective): with
#: a "that" clause or a preposition of :data:`ADJ_PREPS`, 9 of 16 modifiers, 3 of 4 adverbial
#: clauses and 2 of 3 conjuncts matched, against 77 of 229 after a copula (`acomp`).
OUTSIDE_DEPS = frozenset("amod advcl conj".split())


def _outside_subject(adj: Token) -> Token | None:
    """The source of a belief adjective outside a copula (:data:`OUTSIDE_DEPS`): a noun
    before it that it modifies, or the subject of the verb or copula it hangs on."""
    head = adj.head
    if adj.dep_ == "amod":
        return head if head.pos_ in ("NOUN", "PROPN") and head.i < adj.i else None
    if adj.dep_ == "conj" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head
    elif adj.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def adjective_cues(
    doc: Doc, candidates: Iterable[int]
) -> list[tuple[set[int], Token, set[int], set[int]]]:
    """``(cue ids, subject, content ids, ids out of the source)`` for each belief adjective
    with a clause or object (``candidates``: indices of the adjective tokens to look at)."""
    out = []
    for i in candidates:
        adj = doc[int(i)]
        if adj.lemma_.lower() not in BELIEF_ADJECTIVES:
            continue
        if adj.dep_ == "acomp":
            cop = adj.head
            subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            cue = {adj.i, cop.i}
        elif adj.dep_ in OUTSIDE_DEPS:
            subj = _outside_subject(adj)
            if subj is not None:
                out.extend(_outside(adj, subj))
            continue
        else:
            continue
        if subj is None:
            continue
        content = _own_content(adj, cue, ("advmod",))
        for c in cop.children:
            if c.dep_ == "ccomp" and not content and c.i > adj.i:
                content = subtree_ids(c)
            elif c.dep_ in ("aux", "neg") or (c.dep_ == "advmod" and adj.i > c.i > subj.i):
                cue.add(c.i)
        if content:
            out.append((cue, subj, content, set()))
    return out


def _outside(adj: Token, subj: Token) -> list[tuple[set[int], Token, set[int], set[int]]]:
    """The candidate of a belief adjective outside a copula: its own "that" clause or
    preposition only (the clause a copula holds is the first conjunct's)."""
    cue = {adj.i}
    content = _own_content(adj, cue, ("advmod", "neg"))
    if not content or subj.i in content:
        return []
    # a modifier's noun holds the adjective: the source ends before the adjective's phrase
    # ("Sanders fully supportive of Clinton and his followers": "Sanders")
    cut = set(range(adj.left_edge.i, subj.right_edge.i + 1)) if adj.dep_ == "amod" else set()
    return [(cue, subj, content, cut)]


def _own_content(adj: Token, cue: set[int], before: tuple[str, ...]) -> set[int]:
    """The content a belief adjective holds itself: its "that" clause or the object of its
    preposition (:data:`ADJ_PREPS`, whose word joins ``cue``); modifiers before it of the
    relations ``before`` join ``cue`` too."""
    content: set[int] = set()
    for c in adj.children:
        if c.dep_ == "ccomp":
            content = subtree_ids(c)
        elif c.dep_ == "prep" and c.lower_ in ADJ_PREPS and not content:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                cue.add(c.i)
                content = subtree_ids(obj)
        elif c.dep_ in before and c.i < adj.i:
            cue |= subtree_ids(c)
    return content


def eager_cues(
    doc: Doc, candidates: Iterable[int], cued: set[int]
) -> list[tuple[set[int], Token, set[int]]]:
    """``(cue ids, subject, content ids)`` for each adjective of eagerness
    (:data:`EAGER_ADJECTIVES`) after a copula, with an infinitive (``xcomp``) that no cue holds
    (``cued``: character offsets of the cues found so far; "was eager to attack him" is the
    reporting verb's cue, :func:`~.verbcues._controlling_verb`): the cue is the copula with its
    auxiliaries, negation and adverbs and the adjective, the content the infinitive. Train CV
    A / H: cue token +0.00041 / +0.00041, source token +0.00025 / +0.00024, lenient +0.00017
    / +0.00017, strict +0.00010 / +0.00010, content token +0.00010 / +0.00011; dev unchanged
    (history, 2026-12-05, morning)."""
    out = []
    for i in candidates:
        adj = doc[int(i)]
        if adj.lemma_.lower() not in EAGER_ADJECTIVES or adj.dep_ != "acomp":
            continue
        inf = next((c for c in adj.children if c.dep_ == "xcomp" and c.i > adj.i), None)
        cop = adj.head
        subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if inf is None or subj is None or inf.idx in cued or cop.i > adj.i:
            continue
        cue = {adj.i, cop.i}
        for c in [*cop.children, *adj.children]:
            if c.dep_ in ("aux", "neg") or (c.dep_ == "advmod" and adj.i > c.i > subj.i):
                cue.add(c.i)
        out.append((cue, subj, subtree_ids(inf)))
    return out
