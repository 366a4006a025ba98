"""The attribution scorer: span canonicalisation, per-role token and exact-span counts, and
relation matching under the lenient and strict rules of issue 3.

Definitions (so numbers compare with the published anchors):

* tokens are ``\\w+`` runs of the text; a span covers a token when they share a character;
* a role's spans are canonicalised: sorted, merged where only whitespace or punctuation
  separates them (or they overlap), then stripped of surrounding whitespace, punctuation and
  quote marks; spans left empty are dropped;
* **lenient**: a predicted and a gold relation match when their cue spans share a character,
  their content token-F1 is >= 0.5, and their sources share a character or are both empty;
  pairs are matched one to one, greedily, best content F1 first;
* **strict**: the three canonical spans are equal.

Everything here is pure (text and offsets in, counts out) so it is unit-tested on tiny cases.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

Span = tuple[int, int]
Spans = tuple[Span, ...]
ROLES = ("source", "cue", "content")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Relation:
    """One attribution relation as character spans (any of them may be empty)."""

    source: Spans = ()
    cue: Spans = ()
    content: Spans = ()
    ident: str = ""  # the gold E id or the predicted attribution id, for error reports

    def role(self, name: str) -> Spans:
        spans: Spans = getattr(self, name)
        return spans


def _strippable(ch: str) -> bool:
    """Whitespace, punctuation (quote marks are punctuation in Unicode) and stray symbols
    that act as quote marks in news text (the backtick and the acute accent)."""
    return ch.isspace() or unicodedata.category(ch).startswith("P") or ch in "`´"


def canonical(text: str, spans: list[Span] | Spans) -> Spans:
    """Canonical form of one role's spans (see the module docstring)."""
    n = len(text)
    parts = sorted((max(0, a), min(n, b)) for a, b in spans if b > a)
    merged: list[list[int]] = []
    for a, b in parts:
        if merged:
            last = merged[-1]
            if a <= last[1] or all(_strippable(c) for c in text[last[1] : a]):
                last[1] = max(last[1], b)
                continue
        merged.append([a, b])
    out: list[Span] = []
    for a, b in merged:
        while a < b and _strippable(text[a]):
            a += 1
        while b > a and _strippable(text[b - 1]):
            b -= 1
        if b > a:
            out.append((a, b))
    return tuple(out)


def canonical_relation(text: str, rel: Relation) -> Relation:
    return Relation(
        source=canonical(text, rel.source),
        cue=canonical(text, rel.cue),
        content=canonical(text, rel.content),
        ident=rel.ident,
    )


class Tokens:
    """The ``\\w+`` tokens of one text, for mapping spans to token indices."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def covered(self, spans: Spans) -> frozenset[int]:
        """Indices of the tokens that share a character with any of ``spans``."""
        out: set[int] = set()
        for a, b in spans:
            lo = bisect_right(self.ends, a)  # first token ending after a
            hi = bisect_left(self.starts, b)  # tokens starting before b
            out.update(range(lo, hi))
        return frozenset(out)


def share_char(x: Spans, y: Spans) -> bool:
    """Do span lists ``x`` and ``y`` share a character (the lenient rule's test for cues and
    sources)?"""
    return any(a < d and c < b for a, b in x for c, d in y)


def _f1(gold: frozenset[int], pred: frozenset[int]) -> float:
    if not gold and not pred:
        return 1.0
    tp = len(gold & pred)
    if tp == 0:
        return 0.0
    return 2 * tp / (len(gold) + len(pred))


@dataclass
class Counts:
    """True positives, predicted and gold totals; adds up over articles."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def prf(self) -> dict[str, float | int]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f, "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass
class ArticleScore:
    """Counts for one article plus the relations behind them, for error analysis."""

    token: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    exact: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    lenient: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    #: (gold, predicted) pairs matched under the lenient rule, canonical spans.
    matched: list[tuple[Relation, Relation]] = field(default_factory=list)
    missed: list[Relation] = field(default_factory=list)
    spurious: list[Relation] = field(default_factory=list)

    def add(self, other: ArticleScore) -> None:
        for r in ROLES:
            self.token[r].add(other.token[r])
            self.exact[r].add(other.exact[r])
        self.lenient.add(other.lenient)
        self.strict.add(other.strict)


def lenient_match(tokens: Tokens, gold: Relation, pred: Relation) -> float | None:
    """The content token-F1 when ``pred`` matches ``gold`` leniently (canonical spans), else None."""
    if gold.cue or pred.cue:
        if not share_char(gold.cue, pred.cue):
            return None
    if gold.source or pred.source:
        if not share_char(gold.source, pred.source):
            return None
    f = _f1(tokens.covered(gold.content), tokens.covered(pred.content))
    return f if f >= 0.5 else None


def score_article(text: str, gold: list[Relation], pred: list[Relation]) -> ArticleScore:
    """Score one article's predicted relations against its gold relations."""
    tokens = Tokens(text)
    g = [canonical_relation(text, r) for r in gold]
    p = [canonical_relation(text, r) for r in pred]
    out = ArticleScore()
    for role in ROLES:
        gt = frozenset().union(*(tokens.covered(r.role(role)) for r in g))
        pt = frozenset().union(*(tokens.covered(r.role(role)) for r in p))
        out.token[role] = Counts(len(gt & pt), len(pt), len(gt))
        gs = {r.role(role) for r in g if r.role(role)}
        ps = {r.role(role) for r in p if r.role(role)}
        out.exact[role] = Counts(len(gs & ps), len(ps), len(gs))
    # Lenient: every admissible pair, best content F1 first, one to one.
    pairs = []
    for i, gr in enumerate(g):
        for j, pr in enumerate(p):
            f = lenient_match(tokens, gr, pr)
            if f is not None:
                pairs.append((-f, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _f, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.matched.append((g[i], p[j]))
    out.missed = [r for i, r in enumerate(g) if i not in used_g]
    out.spurious = [r for j, r in enumerate(p) if j not in used_p]
    out.lenient = Counts(len(used_g), len(p), len(g))
    # Strict: equal canonical spans, one to one.
    remaining = [(r.source, r.cue, r.content) for r in g]
    tp = 0
    for r in p:
        key = (r.source, r.cue, r.content)
        if key in remaining:
            remaining.remove(key)
            tp += 1
    out.strict = Counts(tp, len(p), len(g))
    return out


def summary(total: ArticleScore) -> dict[str, object]:
    """Per-role token and exact P/R/F1 and relation P/R/F1 as plain data."""
    return {
        "roles": {r: {"token": total.token[r].prf(), "exact": total.exact[r].prf()} for r in ROLES},
        "relations": {"lenient": total.lenient.prf(), "strict": total.strict.prf()},
    }


def flat_metrics(total: ArticleScore) -> dict[str, float]:
    """The gated figures under stable names (``lenient_f1``, ``cue_token_f1``, ...)."""
    out: dict[str, float] = {
        "lenient_f1": float(total.lenient.prf()["f1"]),
        "strict_f1": float(total.strict.prf()["f1"]),
    }
    for r in ROLES:
        out[f"{r}_token_f1"] = float(total.token[r].prf()["f1"])
        out[f"{r}_exact_f1"] = float(total.exact[r].prf()["f1"])
    return out
