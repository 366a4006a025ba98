"""One document's scan and the helpers every cue family shares: the token arrays and quote
index read once (:class:`Scan`), the dateline's tokens, a candidate's content spans, form and
extent, cutting characters out of a content, and ``extra["nested"]``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, IS_PUNCT, LEMMA, POS
from spacy.tokens import Doc, Token

from newsprov.analysis.attribution import lexicon
from newsprov.analysis.attribution.blocks import block_quotes
from newsprov.analysis.attribution.candidate import Candidate
from newsprov.analysis.attribution.quotes import scan_quotes
from newsprov.analysis.attribution.spans import (
    QuoteIndex,
    char_spans,
    token_at,
    union_spans,
)
from newsprov.analysis.doctext import doc_text
from newsprov.record import Span


@dataclass
class Scan:
    """One document's scan: what every cue family reads, and the candidates they add.

    ``text``: the document's text (``Doc.text`` joins every token on each access, so it is
    read once); ``arr``: part of speech, lemma hash and character offset per token; ``taken``: the quotes
    an accepted cue has claimed (a later family does not claim them again)."""

    doc: Doc
    text: str
    lex: lexicon.VerbLexicon
    mine: bool
    arr: numpy.ndarray
    idx: list[int]
    qx: QuoteIndex
    dateline: range
    taken: set[int] = field(default_factory=set)
    out: list[Candidate] = field(default_factory=list)
    #: Per verb, the context of its frame (:func:`~.acceptance.context_of`).
    context: dict[int, dict[str, object]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, lex: lexicon.VerbLexicon, mine: bool) -> Scan:
        arr = doc.to_array([POS, LEMMA, IDX])
        idx: list[int] = arr[:, 2].tolist()
        text = doc_text(doc)
        qx = QuoteIndex(doc, block_quotes(doc, text, idx, scan_quotes(text)), idx)
        return cls(doc, text, lex, mine, arr, idx, qx, dateline_tokens(doc))

    def tokens(self, pos: int, lemma_hashes: AbstractSet[int] | None = None) -> list[int]:
        """Indices of the tokens with part of speech ``pos`` (and, unless mining, one of
        ``lemma_hashes``: the lexicon's words). The lemmas of the ``pos`` tokens alone are
        looked up in the set (a tenth of the words for verbs; ``numpy.isin`` over the whole
        doc, with the lexicon's 1,406 verb hashes made an array on each call, cost seven times
        as much on PolNeAR dev)."""
        found = numpy.flatnonzero(self.arr[:, 0] == pos)
        if lemma_hashes is None or self.mine:
            return found.tolist()  # type: ignore[no-any-return]
        lemmas = self.arr[found, 1].tolist()
        return [i for i, h in zip(found.tolist(), lemmas, strict=True) if h in lemma_hashes]

    def cued_chars(self) -> set[int]:
        """The character offsets of the cues found so far: a later family leaves a word that
        an earlier cue holds to that cue ("stressed in his remarks that", "reportedly
        said")."""
        return {i for c in self.out for a, b in c.cue for i in range(a, b)}

    def quotes_of(self, content_ids: set[int], home: int = -1) -> list[int]:
        """The quotes other than ``home`` that content tokens lie in."""
        return sorted({self.qx.of_token[i] for i in content_ids} - {-1, home})


def dateline_tokens(doc: Doc) -> range:
    """The tokens of the dateline ("BEIRUT (AP) –"), which are never content nor source (a
    headline before it can be both)."""
    dl = doc._.np_dateline if Doc.has_extension("np_dateline") else None
    span = getattr(dl, "span", None) if dl is not None else None
    if not span:
        return range(0)
    start, end = span
    first = next((t.i for t in doc if t.idx + len(t) > start), len(doc))
    last = next((t.i for t in doc if t.idx >= end), len(doc))
    return range(first, last)


def one_span(doc: Doc, ids: set[int]) -> Span | None:
    spans = char_spans(doc, ids)
    if not spans:
        return None
    return (spans[0][0], spans[-1][1])


def content_spans(doc: Doc, ids: set[int], quotes: list[int], qx: QuoteIndex) -> list[Span]:
    """The content's character spans: its tokens and whole quotes; a punctuation token with no
    content token beside it is left out (the opening mark before a cut-out "I" in '"I want him
    to do well"' is no part of what was wanted)."""
    lone = {i for i in _punct(doc) & ids if i - 1 not in ids and i + 1 not in ids}
    spans = char_spans(doc, ids - lone if lone else ids)
    for q in quotes:
        spans.extend(qx.quotes[q].spans)
    return union_spans(spans)


def _punct(doc: Doc) -> frozenset[int]:
    """The doc's punctuation tokens, read once per doc from its arrays: a content inside one
    long quotation is asked for by every verb in it, and a Token per content word per verb was
    most of the attribution stage's time on a 40,000-character quote."""
    found = doc.user_data.get("scan.punct")
    if found is None:
        found = frozenset(numpy.flatnonzero(doc.to_array(IS_PUNCT)).tolist())
        doc.user_data["scan.punct"] = found
    return found  # type: ignore[no-any-return]


def form_of(doc: Doc, ids: set[int], quotes: list[int], qx: QuoteIndex) -> str:
    if not quotes:
        return "indirect"
    outside = [i for i in ids if qx.of_token[i] == -1 and not blank_or_punct(doc[i])]
    return "mixed" if outside else "direct"


def blank_or_punct(t: Token) -> bool:
    return t.is_punct or t.is_space


def _carve(spans: list[Span], cut: Span) -> list[Span]:
    out: list[Span] = []
    for a, b in spans:
        if cut[1] <= a or cut[0] >= b:
            out.append((a, b))
            continue
        if a < cut[0]:
            out.append((a, cut[0]))
        if cut[1] < b:
            out.append((cut[1], b))
    return out


def trimmed(text: str, spans: list[Span]) -> list[Span]:
    """The spans without surrounding space, and without those holding no letter or digit."""
    out = []
    for a, b in spans:
        piece = text[a:b]
        if any(ch.isalnum() for ch in piece):
            out.append(
                (a + len(piece) - len(piece.lstrip()), b - (len(piece) - len(piece.rstrip())))
            )
    return out


def cut_content(scan: Scan, c: Candidate, cut: Span) -> bool:
    """Take the characters ``cut`` out of ``c``'s content (and the form with them: the cut may
    hold its quote); False, changing nothing, when no content would be left."""
    kept = trimmed(scan.text, _carve(c.content, cut))
    if not kept:
        return False
    c.content = kept
    ids = {i for a, b in kept for i in range(token_at(scan.idx, a), token_at(scan.idx, b - 1) + 1)}
    c.form = form_of(scan.doc, ids, scan.quotes_of(ids), scan.qx)
    return True


def extent(c: Candidate) -> tuple[int, int]:
    spans = c.cue + c.content + [m for m in (c.source_mention, c.recipient_mention) if m]
    return (min(a for a, _ in spans), max(b for _, b in spans))


def holds(o: Candidate, j: int, c: Candidate, k: int) -> bool:
    """Does ``o`` (the ``j``-th candidate) hold ``c`` (the ``k``-th) by :func:`mark_nested`'s
    rule: ``o`` accepted, its content holding ``c``'s cue spans and source mention, and larger
    (or as large and earlier)?"""
    if j == k or not o.content or not o.extra.get("accepted", True):
        return False
    osize, size = sum(b - a for a, b in o.content), sum(b - a for a, b in c.content)
    if not (osize > size or (osize == size and j < k)):
        return False
    need = c.cue + ([c.source_mention] if c.source_mention else [])
    return all(any(a <= x and y <= b for a, b in o.content) for x, y in need)


def mark_nested(cands: list[Candidate]) -> None:
    """``extra["nested"]``: another accepted candidate's content holds this one's cue spans and
    source mention and is larger (the size rule :mod:`newsprov.analysis.sources` starts from
    for ``parent``, so that mining sees what the evaluation sees; ``parent`` departs from it
    in three rare shapes, ``docs/attribution.md``)."""
    outer = [
        (
            min(a for a, _ in c.content),
            max(b for _, b in c.content),
            sum(b - a for a, b in c.content),
            k,
        )
        for k, c in enumerate(cands)
        if c.extra.get("accepted", True) and c.content
    ]
    outer.sort()
    starts = [o[0] for o in outer]
    for k, c in enumerate(cands):
        lo, hi = c.cue[0][0], c.cue[-1][1]
        size = sum(b - a for a, b in c.content)
        # the contents starting before the cue and ending after it, of a size to hold it: a
        # cheap sieve before the rule itself (:func:`holds`)
        c.extra["nested"] = any(
            holds(cands[j], j, c, k)
            for _lo, ohi, osize, j in outer[: bisect_right(starts, lo)]
            if ohi >= hi and osize >= size
        )
