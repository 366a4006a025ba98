"""Token-set helpers shared by the cue rules: subtrees, character spans, quote lookup."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.quotes import Quote
from newsprov.record import Span


def subtree_ids(tok: Token, skip: set[int] | None = None) -> set[int]:
    """Indices of ``tok``'s subtree, leaving out the subtrees rooted at ``skip`` indices."""
    out: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        if skip and t.i in skip and t is not tok:
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out


def char_spans(doc: Doc, ids: Iterable[int]) -> list[Span]:
    """Contiguous runs of the token indices as character spans; runs separated only by
    punctuation or whitespace are merged; leading and trailing punctuation is kept."""
    order = sorted(ids)
    while order and _edge_punct(doc[order[0]]):
        order.pop(0)
    while order and _edge_punct(doc[order[-1]]):
        order.pop()
    spans: list[Span] = []
    prev = -2
    for i in order:
        t = doc[i]
        if t.is_space:
            continue
        start, end = t.idx, t.idx + len(t.text)
        if spans and (i == prev + 1 or _only_punct(doc, prev + 1, i)):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        prev = i
    return spans


_QUOTE_CHARS = frozenset("\"“”„«»‘’'")


def _edge_punct(t: Token) -> bool:
    return t.is_space or (t.is_punct and t.text not in _QUOTE_CHARS and t.text not in "?!)")


def _only_punct(doc: Doc, a: int, b: int) -> bool:
    return all(doc[k].is_punct or doc[k].is_space for k in range(a, b)) and b - a <= 3


def union_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, overlap-merged spans."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def token_at(idx: Sequence[int], char: int) -> int:
    """Index of the token starting at or before character ``char`` (``idx``: token offsets)."""
    return max(0, bisect_right(idx, char) - 1)


class QuoteIndex:
    """Which quote (if any) each token lies in."""

    def __init__(self, doc: Doc, quotes: list[Quote], idx: Sequence[int]) -> None:
        self.quotes = quotes
        starts: list[int] = []
        ends: list[int] = []
        owner: list[int] = []
        for qi, q in enumerate(quotes):
            for s, e in q.spans:
                starts.append(s)
                ends.append(e)
                owner.append(qi)
        self._starts, self._ends, self._owner = starts, ends, owner
        self.of_token: list[int] = [-1] * len(doc)
        if quotes:
            self.of_token = [self.at(i) for i in idx]

    def at(self, char: int) -> int:
        """Index of the quote covering character ``char``, or -1."""
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and char < self._ends[k]:
            return self._owner[k]
        return -1
