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
#: Prepositions introducing an attitude's content ("worried about X", "critical of X").
ADJ_PREPS = frozenset("about of that over with".split())


def adjective_cues(doc: Doc, candidates: Iterable[int]) -> list[tuple[set[int], Token, set[int]]]:
    """``(cue ids, subject, content ids)`` for each belief adjective with a clause or object
    (``candidates``: indices of the adjective tokens to look at)."""
    out = []
    for i in candidates:
        adj = doc[int(i)]
        if adj.lemma_.lower() not in BELIEF_ADJECTIVES:
            continue
        if adj.dep_ != "acomp":
            continue
        cop = adj.head
        subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        content: set[int] = set()
        cue = {adj.i, cop.i}
        for c in adj.children:
            if c.dep_ == "ccomp":
                content = subtree_ids(c)
            elif c.dep_ == "prep" and c.lower_ in ADJ_PREPS and not content:
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    cue.add(c.i)
                    content = subtree_ids(obj)
            elif c.dep_ == "advmod" and c.i < adj.i:
                cue |= subtree_ids(c)
        for c in cop.children:
            if c.dep_ == "ccomp" and not content and c.i > adj.i:
                content = subtree_ids(c)
            elif c.dep_ in ("aux", "neg") or (c.dep_ == "advmod" and adj.i > c.i > subj.i):
                cue.add(c.i)
        if content:
            out.append((cue, subj, content))
    return out
