"""CorpusIndex: stories, quote clusters, relays and the source directory, updated per record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsprov.corpus.directory import Directory, is_person_name
from newsprov.corpus.quotes import QuoteIndex, quote_key, quoted_texts
from newsprov.corpus.relays import RelayEdge, align_passages, relayed_outlets
from newsprov.corpus.stories import StoryIndex, signature_from_text
from newsprov.corpus.text import outlet_key
from newsprov.errors import StoreError
from newsprov.record import Record

STATE_VERSION = 2  # version 1 (no linked edges kept) still loads


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


def _edge_state(edge: Any, old: bool) -> list[Any]:
    """A saved relay edge ``[from id, from outlet, outlet name, count, to_article]`` (version 1:
    the first four, waiting edges only)."""
    if not isinstance(edge, list) or len(edge) != (4 if old else 5):
        raise ValueError(f"a relay edge is {edge!r}")
    return [*edge, None] if old else list(edge)


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
    #: people cited by other articles whose directory key this one changed (a bare surname
    #: settled again, see :meth:`Directory.settle`, or a person keyed anew by a fuller given
    #: name, :meth:`Directory.regroup`): ``(article id, name as cited, key)``
    rekeyed: list[tuple[str, str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "story_id": self.story_id,
            "moved": dict(self.moved),
            "quotes": [list(q) for q in self.quotes],
            "relays": [r.to_dict() for r in self.relays],
            "directory": [list(d) for d in self.directory],
            "rekeyed": [list(r) for r in self.rekeyed],
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
        # (story, outlet key) -> the outlet's articles on that story (derived from the stories)
        self.outlet_articles: dict[tuple[str, str], list[str]] = {}
        # (story, outlet key) -> every relay edge to that outlet from an article of the story,
        # ``[from id, from outlet, outlet name, count, to_article or None]``: kept linked or
        # not, so an edge follows when the outlet's better article arrives (see :meth:`_target`)
        self.edges: dict[tuple[str, str], list[list[Any]]] = {}
        self.outlets: dict[str, str | None] = {}  # article id -> its outlet key
        # derived, so that a replace or a story change reads its stories' keys only, never all
        # of them (see docs/corpus.md, "Scale"): story -> the outlet keys it may have in
        # ``outlet_articles`` or ``edges``; article id -> the story its bookkeeping is filed in
        self._by_story: dict[str, set[str]] = {}
        self._filed: dict[str, str] = {}
        self._made: dict[tuple[str, str], int] = {}  # when each key of ``edges`` was made
        self._seq = 0
        #: keys of ``outlet_articles`` and ``edges`` read by replaces and story changes (a
        #: count of the work done, for tests)
        self.keys_read = 0

    @property
    def pending(self) -> dict[tuple[str, str], list[list[Any]]]:
        """The relay edges not linked (yet): ``(story, outlet key) -> [[from id, from outlet,
        outlet name, count], ...]``."""
        out: dict[tuple[str, str], list[list[Any]]] = {}
        for key, edges in self.edges.items():
            waiting = [e[:4] for e in edges if e[4] is None]
            if waiting:
                out[key] = waiting
        return out

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
        if state.get("version") not in (1, STATE_VERSION):
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
            idx.outlets = dict(state["outlets"])
            old = state["version"] == 1  # its waiting edges only: the linked were not kept
            for s, o, edges in state["pending" if old else "edges"]:
                for e in edges:
                    idx._file_edge((str(s), str(o)), _edge_state(e, old))
            idx._outlets_of(set(idx.stories.stories))
        except (AttributeError, KeyError, TypeError, ValueError) as e:
            raise StoreError(f"corpus state is damaged ({type(e).__name__}: {e})") from None
        return idx

    def to_state(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "stories": self.stories.to_state(),
            "quotes": self.quotes.to_state(),
            "directory": self.directory.to_state(),
            "edges": [[s, o, e] for (s, o), e in self.edges.items()],
            "outlets": self.outlets,
        }

    # -- adding ---------------------------------------------------------------------------
    def add(self, record: Record, replace: bool = False) -> CorpusUpdate:
        """File one record: its story, quote clusters, relay edges and directory keys.

        Adding a record whose id is already indexed returns its story and directory keys
        again but files nothing twice. With ``replace`` the record is a new version of the
        indexed article: its old quote appearances and relay edges are forgotten and the new
        version's are filed (it keeps its story and directory entries). Relay edges of other
        articles whose target changed (a better article of their outlet arrived, or the one
        they had was replaced or left their story) come in ``relays`` again, linked anew.
        """
        aid = record.id
        again = aid in self.stories.articles
        texts = {aid: record.text}
        touched: set[tuple[str, str]] = set()  # (story, outlet) keys whose edges may move
        if again and replace:
            touched |= self._forget(aid)
        published = event_date(record)
        placed = self.stories.place(aid, story_signature(record), published)
        story = placed.story
        upd = CorpusUpdate(aid, story, dict(placed.moved))
        regrouped: set[str] = set()  # stories whose articles' bare surnames meet other names
        if placed.moved:
            regrouped = set(placed.moved.values()) | {
                self._filed[a] for a in placed.moved if a in self._filed
            }
            touched |= self._restory(placed.moved)
        own = outlet_key(record.document.outlet) if record.document.outlet else None

        keys = self._directory_keys(record, again, replace, regrouped, upd)
        upd.directory.extend((s.id, keys[s.id]) for s in record.sources)
        if again and not replace:  # placed again: nothing moved, nothing to re-link
            return upd
        self.outlets[aid] = own

        speaker_of = {a.id: keys.get(a.source) if a.source else None for a in record.attributions}
        for att_id, text in quoted_texts(record):
            for cid in self.quotes.add(
                text, aid, att_id, speaker_of.get(att_id), published, record.document.outlet
            ):
                upd.quotes.append((cid, att_id, " ".join(text.split())))

        self._filed[aid] = story
        if own is not None:
            articles = self.outlet_articles.setdefault((story, own), [])
            self._by_story.setdefault(story, set()).add(own)
            if aid not in articles:
                articles.append(aid)
            touched.add((story, own))
        for key, (name, count) in sorted(relayed_outlets(record).items()):
            edge = [aid, record.document.outlet, name, count, self._target(story, key, aid)]
            self._file_edge((story, key), edge)
            upd.relays.append(self._edge(edge, texts))
        self._relink(touched, upd, texts)
        return upd

    def _directory_keys(
        self, record: Record, again: bool, replace: bool, regrouped: set[str], upd: CorpusUpdate
    ) -> dict[str, str]:
        """The directory key of each source of ``record`` (source id -> key). An article filed
        again keeps its keys; a new one (or a new version, its old citations forgotten) files
        its people (:meth:`Directory.cite`), then the bare surnames of the surnames it cites,
        and of the articles of ``regrouped`` (stories that gained or lost articles), are
        settled again (:meth:`Directory.settle`): a bare surname meets the full names its whole
        story cites, and the keys do not depend on the order articles arrive in (other
        articles' citations whose key changed, bare surnames settled again and full names of a
        person keyed anew, go in ``upd.rekeyed``; quote clusters of a person keyed anew take
        the new key as their speaker)."""
        d, aid = self.directory, record.id
        people = [s for s in record.sources if s.kind == "person" and is_person_name(s.name)]
        persons = {s.id for s in people}
        keys: dict[str, str] = {}
        if not again or replace:
            surnames, reshaped = d.forget(aid) if again else (set(), set())
            cited_now, changed = d.cite(aid, [(s.name, s.title) for s in people])
            surnames |= cited_now
            reshaped |= changed
            # a surname whose people did not change: only the bare surnames of this article's
            # story (whose full names changed) and of the regrouped stories find candidates again
            story = self.story_of(aid) or ""
            mates = set(self.stories.stories.get(story, [])) | {aid}
            only = {sur: set(mates) for sur in surnames - reshaped}
            if regrouped:
                members = [a for st in sorted(regrouped) for a in self.stories.stories.get(st, [])]
                for sur in d.bare_surnames(members):
                    surnames.add(sur)
                    if sur not in reshaped:
                        only.setdefault(sur, set()).update(members)
            named: dict[str, set[str]] = {}

            def named_of(article: str) -> set[str]:
                story = self.story_of(article) or ""
                if story not in named:
                    named[story] = set()
                    for other in self.stories.stories.get(story, []):
                        named[story] |= d.named_in_full(d.cited.get(other, {}))
                return named[story]

            moved, renamed = d.take_moved()  # full names whose person was keyed anew
            moved.update(d.settle(surnames, named_of, only))
            for (a, name), key in sorted(moved.items()):
                if a != aid:
                    upd.rekeyed.append((a, name, key))
            if renamed:
                self.quotes.rename_speakers(renamed)
        cited = d.cited.get(aid, {})
        for s in record.sources:
            if s.id in persons and s.name in cited:
                keys[s.id] = cited[s.name]
            else:
                keys[s.id] = d.resolve(s.name, s.kind, aid, count=not again, title=s.title)
        return keys

    def _target(self, story: str, outlet: str, relaying: str) -> str | None:
        """The article of ``outlet`` on ``story`` that ``relaying`` relays, or None.

        An outlet's article of a later day than the relaying one (both dated) is a follow-up,
        never the one relayed. Of the others, a dated relaying article takes the outlet's
        latest on or before its day (the report it could read last); an undated one, the
        outlet's earliest dated article (the one any later report could read); an undated
        article of the outlet is taken when no dated one fits. Ties (one day, or undated) go
        to the smallest id, so the choice never depends on the order articles arrive in.
        """
        days = self.stories.articles
        entry = days.get(relaying)
        day = entry[1] if entry else None
        dated: list[tuple[int, str]] = []
        undated: list[str] = []
        for a in self.outlet_articles.get((story, outlet), ()):
            other = days.get(a)
            d = other[1] if other else None
            if a == relaying:
                continue
            if d is None:
                undated.append(a)
            elif day is None or d <= day:
                dated.append((d, a))
        if dated:
            if day is None:
                return min(dated)[1]
            last = max(d for d, _ in dated)
            return min(a for d, a in dated if d == last)
        return min(undated) if undated else None

    def _relink(self, keys: set[tuple[str, str]], upd: CorpusUpdate, texts: dict[str, str]) -> None:
        """Give the edges under ``keys`` their target again; those whose target changed go in
        ``upd.relays`` (linked, re-linked or, their article gone, unlinked)."""
        for story, outlet in sorted(keys):
            for edge in self.edges.get((story, outlet), ()):
                target = self._target(story, outlet, edge[0])
                if target != edge[4]:
                    edge[4] = target
                    upd.relays.append(self._edge(edge, texts))

    def _forget(self, aid: str) -> set[tuple[str, str]]:
        """Take an indexed article's quote appearances, relay edges and place among its outlet's
        articles out, before its new version is filed (:meth:`add` with ``replace``); the keys
        whose edges may need another target. A cluster left with no appearance stays, empty, so
        the quote keeps its id when it comes back."""
        self.quotes.forget(aid, self.outlets)
        self.outlets.pop(aid, None)
        story = self._filed.pop(aid, None)
        touched = set()
        for key in self._keys(story):
            if key in self.edges:
                edges = [e for e in self.edges[key] if e[0] != aid]
                if edges:
                    self.edges[key] = edges
                else:
                    del self.edges[key]
                    del self._made[key]
            if aid in self.outlet_articles.get(key, ()):
                touched.add(key)
                self.outlet_articles[key] = [a for a in self.outlet_articles[key] if a != aid]
                if not self.outlet_articles[key]:
                    del self.outlet_articles[key]
        return touched

    def _keys(self, story: str | None) -> list[tuple[str, str]]:
        """The ``(story, outlet)`` keys ``outlet_articles`` or ``edges`` hold for ``story``
        (outlets they no longer hold are dropped from the index)."""
        if story is None or story not in self._by_story:
            return []
        outlets = self._by_story[story]
        self.keys_read += len(outlets)
        outlets -= {o for o in outlets if (story, o) not in self.outlet_articles
                    and (story, o) not in self.edges}  # fmt: skip
        if not outlets:
            del self._by_story[story]
        return [(story, o) for o in sorted(outlets)]

    def _edge(self, edge: list[Any], texts: dict[str, str]) -> RelayEdge:
        """A relay edge ``[from id, from outlet, outlet name, count, to_article]`` as reported,
        aligned when both texts are at hand (``texts`` first, then the text loader)."""
        from_id, from_outlet, name, count, target = edge
        out = RelayEdge(from_id, from_outlet, name, count, target)
        if target is not None:
            a, b = self._text(from_id, texts), self._text(target, texts)
            if a is not None and b is not None:
                out.aligned = align_passages(a, b)
        return out

    def _text(self, aid: str, texts: dict[str, str]) -> str | None:
        if aid in texts:
            return texts[aid]
        return self.text_loader(aid) if self.text_loader else None

    def _outlets_of(self, stories: set[str]) -> None:
        """Find each outlet's articles again in ``stories`` (their arrival order)."""
        for story in stories:
            for key in self._keys(story):
                self.outlet_articles.pop(key, None)
        for story in stories:
            for aid in self.stories.stories.get(story, []):
                own = self.outlets.get(aid)
                if own is not None:
                    self.outlet_articles.setdefault((story, own), []).append(aid)
                    self._by_story.setdefault(story, set()).add(own)
                    self._filed[aid] = story

    def _restory(self, moved: dict[str, str]) -> set[tuple[str, str]]:
        """Keep the per-story relay bookkeeping true after articles changed story: each
        outlet's articles per story are found again in the stories touched and relay edges
        follow their article; the keys whose edges may need another target."""
        # the stories the moved articles were filed in, and those they are in now
        touched = set(moved.values())
        touched.update(self._filed[a] for a in moved if a in self._filed)
        self._outlets_of(touched)
        keys = {k for s in touched for k in self._keys(s) if k in self.outlet_articles}
        # in the order the keys were made, as a scan of ``edges`` would meet them
        moving = sorted(
            (k for s in touched for k in self._keys(s) if k in self.edges),
            key=lambda k: self._made[k],
        )
        for key in moving:
            del self._made[key]
            for edge in self.edges.pop(key):
                new = (self.story_of(edge[0]) or "", key[1])
                self._file_edge(new, edge)
                keys.add(new)
        return keys

    def _file_edge(self, key: tuple[str, str], edge: list[Any]) -> None:
        """File a relay edge under ``(story, outlet)``, keeping the indexes of the keys."""
        if key not in self.edges:
            self.edges[key] = []
            self._made[key] = self._seq
            self._seq += 1
        self.edges[key].append(edge)
        self._by_story.setdefault(key[0], set()).add(key[1])
        self._filed[edge[0]] = key[0]

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
