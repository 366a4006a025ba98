"""``Token.sent``, ``Span.sent`` and ``Doc.sents`` from the doc's sentences listed once, while
a stage runs.

spaCy's ``Token.sent`` makes a one-token ``Span`` and walks the sentence-start flags back to
the sentence's first token and on to its last, on every call: about 3 microseconds on a
sentence of PolNeAR dev, and the length of the sentence on a long one (a 40,000-character
quotation is one sentence of some 7,500 tokens, and each of its 1,250 verbs reads ``.sent``
several times). The rules call it some 26,000 times a run of the 84 PolNeAR dev texts, often
in a loop's test (``while j > v.sent.start``). ``Span.sent`` walks the same way, and
``Doc.sents`` makes a new ``Span`` per sentence at each call: four stages and five readers
(the voice stage's pieces, the mentions' and the coreference's sentence numbers, the
continuation's sentence ends) made each doc's sentences some eight times.

Inside :func:`sentence_index` spaCy's own hooks answer from the doc's sentences, listed on
entry: ``user_token_hooks["sent"]`` and ``user_span_hooks["sent"]`` by bisection over their
starts (the sentence holding the token, or the span's first token: the same ``Span``, equal by
doc, start and end, as spaCy's walk), ``user_hooks["sents"]`` with the list itself. The
boundaries cannot change while a stage runs (the analysis never sets a sentence start after
the parse, nor retokenizes). A doc made from a span of this one (``Span.as_doc``) shares the
doc and span hooks' dicts: for it they walk the sentence starts as spaCy does. The hooks are
taken off when the block ends, so the doc goes on (stored, pickled, copied) as it came.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span, Token

_HOOK = "sent"
_SENTS = "sents"


@contextmanager
def sentence_index(doc: Doc) -> Iterator[None]:
    """Within the block ``Token.sent`` and ``Span.sent`` on ``doc`` and ``doc.sents`` are read
    from its sentences, listed on entry; nothing is changed for a doc without sentence starts
    (spaCy's walk then reads the parse, or fails as it would) or one that has a ``sent`` token
    hook already (an enclosing block's, or the caller's own); a caller's own span or doc hook
    is kept."""
    hooks = doc.user_token_hooks
    if _HOOK in hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        yield
        return
    sents = list(doc.sents)
    starts = [s.start for s in sents]

    def sent(tok: Token) -> Span:
        return sents[bisect_right(starts, tok.i) - 1]

    def span_sent(span: Span) -> Span:
        if span.doc is not doc:
            return _walked_sent(span)
        return sents[bisect_right(starts, span.start) - 1]

    def doc_sents(d: Doc) -> Iterator[Span]:
        return iter(sents) if d is doc else _walked_sents(d)

    own = [
        (table, key, hook)
        for table, key, hook in (
            (hooks, _HOOK, sent),
            (doc.user_span_hooks, _HOOK, span_sent),
            (doc.user_hooks, _SENTS, doc_sents),
        )
        if key not in table
    ]
    for table, key, hook in own:
        table[key] = hook
    try:
        yield
    finally:
        for table, key, hook in own:
            if table.get(key) is hook:
                del table[key]


def _walked_sents(doc: Doc) -> Iterator[Span]:
    """``doc.sents`` as spaCy walks it: a sentence from each sentence start to the next."""
    start = 0
    for i in range(1, len(doc)):
        if doc[i].is_sent_start:
            yield doc[start:i]
            start = i
    if start != len(doc):
        yield doc[start : len(doc)]


def _walked_sent(span: Span) -> Span:
    """``span.sent`` as spaCy walks it: the sentence holding the span's first token."""
    doc = span.doc
    start = min(span.start, len(doc) - 1)
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = span.start + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]
