"""Relays and passage alignment: who relays whom, and which passages were copied.

:func:`relayed_outlets` reads a record's attributions: every outlet in an attribution's chain
("officials told the NYT", "according to Reuters") or as its recipient ("told the NYT") is a
relayed outlet; the article's own outlet is not, nor an unnamed one ("a newspaper"). :func:`align_passages` finds the passages two
texts share, verbatim or lightly edited, with character offsets in both.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsprov.corpus.directory import is_named_body
from newsprov.corpus.text import TOKEN, fold, outlet_key
from newsprov.record import Record

SEED = 4  # words in a verbatim seed
MAX_GAP = 4  # words of edit tolerated between two copied runs
MIN_WORDS = 8  # words a reported passage needs


@dataclass
class RelayEdge:
    """This article relays ``to_outlet``; ``to_article`` is that outlet's article on the same
    story when the corpus has it. ``aligned`` pairs ``(from span, to span)`` of copied passages;
    None when not computed (no text loader for the other article)."""

    from_article: str
    from_outlet: str | None
    to_outlet: str
    attributions: int
    to_article: str | None = None
    aligned: list[tuple[tuple[int, int], tuple[int, int]]] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "from_article": self.from_article,
            "from_outlet": self.from_outlet,
            "to_outlet": self.to_outlet,
            "to_article": self.to_article,
            "attributions": self.attributions,
            "aligned": None
            if self.aligned is None
            else [{"from": list(a), "to": list(b)} for a, b in self.aligned],
        }


def relayed_outlets(record: Record) -> dict[str, tuple[str, int]]:
    """``outlet key -> (display name, attributions through it)`` for a record."""
    own = outlet_key(record.document.outlet) if record.document.outlet else None
    kinds = {s.id: s for s in record.sources}
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for a in record.attributions:
        seen: set[str] = set()
        ids = list(a.chain) + ([a.recipient] if a.recipient else [])
        if a.source and a.source not in ids:
            ids.append(a.source)
        for sid in ids:
            src = kinds.get(sid)
            if src is None or src.kind != "outlet" or not is_named_body(src.name):
                continue
            key = outlet_key(src.name)
            if key == own or key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            names.setdefault(key, src.name)
    return {k: (names[k], n) for k, n in counts.items()}


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in TOKEN.finditer(text)]


def align_passages(
    text_a: str, text_b: str, min_words: int = MIN_WORDS
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Passages of ``text_a`` copied from ``text_b`` (or the reverse), in ``text_a`` order.

    Verbatim runs of at least :data:`SEED` words are found through a hash of ``text_b``'s word
    4-grams and extended; runs separated by at most :data:`MAX_GAP` words in both texts (an
    inserted, dropped or changed word or two) merge into one passage. Passages shorter than
    ``min_words`` matched words are dropped. Offsets are character spans in each text.
    """
    wa, wb = _words(text_a), _words(text_b)
    if len(wa) < SEED or len(wb) < SEED:
        return []
    ta, tb = [w for w, _, _ in wa], [w for w, _, _ in wb]
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(tb) - SEED + 1):
        index.setdefault(tuple(tb[j : j + SEED]), []).append(j)
    runs: list[tuple[int, int, int]] = []  # (i in a, j in b, length)
    i = 0
    while i <= len(ta) - SEED:
        best = (0, -1)
        for j in index.get(tuple(ta[i : i + SEED]), ())[:20]:
            n = SEED
            while i + n < len(ta) and j + n < len(tb) and ta[i + n] == tb[j + n]:
                n += 1
            if n > best[0]:
                best = (n, j)
        if best[0]:
            runs.append((i, best[1], best[0]))
            i += best[0]
        else:
            i += 1
    merged: list[list[int]] = []  # [a0, a1, b0, b1, matched]
    for i, j, n in runs:
        if merged:
            a0, a1, b0, b1, m = merged[-1]
            if 0 <= i - a1 <= MAX_GAP and 0 <= j - b1 <= MAX_GAP:
                merged[-1] = [a0, i + n, b0, j + n, m + n]
                continue
        merged.append([i, i + n, j, j + n, n])
    return [
        ((wa[a0][1], wa[a1 - 1][2]), (wb[b0][1], wb[b1 - 1][2]))
        for a0, a1, b0, b1, m in merged
        if m >= min_words
    ]
