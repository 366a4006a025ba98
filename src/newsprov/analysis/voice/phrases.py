"""Checks on the cues read from a sentence's text: whether a match of the hedge and phrase lists
is the evaluative expression rather than a look-alike (a name, an established name such as "the
war on drugs", an amount, gunfire returned; :func:`_phrase_holds`), and whether a question mark
asks the outlet's question rather than a reader prompt, a poll put to the reader or a name alone
(:func:`_prompt`, :func:`_reader_poll`, :func:`_named_only`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.voice.plain import _COMPARATIVE_WORDS, _CURRENCY, _amount, _likelihood
from newsprov.analysis.voice.quotes import _token_after
from newsprov.record import Span

#: Established names that a listed phrase is part of: "the war on drugs" names a policy.
_NAMED_PHRASES = re.compile(r"war\s+on\s+(?:drugs|terror|terrorism|poverty)\b", re.IGNORECASE)
#: Armed enemies: a war on one is a war, fought with arms, not the outlet's metaphor ("the war
#: on ISIS", "the war on the Taliban"; "the war on coal", "a war on women" stay). From a fresh
#: sample of PolNeAR train articles (2026-12-04), where one column said "the war on ISIS"
#: four times.
_ARMED_ENEMY = re.compile(
    r"war\s+on\s+(?:the\s+)?(?:isis|isil|daesh|islamic\s+state|al[- ]qaeda|al[- ]qaida|taliban|"
    r"boko\s+haram|al[- ]shabaa?b|hamas|hezbollah|militants|insurgents|jihadists|"
    r"terrorists)\b",
    re.IGNORECASE,
)
#: Arms fired: "fired back" with one of them is gunfire returned ("the merchant ship fired
#: back with small arms"), not a retort ("fired back at his critics" stays). Written
#: 2026-12-05 (late morning) from a seed 45 sample of ECB+ (piracy news, 1 flag); BASIL
#: 2010-2016 holds no such sentence. Not "shot" or "round", which a retort fires too ("fired
#: back with a parting shot").
_ARMS = frozenset(
    "arms gun guns rifle rifles weapon weapons missile missiles rocket rockets artillery "
    "cannon cannons mortar mortars bullets".split()
)
#: Words that turn "all but" into "except" ("all but 10 Republicans", "all but the wealthy"),
#: not "almost" ("all but vacant", "all but sewed up").
_EXCEPT_POS = {"DET", "NUM", "NOUN", "PROPN", "PRON", "SYM"}
_APPROXIMATORS = {"perhaps", "possibly", "probably", "maybe"}


def _phrase_holds(sent: SpacySpan, text: str, span: Span, matched: str) -> bool:
    """Is a phrase-list match at ``span`` the evaluative expression, not a look-alike?

    Not when a word after the sentence's first is capitalised (a name: "at Best Buy"), not in
    an established name ("the war on drugs"), not "all but" meaning "except", and not a hedge
    word before a number ("perhaps 15 stories tall" approximates, it does not hedge).
    ``text`` is the sentence's text (``span`` is in the document's offsets)."""
    start = span[0] - sent.start_char
    words = matched.split()
    first_word = not any(ch.isalnum() for ch in text[:start])
    if any(w[:1].isupper() for w in (words[1:] if first_word else words)):
        return False
    if _NAMED_PHRASES.match(text, start) or _ARMED_ENEMY.match(text, start):
        return False
    nxt = _token_after(sent, span[1])
    if nxt is None:
        return True
    low = " ".join(matched.lower().split())
    if low == "all but" and (nxt.pos_ in _EXCEPT_POS or nxt.like_num):
        return False
    if low.split()[-1] in _COMPARATIVE_WORDS and _likelihood(nxt):
        return False  # a probability compared: "said they were much less likely to vote"
    if low.split()[-1] in _COMPARATIVE_WORDS and _amount(sent.doc[nxt.i - 1]):
        return False  # an amount compared: "spent far more", "far less money"
    if low == "fired back" and nxt.lower_ == "with" and _with_arms(nxt):
        return False  # gunfire returned: "fired back with small arms"
    if low == "pushed back" and _passive(_token_after(sent, span[0])):
        return False  # put off, or moved: "development has been pushed back to 2020"
    return not (low in _APPROXIMATORS and (nxt.like_num or nxt.text in _CURRENCY))


def _with_arms(w: Token) -> bool:
    """Does "with" at ``w`` name arms ("with small arms", "with rifles"), read in the next
    three words, since the parse may hang them anywhere?"""
    doc = w.doc
    following = doc[w.i + 1 : min(w.i + 4, w.sent.end)]
    return any(x.lower_ in _ARMS for x in following)


def _passive(t: Token | None) -> bool:
    """Is ``t`` a verb in the passive ("has been pushed back", "was being pushed back")?"""
    return t is not None and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)


def _prompt(sent: SpacySpan) -> bool:
    """Is ``sent`` a reader prompt of common nouns alone ("Questions?", "Tips?", "Feedback?",
    "Comments or suggestions?"), a newsletter's call for mail that asks nothing rhetorical?
    From a fresh sample of PolNeAR train articles (2026-12-03), where a column's sign-off
    put three in a row."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return 0 < len(words) <= 4 and all(
        t.pos_ == "NOUN" or (t.pos_ == "CCONJ" and 0 < i < len(words) - 1)
        for i, t in enumerate(words)
    )


#: Verbs that ask a reader's opinion in a poll prompt ("Do you support Donald Trump?", "What
#: do you think of ...?"); written here on 2026-12-05 from the stance verbs (``plain._STANCES``).
_POLL_VERBS = frozenset({"support", "think", "agree", "favor", "back", "approve", "oppose"})


def _reader_poll(sent: SpacySpan) -> bool:
    """Is ``sent`` a poll put to the reader, a question whose subject is "you" on a verb of
    opinion and that holds no other clause ("Do you support Dr. Ben Carson?", "What do you
    think of Trump's attack on Carson last night?"): an embedded poll's prompt, asking the
    reader's view, not the outlet's rhetorical question ("Would a real billionaire be bilking
    old ladies?" stays). From a PolNeAR train sample re-read (seed 919,
    2026-12-05), where the prompts of social-media polls flagged four sentences alone; BASIL
    2010-2016 holds none."""
    root = sent.root
    if root.lemma_.lower() not in _POLL_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in root.children):
        return False
    return not any(
        t.dep_ in ("ccomp", "advcl", "relcl", "conj", "xcomp") and t.pos_ in ("VERB", "AUX")
        for t in sent
        if t.i != root.i and t.head.i == root.i
    )


def _named_only(sent: SpacySpan) -> bool:
    """Is ``sent`` a name alone, asked about ("Governor Pence?", "And Mr. Gingrich?"): a list
    of candidates put as questions, with no verb to make one rhetorical?"""
    return sent.root.pos_ == "PROPN" and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in sent
    )  # a participle inside the name is no verb of the sentence: "Retired Lt. Gen. ...?"
