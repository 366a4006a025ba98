"""Hedges the parse finds, beside the listed phrases of ``hedges.txt`` ("it seems", "appears
to") and the adverb "likely" (:func:`_likely_hedge`): the outlet putting its own claim as a
probability or an impression. Added 2026-12-06 from an eighth audit of sentence voice on unseen
texts (docs/history/voice.md, session 54); "likely" moved here from ``cues.py`` the same day."""

from __future__ import annotations

from spacy.tokens import Token

from newsprov.analysis.voice.plain import _COMPARATIVE_WORDS

#: The adjectives of probability a predicate may be alone: "Neither is likely."
_PROBABLE = frozenset({"likely", "unlikely"})
#: The copulas a bare probability follows: "is likely", "seems unlikely", "remains unlikely".
_COPULAS = frozenset({"be", "seem", "appear", "look", "remain"})
#: Words of comparison before the adjective: a probability compared ("more likely than"), a
#: fact about odds, no hedge.
_COMPARED = frozenset({"more", "less", "as", "equally", "so", "too"})
#: What a probability governs when it is the adjective of a claim someone makes or a
#: forecast with its clause ("is likely to win", "is likely that", "likely voters"), a test
#: left to the listed phrases ("it is likely").
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "prep", "advcl"})


def bare_probability(t: Token) -> bool:
    """ "likely" or "unlikely" alone as the predicate of a copula: the outlet's forecast with
    nothing after it ("Neither is likely.", "A deal now seems unlikely."). Not with an
    infinitive or a clause ("is likely to win", "is unlikely that": the first is a forecast the
    rest of the sentence states, the listed "it is likely" the second), not compared ("more
    likely"), not before a noun ("likely voters")."""
    if t.lower_ not in _PROBABLE or t.dep_ not in ("acomp", "oprd"):
        return False
    if t.head.lemma_.lower() not in _COPULAS:
        return False
    if any(c.dep_ in _COMPLEMENTS for c in t.children):
        return False
    doc = t.doc
    if t.i > 0 and doc[t.i - 1].lower_ in _COMPARED:
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("to", "that", "than"):
        return False
    # the subject "it" before a clause is the listed phrase; before nothing ("it is likely.")
    # it is the same hedge
    return True


def _likely_hedge(t: Token) -> bool:
    """ "likely" as an adverb, the outlet's "probably" ("Nichols will likely die in prison", "Mr.
    Trump will most likely not miss out", "likely the most expensive in state history"), with
    "most" also where the parse read it as an adjective ("most likely will not get"). Not the
    adjective ("likely voters", "the likely nominee", "is likely to win", "the one most likely
    to be nominated", "a likely tough fight"), nor a probability compared ("more likely"). Added 2026-12-05 from an audit of unseen ECB+ and
    NewsWCL50 texts, where five such sentences were the outlet's unflagged forecasts."""
    prev = t.doc[t.i - 1].lower_ if t.i > t.sent.start else ""
    if t.lower_ != "likely" or prev in _COMPARATIVE_WORDS or prev == "as":
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
    if nxt is not None and nxt.lower_ == "to":
        return False  # the adjective with its infinitive: "the one most likely to be nominated"
    if t.dep_ == "advmod":
        # not on an adjective before its noun: "whose likely tough fight" (the fight's grade)
        return not (t.head.pos_ == "ADJ" and t.head.dep_ == "amod")
    return prev == "most" and nxt is not None and nxt.pos_ in {"AUX", "VERB", "PART"}
