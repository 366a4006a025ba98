"""CorpusIndex: stories, quote clusters, relays and the source directory, updated per record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsprov.corpus.directory import Directory
from newsprov.corpus.quotes import QuoteIndex, quote_key, quoted_texts
from newsprov.corpus.relays import RelayEdge, align_passages, relayed_outlets
from newsprov.corpus.stories import StoryIndex, signature_from_text
from newsprov.corpus.text import outlet_key
from newsprov.errors import StoreError
from newsprov.record import Record

STATE_VERSION = 1


def story_signature(record: Record) -> dict[str, float]:
    """A record's story signature: its text (scraper residue blanked), title and URL."""
    text = record.text
    for r in record.removed:
        a, b = r.span
        text = text[:a] + " " * (b - a) + text[b:]
    return signature_from_text(text, record.document.title, record.document.url)


def event_date(record: Record) -> str | None:
    """The record's published date (ISO day), or None: the time window applies to dated
    articles only (see docs/corpus.md for why dates guessed from the text are not used)."""
    pub = record.document.published
    return pub[:10] if pub else None


@dataclass
class CorpusUpdate:
    """What adding one record changed (see :class:`CorpusIndex`)."""

    article_id: str
    story_id: str
    #: other articles whose story this one changed (stories merged or split): id -> story id
    moved: dict[str, str] = field(default_factory=dict)
    quotes: list[tuple[str, str, str]] = field(default_factory=list)
    relays: list[RelayEdge] = field(default_factory=list)
    directory: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "story_id": self.story_id,
            "moved": dict(self.moved),
            "quotes": [list(q) for q in self.quotes],
            "relays": [r.to_dict() for r in self.relays],
            "directory": [list(d) for d in self.directory],
        }


class CorpusIndex:
    """Incremental corpus state. ``add(record)`` files one analysed article and says what changed.

    ``text_loader(article_id) -> str | None`` gives the text of an article added earlier, so a
    relay can be aligned with its original; without it (or when it returns None) a linked
    edge's ``aligned`` is None and the caller may run :func:`align_passages` itself.
    """

    def __init__(self, text_loader: Callable[[str], str | None] | None = None) -> None:
        self.stories = StoryIndex()
        self.quotes = QuoteIndex()
        self.directory = Directory()
        self.text_loader = text_loader
        # (story, outlet key) -> the outlet's first article on that story
        self.outlet_articles: dict[tuple[str, str], str] = {}
        # (story, outlet key) -> relaying edges still waiting for the outlet's article
        self.pending: dict[tuple[str, str], list[list[Any]]] = {}
        self.outlets: dict[str, str | None] = {}  # article id -> its outlet key

    # -- state ----------------------------------------------------------------------------
    @classmethod
    def from_state(
        cls, state: dict[str, Any] | None, text_loader: Callable[[str], str | None] | None = None
    ) -> CorpusIndex:
        idx = cls(text_loader)
        if not state:
            return idx
        if not isinstance(state, dict):
            raise StoreError(f"corpus state is damaged (a {type(state).__name__}, not an object)")
        if state.get("version") != STATE_VERSION:
            raise StoreError(
                f"corpus state version {state.get('version')!r} is not {STATE_VERSION}; "
                "re-ingest to rebuild it"
            )
        try:
            for part in ("stories", "quotes", "directory"):
                if not isinstance(state[part], dict):  # None or a list would start afresh
                    raise TypeError(f"{part!r} is a {type(state[part]).__name__}, not an object")
            idx.stories = StoryIndex.from_state(state["stories"])
            idx.quotes = QuoteIndex.from_state(state["quotes"])
            idx.directory = Directory.from_state(state["directory"])
            idx.outlet_articles = {(s, o): a for s, o, a in state["outlet_articles"]}
            idx.pending = {}
            for s, o, edges in state["pending"]:
                idx.pending[(s, o)] = edges
            idx.outlets = dict(state["outlets"])
        except (AttributeError, KeyError, TypeError, ValueError) as e:
            raise StoreError(f"corpus state is damaged ({type(e).__name__}: {e})") from None
        return idx

    def to_state(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "stories": self.stories.to_state(),
            "quotes": self.quotes.to_state(),
            "directory": self.directory.to_state(),
            "outlet_articles": [[s, o, a] for (s, o), a in self.outlet_articles.items()],
            "pending": [[s, o, e] for (s, o), e in self.pending.items()],
            "outlets": self.outlets,
        }

    # -- adding ---------------------------------------------------------------------------
    def add(self, record: Record, replace: bool = False) -> CorpusUpdate:
        """File one record: its story, quote clusters, relay edges and directory keys.

        Adding a record whose id is already indexed returns its story and directory keys
        again but files nothing twice. With ``replace`` the record is a new version of the
        indexed article: its old quote appearances and waiting relay edges are forgotten and
        the new version's are filed (it keeps its story and directory entries).
        """
        aid = record.id
        again = aid in self.stories.articles
        if again and replace:
            self._forget(aid)
        published = event_date(record)
        placed = self.stories.place(aid, story_signature(record), published)
        story = placed.story
        upd = CorpusUpdate(aid, story, dict(placed.moved))
        if placed.moved:
            self._restory(placed.moved, upd)
        own = outlet_key(record.document.outlet) if record.document.outlet else None

        keys: dict[str, str] = {}
        for s in record.sources:
            keys[s.id] = self.directory.resolve(s.name, s.kind, aid, count=not again)
            upd.directory.append((s.id, keys[s.id]))
        if again and not replace:
            return upd
        self.outlets[aid] = own

        speaker_of = {a.id: keys.get(a.source) if a.source else None for a in record.attributions}
        for att_id, text in quoted_texts(record):
            for cid in self.quotes.add(
                text, aid, att_id, speaker_of.get(att_id), published, record.document.outlet
            ):
                upd.quotes.append((cid, att_id, " ".join(text.split())))

        for key, (name, count) in sorted(relayed_outlets(record).items()):
            target = self.outlet_articles.get((story, key))
            if target is not None and self._later(target, aid):
                # the outlet's article on the story came out after this one: not the one it
                # relays, and the story has that outlet's article already, so none is awaited
                upd.relays.append(RelayEdge(aid, record.document.outlet, name, count))
                continue
            edge = RelayEdge(aid, record.document.outlet, name, count, target)
            if target is not None:
                edge.aligned = self._align(record.text, target)
            else:
                self.pending.setdefault((story, key), []).append(
                    [aid, record.document.outlet, name, count]
                )
            upd.relays.append(edge)

        if own is not None and (story, own) not in self.outlet_articles:
            self.outlet_articles[(story, own)] = aid
            for waiting in self.pending.pop((story, own), []):
                if not self._later(aid, waiting[0]):
                    upd.relays.append(self._linked(waiting, aid, record.text))
        return upd

    def _later(self, target: str, relaying: str) -> bool:
        """Was ``target`` published on a later day than ``relaying`` (both dated)? Then it is
        not the article relayed: an outlet's later article on the story is a follow-up."""
        t, r = self.stories.articles.get(target), self.stories.articles.get(relaying)
        return bool(t and r and t[1] is not None and r[1] is not None and t[1] > r[1])

    def _forget(self, aid: str) -> None:
        """Take an indexed article's quote appearances and waiting relay edges out, before its
        new version is filed (:meth:`add` with ``replace``). A cluster left with no appearance
        stays, empty, so the quote keeps its id when it comes back."""
        self.quotes.forget(aid, self.outlets)
        for key in list(self.pending):
            edges = [e for e in self.pending[key] if e[0] != aid]
            if edges:
                self.pending[key] = edges
            else:
                del self.pending[key]

    def _linked(self, waiting: list[Any], target: str, target_text: str | None) -> RelayEdge:
        """A waiting relay edge ``[from id, from outlet, outlet name, count]`` linked to the
        relayed outlet's article, aligned when both texts are at hand."""
        from_id, from_outlet, name, count = waiting
        edge = RelayEdge(from_id, from_outlet, name, count, target)
        other = self.text_loader(from_id) if self.text_loader else None
        if other is not None:
            edge.aligned = (
                align_passages(other, target_text)
                if target_text is not None
                else self._align(other, target)
            )
        return edge

    def _restory(self, moved: dict[str, str], upd: CorpusUpdate) -> None:
        """Keep the per-story relay bookkeeping true after articles changed story: each
        outlet's first article per story is found again in the stories touched, relay edges
        still waiting follow their article, and those whose outlet's article is now in their
        story are linked (reported in ``upd.relays``)."""
        touched = set(moved.values())
        touched.update(s for (s, _), a in self.outlet_articles.items() if a in moved)
        touched.update(
            s for (s, _), edges in self.pending.items() if any(e[0] in moved for e in edges)
        )
        for key in [k for k in self.outlet_articles if k[0] in touched]:
            del self.outlet_articles[key]
        for story in touched:
            for aid in self.stories.stories.get(story, []):  # in arrival order
                own = self.outlets.get(aid)
                if own is not None:
                    self.outlet_articles.setdefault((story, own), aid)
        waiting = [
            (outlet, edge)
            for key in [k for k in self.pending if k[0] in touched]
            for outlet, edge in ((key[1], e) for e in self.pending.pop(key))
        ]
        for outlet, edge in waiting:
            story = self.story_of(edge[0]) or ""
            target = self.outlet_articles.get((story, outlet))
            if target is None:
                self.pending.setdefault((story, outlet), []).append(edge)
                continue
            if not self._later(target, edge[0]):
                upd.relays.append(self._linked(edge, target, None))

    def _align(
        self, text: str, other_id: str
    ) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
        other = self.text_loader(other_id) if self.text_loader else None
        return None if other is None else align_passages(text, other)

    # -- lookups --------------------------------------------------------------------------
    def story_of(self, article_id: str) -> str | None:
        entry = self.stories.articles.get(article_id)
        return entry[0] if entry else None

    def story_articles(self, story_id: str) -> list[str]:
        return list(self.stories.stories.get(story_id, []))

    def quote_cluster(self, cluster_id: str) -> dict[str, Any] | None:
        c = self.quotes.clusters.get(cluster_id)
        if c is None:
            return None
        return {
            "id": c.id,
            "speaker": c.speaker,
            "first_article": c.first_article,
            "first_published": c.first_published,
            "appearances": [
                {"article": a, "attribution": t, "published": p} for a, t, p in c.appearances
            ],
            "outlets": list(c.outlets),
        }

    def find_quote(self, text: str) -> str | None:
        """The cluster id a quote text belongs to (same matching as when adding), or None."""
        return self.quotes.match(quote_key(text))
