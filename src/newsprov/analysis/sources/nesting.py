"""Nesting of attributions: ``parent`` (the innermost other attribution whose content holds this
one's cue and source mention), recipients the extraction left out ("told the NYT", "in an
interview with CNN") and ``chain`` (source ids outward, an outlet recipient right after the
source)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprov.record import Span

TELL_LEMMAS = {
    "tell", "inform", "assure", "brief", "notify", "remind", "warn", "caution", "advise",
    "promise", "reassure", "write", "say", "explain", "confirm",
}  # fmt: skip
_OBJECT_DEPS = {"dobj", "dative", "iobj"}


def _inside(span: Span, spans: Sequence[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _size(spans: Sequence[Span]) -> int:
    return sum(b - a for a, b in spans)


def parents(
    cues: Sequence[Sequence[Span]],
    contents: Sequence[Sequence[Span]],
    sources: Sequence[Span | None],
) -> list[int | None]:
    """For each attribution, the index of its parent or None.

    A parent's content holds every cue span of the child and its source mention (when it has
    one) and is larger than the child's content (ties go to the earlier one), so the links
    never form a cycle. Among several, the innermost (smallest content) wins.
    """
    sizes = [_size(c) for c in contents]
    bounds = [(min(a for a, _ in c), max(b for _, b in c)) if c else (0, -1) for c in contents]
    out: list[int | None] = []
    for i, cue in enumerate(cues):
        best: int | None = None
        if not cue:
            out.append(None)
            continue
        lo, hi = min(a for a, _ in cue), max(b for _, b in cue)
        for j, content in enumerate(contents):
            if j == i or not (bounds[j][0] <= lo and hi <= bounds[j][1]):
                continue
            if not (sizes[j] > sizes[i] or (sizes[j] == sizes[i] and j < i)):
                continue
            if not all(_inside(c, content) for c in cue):
                continue
            src = sources[i]
            if src is not None and not _inside(src, content):
                continue
            if best is None or sizes[j] < sizes[best]:
                best = j
        out.append(best)
    return out


def chains(
    parent: Sequence[int | None],
    source: Sequence[str | None],
    outlet_recipient: Sequence[str | None],
) -> list[list[str]]:
    """Source ids from each relation's source outward: own source, an outlet it told, then the
    parent's chain; repeats next to each other collapse ("the NYT reported" inside the NYT)."""
    memo: dict[int, list[str]] = {}

    def chain(i: int) -> list[str]:
        if i in memo:
            return memo[i]
        own = [s for s in (source[i], outlet_recipient[i]) if s]
        p = parent[i]
        full = own + (chain(p) if p is not None else [])
        out: list[str] = []
        for s in full:
            if not out or out[-1] != s:
                out.append(s)
        memo[i] = out
        return out

    return [chain(i) for i in range(len(parent))]


def recipient_span(doc: Doc, cue: Sequence[Span]) -> Span | None:
    """The one told, read off the cue verb when the extraction gave none: its object ("told
    the NYT", "warned Congress") or "in an interview with X"."""
    for a, b in cue:
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is None:
            continue
        for verb in sp:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in TELL_LEMMAS:
                continue
            for c in verb.children:
                if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    if verb.lemma_ in ("write", "say", "explain", "confirm"):
                        continue  # "wrote a letter", "said something": not the one told
                    return _np(c)
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "to"
                    and verb.lemma_ in ("say", "write", "explain", "confirm")
                ):
                    obj = _pobj(c)
                    if obj is not None:
                        return _np(obj)
                if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                    noun = _pobj(c)
                    if noun is not None and noun.lemma_ in ("interview", "conversation", "call"):
                        for p in noun.children:
                            if p.dep_ == "prep" and p.lower_ == "with":
                                obj = _pobj(p)
                                if obj is not None:
                                    return _np(obj)
    return None


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _np(tok: Token) -> Span:
    """The noun phrase of ``tok`` without relative clauses or appositions."""
    left = tok.left_edge
    right = tok
    for c in tok.rights:
        if c.dep_ in ("prep", "compound", "amod", "nummod") and c.i == right.i + 1:
            right = c.right_edge
        else:
            break
    return (left.idx, right.idx + len(right.text))
