"""The bridge between the store and the corpus algorithms (:mod:`newsprov.corpus`).

The store asks a *linker* what each new record joins: its story, the quote cluster of each
direct quote, its relay edges and the directory key of each source. When
``newsprov.corpus.CorpusIndex`` is available it does the work; until then (or when it cannot
be imported) :class:`SimpleLinker` gives exact-match fallbacks: a normalised name key per
source, one cluster per normalised quote text, relay edges from attributions to outlets, and
no stories.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsprov.record import Record

QUOTE_FORMS = ("direct", "mixed")


@dataclass
class Relay:
    from_article: str
    to_outlet: str
    attributions: int = 0
    to_article: str | None = None
    aligned: list[dict[str, list[int]]] = field(default_factory=list)


@dataclass
class Link:
    """What one record joined, in the store's terms."""

    story: str | None = None
    story_title: str | None = None
    #: every (attribution id, quote cluster id): one per quoted passage, without repeats
    quote_links: list[tuple[str, str]] = field(default_factory=list)
    #: quote cluster id -> (representative text, speaker name or None)
    quote_info: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    relays: list[Relay] = field(default_factory=list)
    #: source id -> directory key
    keys: dict[str, str] = field(default_factory=dict)
    #: other articles whose story changed (stories merged or split): article id -> story id
    moved: dict[str, str] = field(default_factory=dict)
    #: people cited by other articles whose directory key changed (a bare surname settled
    #: again): ``(article id, name as cited, key)``
    rekeyed: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def quotes(self) -> dict[str, str]:
        """Attribution id -> quote cluster id of its first quoted passage."""
        first: dict[str, str] = {}
        for aid, qid in self.quote_links:
            first.setdefault(aid, qid)
        return first


class Linker(Protocol):
    name: str

    def add(self, record: Record, replace: bool = False) -> Link:
        """What ``record`` joins; with ``replace`` it is a new version of an article the
        linker holds, whose old quote appearances and relay edges are to be forgotten."""
        ...

    def align(self, from_text: str, to_text: str) -> list[dict[str, list[int]]]:
        """The passages a relaying text shares with the article it relays, as stored in a
        relay's ``aligned`` (``[{"from": [a, b], "to": [c, d]}]``)."""
        ...

    def to_state(self) -> dict[str, Any]: ...


_TITLES = re.compile(
    r"^(?:(?:u\.?s\.?|former|then|acting|deputy|secretary of state|secretary|president|"
    r"vice president|sen\.?|senator|rep\.?|gov\.?|governor|gen\.?|lt\.?|col\.?|dr\.?|mr\.?|"
    r"mrs\.?|ms\.?|prime minister|minister|the)\s+)+",
    re.I,
)


def name_key(name: str, kind: str) -> str:
    """A directory key for a source name: lower case, no accents, punctuation or titles."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’']s\b", "", s)
    if kind == "person":
        s = _TITLES.sub("", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(s.split())
    return f"{kind}:{s or name.lower()}"[:300]


def quote_key(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def short_id(prefix: str, key: str) -> str:
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def record_relays(record: Record) -> list[Relay]:
    """Relay edges of a record: attributions whose chain passes through an outlet source."""
    counts: dict[str, int] = {}
    by_id = {s.id: s for s in record.sources}
    for a in record.attributions:
        outlets = {
            by_id[sid].name
            for sid in [a.source, *a.chain]
            if sid in by_id and by_id[sid].kind == "outlet"
        }
        recipient = by_id.get(a.recipient) if a.recipient is not None else None
        if recipient is not None and recipient.kind == "outlet":
            outlets.add(recipient.name)
        for name in outlets:
            counts[name] = counts.get(name, 0) + 1
    for sh in record.profile.second_hand:
        counts.setdefault(sh.outlet, sh.attributions)
    own = (record.document.outlet or "").lower()
    return [
        Relay(from_article=record.id, to_outlet=name, attributions=n)
        for name, n in sorted(counts.items())
        if name.lower() != own
    ]


class SimpleLinker:
    """Exact-match fallback: keys, quote clusters and relay edges; no stories."""

    name = "simple"

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        self.count = int((state or {}).get("count", 0))

    def add(self, record: Record, replace: bool = False) -> Link:
        self.count += 1  # keeps no article's filing: a new version is filed like any other
        link = Link()
        by_id = {s.id: s for s in record.sources}
        for s in record.sources:
            link.keys[s.id] = name_key(s.name, s.kind)
        for a in record.attributions:
            if a.form not in QUOTE_FORMS or not a.content_spans:
                continue
            text = record.span_text(a.content_spans)
            key = quote_key(text)
            if len(key) < 12:
                continue
            qid = short_id("q", key)
            link.quote_links.append((a.id, qid))
            src = by_id.get(a.source or "")
            link.quote_info.setdefault(qid, (text, src.name if src else None))
        link.relays = record_relays(record)
        return link

    def align(self, from_text: str, to_text: str) -> list[dict[str, list[int]]]:
        return []  # exact matching aligns no passages

    def to_state(self) -> dict[str, Any]:
        return {"linker": self.name, "count": self.count}


def make_linker(
    state: dict[str, Any] | None, text_loader: Callable[[str], str | None] | None = None
) -> Linker:
    """The corpus index when importable (from its saved state), else :class:`SimpleLinker`.

    ``text_loader(article_id)`` gives an earlier article's text, for passage alignment."""
    from newsprov.store import corpus_adapter

    linker = corpus_adapter.corpus_linker(state, text_loader)
    if linker is not None:
        return linker
    if state and state.get("linker") not in (None, SimpleLinker.name):
        state = None
    return SimpleLinker(state)
