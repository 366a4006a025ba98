"""Prepositional cues. ``according to X``: the cue is the phrase, the source its object, the
content the clause it modifies (without the phrase itself). ``In X``, where X names a text
or a count of opinion ("In the latest CNN poll, 38 percent said ..."): the cue is the
preposition, the source X, the content the clause. And "reportedly", "according to reports"
in one word: the cue is the adverb, with no source, the content the clause it modifies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.spans import opening_connective, subtree_ids, token_at

_ACCORDING = re.compile(r"\b[Aa]ccording\b")


class According(NamedTuple):
    """One "according to X": its two words, the source's head, the content's token ids, and
    whether the phrase closes its sentence after a comma (:func:`_closes_sentence`)."""

    according: Token
    to: Token
    source: Token
    content: set[int]
    final: bool


def according_to(doc: Doc, text: str, idx: Sequence[int]) -> list[According]:
    """Every "according to X" of the document (:class:`According`)."""
    out = []
    for m in _ACCORDING.finditer(text):
        tok = doc[token_at(idx, m.start())]
        if tok.lower_ != "according":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        src = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if src is None:
            src = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if src is None:
            continue
        phrase = subtree_ids(tok) | subtree_ids(nxt) | {tok.i, nxt.i}
        # the clause: the head the phrase hangs from, within the sentence
        # (not stopping at a conjunct: "A was paid $1; B was paid $2; and C was paid $3,
        # according to FEC records" vouches for all three; on train two-fold CV, climbing
        # through conjuncts raised strict 0.4656 -> 0.4663 and content token 0.8415 -> 0.8421)
        head = tok.head
        final = _closes_sentence(tok, phrase)
        while (head.dep_ != "ROOT" and (head.dep_ != "ccomp" or final)) and head.head.i != head.i:
            if head.head.sent.start != tok.sent.start:
                break
            head = head.head
        if head.i in (tok.i, nxt.i):
            content = {t.i for t in tok.sent} - phrase
        else:
            content = subtree_ids(head) - phrase
        content = {i for i in content if doc[i].sent.start == tok.sent.start}
        # the commas that set the phrase off are no part of the content ("The vote, according
        # to aides, will be held": "The vote" and "will be held", not "The vote," and ", will")
        lo, hi = min(phrase) - 1, max(phrase) + 1
        content -= {i for i in (lo, hi) if 0 <= i < len(doc) and doc[i].text == ","}
        content -= opening_connective(doc, content)
        out.append(According(tok, nxt, src, content, final))
    return out


def _closes_sentence(tok: Token, phrase: set[int]) -> bool:
    """Is the "according to X" phrase set off by a comma at the end of its sentence ("The
    minister said the talks had failed, according to a report in The Guardian.")? It then
    vouches for the whole sentence, the report inside it included, wherever the parse hung
    it. The line break that ends a paragraph, which the parse may keep in the sentence, is no
    word after the phrase."""
    doc = tok.doc
    last = max(phrase)
    after = doc[last + 1 : tok.sent.end]
    return tok.i > 0 and doc[tok.i - 1].text == "," and all(t.is_punct or t.is_space for t in after)


#: Nouns that, as the object of "in", can be the source of the clause ("In a new poll, ..."):
#: the candidates the lexicon is mined on. Which of them count is the lexicon's decision (key
#: ``<noun>|pp-in``, surveys and averages counted as polls): on PolNeAR train only polls pass
#: (before their verb: "In a new poll, ..."); "statement",
#: "video", "book" ... are mostly channels ("in a statement, he said"), not sources. Not
#: derived from the sources lexicon's DOCUMENT_NOUNS: a candidate counts only by its key in
#: the mined lexicon, so the list grows when the lexicon is mined again on train.
SOURCE_NOUNS = frozenset(
    "poll polls survey surveys study report interview statement book speech letter memo op-ed "
    "column tweet post analysis average article editorial essay testimony filing ad video "
    "document documents email e-mail remarks questionnaire memoir".split()
)


#: Nouns counted as one kind in the lexicon (key ``poll|pp-in``): a survey or a polling
#: average is a poll, and each alone is too rare on train to be judged.
POLL_NOUNS = frozenset("poll survey average questionnaire".split())


def source_kind(noun: Token) -> str:
    """The lexicon word for the object of "in": ``poll`` for :data:`POLL_NOUNS`, else the
    lemma."""
    lemma = noun.lemma_.lower()
    return "poll" if lemma in POLL_NOUNS else lemma


def in_source(doc: Doc, ins: Sequence[int]) -> list[tuple[Token, Token, set[int]]]:
    """``(in, source head, content token ids)`` for "In <a text or poll>, <clause>": the
    preposition hangs from the clause's verb and comes before it, and the clause (without the
    phrase) is content. After the verb ("has been leading in the polls", "sagged in the polls")
    annotators mostly leave it: on train 2-fold CV, keeping only the phrases before the verb
    raised lenient and strict by 0.0005 and source token F1 by 0.0008."""
    out = []
    for i in ins:
        tok = doc[int(i)]
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        src = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if src is None or src.lemma_.lower() not in SOURCE_NOUNS:
            continue
        if tok.i > tok.head.i:
            continue  # "leading in the polls": after its verb, mostly not annotated
        phrase = subtree_ids(tok)
        content = {j for j in subtree_ids(tok.head) - phrase if doc[j].sent.start == tok.sent.start}
        if content:
            out.append((tok, src, content))
    return out


#: Adverbs that say the clause is what reports say: the cue of an attribution with no source.
#: ("allegedly", "apparently", "supposedly" are mostly not annotated on PolNeAR train: 1 of
#: 12, 1 of 35 and 0 of 9; "reportedly" 14 of 29.)
HEARSAY_ADVERBS = frozenset({"reportedly"})


def hearsay(doc: Doc, adverbs: Sequence[int]) -> list[tuple[Token, set[int]]]:
    """``(adverb, content token ids)`` for "reportedly" on a verb ("The FBI is reportedly
    making arrangements to ...", "Reportedly, he made ..."): the content is the clause of the
    verb the adverb hangs from, without the adverb and the commas setting it off, and
    without a clause coordinated after it with a subject of its own ("Khoga was reportedly on
    that trip, but they had returned ..."); a verb coordinated with a clause before it takes
    that clause's subject ("He gained acclaim and was reportedly targeted": "He" is content)."""
    out = []
    for i in adverbs:
        adv = doc[int(i)]
        if adv.lower_ not in HEARSAY_ADVERBS or adv.dep_ != "advmod":
            continue
        head = adv.head
        if head.pos_ not in ("VERB", "AUX"):
            continue
        content = set(subtree_ids(head))
        for c in head.children:
            if c.i > adv.i and c.dep_ == "conj" and _has_subject(c):
                content -= subtree_ids(c)
                content -= {k.i for k in head.children if k.dep_ == "cc" and k.i < c.i}
        if head.dep_ == "conj" and not _has_subject(head):
            subj = next((c for c in head.head.children if c.dep_ in _SUBJECTS), None)
            if subj is not None:
                content |= subtree_ids(subj)
        content -= {adv.i}
        content -= {j for j in (adv.i - 1, adv.i + 1) if 0 <= j < len(doc) and doc[j].text == ","}
        content = {j for j in content if doc[j].sent.start == adv.sent.start}
        if content:
            out.append((adv, content))
    return out


_SUBJECTS = frozenset("nsubj nsubjpass expl csubj".split())


def _has_subject(v: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in v.children)
