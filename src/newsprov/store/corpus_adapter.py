"""Adapts :class:`newsprov.corpus.CorpusIndex` (stories, quote clusters, relays with aligned
passages, directory keys) to the store's :class:`~newsprov.store.linking.Link`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from newsprov.record import Record
from newsprov.store.linking import Link, Linker, Relay

NAME = "corpus-v1"
KEY_MAX = 300


def fit_key(key: str) -> str:
    """A directory key short enough for its column (long ones end in a hash)."""
    if len(key) <= KEY_MAX:
        return key
    return key[: KEY_MAX - 17] + "#" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class CorpusLinker:
    """The store's linker backed by the corpus index."""

    name = NAME

    def __init__(
        self, state: dict[str, Any] | None, text_loader: Callable[[str], str | None] | None
    ) -> None:
        from newsprov.corpus import CorpusIndex

        self.index = CorpusIndex.from_state(state.get("index") if state else None, text_loader)

    def add(self, record: Record, replace: bool = False) -> Link:
        upd = self.index.add(record, replace=replace)
        link = Link(story=upd.story_id, story_title=record.document.title, moved=dict(upd.moved))
        link.keys = {sid: fit_key(key) for sid, key in upd.directory}
        link.rekeyed = [(aid, name, fit_key(key)) for aid, name, key in upd.rekeyed]
        names = {s.id: s.name for s in record.sources}
        speaker = {a.id: names.get(a.source or "") for a in record.attributions}
        for cid, att_id, text in upd.quotes:
            if (att_id, cid) not in link.quote_links:
                link.quote_links.append((att_id, cid))
            link.quote_info.setdefault(cid, (text, speaker.get(att_id)))
        for e in upd.relays:
            link.relays.append(
                Relay(
                    from_article=e.from_article,
                    to_outlet=e.to_outlet,
                    attributions=e.attributions,
                    to_article=e.to_article,
                    aligned=[{"from": list(a), "to": list(b)} for a, b in e.aligned or []],
                )
            )
        return link

    def align(self, from_text: str, to_text: str) -> list[dict[str, list[int]]]:
        from newsprov.corpus import align_passages

        return [{"from": list(a), "to": list(b)} for a, b in align_passages(from_text, to_text)]

    def to_state(self) -> dict[str, Any]:
        return {"linker": NAME, "index": self.index.to_state()}


def corpus_linker(
    state: dict[str, Any] | None, text_loader: Callable[[str], str | None] | None = None
) -> Linker | None:
    """A linker backed by the corpus index, or None when ``newsprov.corpus`` has none."""
    try:
        from newsprov.corpus import CorpusIndex  # noqa: F401
    except ImportError:
        return None
    if state and state.get("linker") != NAME:
        state = None  # written by another linker: the store replays every article
    return CorpusLinker(state, text_loader)
