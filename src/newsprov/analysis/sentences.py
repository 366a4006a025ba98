"""``Token.sent`` by bisection over the doc's sentence starts, while a stage runs.

spaCy's ``Token.sent`` makes a one-token ``Span`` and walks the sentence-start flags back to
the sentence's first token and on to its last, on every call: about 3 microseconds on a
sentence of PolNeAR dev, and the length of the sentence on a long one (a 40,000-character
quotation is one sentence of some 7,500 tokens, and each of its 1,250 verbs reads ``.sent``
several times). The rules call it some 26,000 times a run of the 84 PolNeAR dev texts, often
in a loop's test (``while j > v.sent.start``).

Inside :func:`sentence_index` the doc's ``user_token_hooks["sent"]`` (spaCy's own hook for
``Token.sent``) answers from the doc's sentences, listed once: the same sentence (an equal
``Span``: same doc, start and end) as spaCy's walk, for the boundaries cannot change while a
stage runs (the analysis never sets a sentence start after the parse, nor retokenizes). The
hook is taken off when the block ends, so the doc goes on (stored, pickled, copied) as it
came. ``Span.sent`` is left to spaCy (about one call in nine).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token

_HOOK = "sent"


@contextmanager
def sentence_index(doc: Doc) -> Iterator[None]:
    """Within the block ``Token.sent`` of ``doc``'s tokens is read from its sentences, listed
    on entry; nothing is changed for a doc without sentence starts (spaCy's walk then reads
    the parse, or fails as it would) or one that has a ``sent`` hook already (an enclosing
    block's, or the caller's own)."""
    hooks = doc.user_token_hooks
    if _HOOK in hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        yield
        return
    sents = list(doc.sents)
    starts = [s.start for s in sents]

    def sent(tok: Token) -> Span:
        return sents[bisect_right(starts, tok.i) - 1]

    hooks[_HOOK] = sent
    try:
        yield
    finally:
        if hooks.get(_HOOK) is sent:
            del hooks[_HOOK]
