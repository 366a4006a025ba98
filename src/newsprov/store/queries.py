"""Read queries of the store, each returning plain JSON-ready dicts in stable shapes."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NoReturn

from sqlalchemy import Select, and_, exists, func, or_, select, text

from newsprov.corpus.outlets import outlet_spellings, registry_outlets
from newsprov.errors import AmbiguousError, InputError, NotFoundError
from newsprov.store import tables as t
from newsprov.store.filters import (
    MAX_LIMIT,
    WHOLE,
    key_filter,
    page_bounds,
    search_words,
    text_arg,
)
from newsprov.store.selects import (
    QUOTE_MARKS,
    article_filters,
    esc,
    few_names,
    like,
    name_match,
    quote_filters,
    source_filters,
    story_filters,
    trigram_match,
)
from newsprov.store.writer import unpack
from newsprov.wording import must_be

MAX_CANDIDATES = 10  # sources listed when a name part names several
MAX_KNOWN_OUTLETS = 1000  # outlets check_outlet remembers finding in the store
#: Entries of one name compared to tell them apart on a page; past it, a page's own entries
#: are compared among themselves (:meth:`Queries.namesakes`).
MAX_NAMESAKES = 50

a, s, at, d, q, st, r = (
    t.articles,
    t.sources,
    t.attributions,
    t.directory,
    t.quotes,
    t.stories,
    t.relays,
)
ql = t.quote_links


#: An offset past this is past every store's end (SQLite and PostgreSQL take 64-bit offsets, and a
#: larger number failed there with OverflowError): it answers an empty page.
MAX_OFFSET = 2**62


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    """``limit`` and ``offset`` checked (:func:`~newsprov.store.filters.page_bounds`:
    InputError naming the one out of bounds), ``offset`` capped at :data:`MAX_OFFSET`."""
    lim, off = page_bounds(limit, offset)
    return lim, min(off, MAX_OFFSET)


def _ambiguous(key: str, rows: list[Any], hint: str) -> NoReturn:
    """Raise :class:`AmbiguousError` listing up to :data:`MAX_CANDIDATES` of ``rows``."""
    shown = ", ".join(f"{x.name} ({x.id})" for x in rows[:MAX_CANDIDATES])
    more = " and more" if len(rows) > MAX_CANDIDATES else ""
    raise AmbiguousError(
        f"{key!r} names {len(rows) if not more else 'several'} sources: {shown}{more}; {hint}",
        [{"id": x.id, "name": x.name, "kind": x.kind} for x in rows[:MAX_CANDIDATES]],
    )


class Queries:
    """Mixed into :class:`~newsprov.store.store.Store`: every read of the Store API."""

    _read: Any
    backend: str
    #: The store's names have the trigram index of revision 0004 (SQLite: and this SQLite reads
    #: it), set on open: :func:`~newsprov.store.selects.names_index`.
    _trigram_index: bool = False
    #: Outlets :meth:`check_outlet` found in the store (a list and its count, and the HTTP
    #: API's check before them, would each read it again: on an outlet the registry does not
    #: know, two ``EXISTS`` that scan the relays); emptied by every write of this Store.
    _outlets_known: set[str]

    # -- overview -----------------------------------------------------------------------
    def overview(self, top: int = 5, *, tops: bool = True) -> dict[str, Any]:
        """Counts and the ``top`` most-cited sources, largest stories, most-relayed outlets
        (``top`` 0 to 10,000: 0 lists none; a negative one listed every relayed outlet).
        ``tops=False`` leaves ``top_sources`` and ``top_stories`` empty without reading them
        (the articles page shows the counts and the most-relayed outlet only): the top
        sources list every article of each, thousands for an outlet."""
        if not isinstance(top, int) or isinstance(top, bool):
            raise InputError("top", must_be(WHOLE, top))
        if not 0 <= top <= MAX_LIMIT:
            raise InputError("top", f"give how many to list, 0 to {MAX_LIMIT:,}, not {top}")
        with self._read() as conn:

            def count(table: Any, *where: Any) -> int:
                return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)

            first_last = conn.execute(
                select(func.min(a.c.published), func.max(a.c.published))
            ).one()
            outlets = conn.execute(
                select(a.c.outlet, func.count().label("n"))
                .where(a.c.outlet.is_not(None))
                .group_by(a.c.outlet)
                .order_by(func.count().desc(), a.c.outlet)
            ).all()
            relayed = conn.execute(
                select(r.c.to_outlet, func.count().label("n"))
                .group_by(r.c.to_outlet)
                .order_by(func.count().desc(), r.c.to_outlet)
                .limit(top)
            ).all()
            result = {
                "articles": count(a),
                "outlets": {o: n for o, n in outlets},
                "first_published": first_last[0],
                "last_published": first_last[1],
                "sources": count(d, d.c.n_articles > 0),
                "attributions": count(at),
                "stories": count(st, st.c.n_articles > 0),
                "cross_outlet_stories": count(st, st.c.n_articles > 1),
                "quotes": count(q, q.c.n_appearances > 0),
                "repeated_quotes": int(
                    conn.scalar(select(func.count()).select_from(repeated_quotes())) or 0
                ),
                "relays": count(r),
                "linked_relays": count(r, r.c.to_article.is_not(None)),
                "most_relayed": [{"outlet": o, "articles": n} for o, n in relayed],
            }
        if not tops or not top:
            result["top_sources"], result["top_stories"] = [], []
            return result
        result["top_sources"] = self.sources(limit=top)
        result["top_stories"] = sorted(
            self.stories(limit=200), key=lambda x: (-len(x["articles"]), x["id"])
        )[:top]
        return result

    # -- outlets ------------------------------------------------------------------------
    def check_outlet(
        self,
        outlet: str,
        option: str = "outlet",
        listing: str = "`newsprov overview --format json`",
    ) -> None:
        """InputError naming ``option`` when neither the outlet registry nor the store knows
        ``outlet`` (an outlet filter that cannot match anything is most likely a typo);
        ``listing`` says where the stored outlets are listed. A blank name is refused too."""
        if not text_arg(option, outlet).strip():
            raise InputError(option, "give an outlet's name, alias or domain")
        if registry_outlets(outlet) or outlet in self._outlets_known:
            return
        names = outlet_spellings(outlet)
        with self._read() as conn:
            stored = conn.scalar(
                select(
                    or_(
                        exists().where(func.lower(a.c.outlet).in_(names)),
                        exists().where(func.lower(r.c.to_outlet).in_(names)),
                    )
                )
            )
        if stored:
            if len(self._outlets_known) >= MAX_KNOWN_OUTLETS:
                self._outlets_known.clear()
            self._outlets_known.add(outlet)
        else:
            raise InputError(
                option,
                f"unknown outlet {outlet!r}: neither the outlet registry nor the store knows it "
                f"({listing} lists the stored outlets)",
            )

    def _outlet(self, outlet: str | None) -> str | None:
        """An outlet filter of a list or count, checked as :meth:`check_outlet` checks it: a
        filter that can match nothing answered an empty list in Python where the CLI and the
        HTTP API refused it."""
        if outlet is not None:
            self.check_outlet(outlet)
        return outlet

    # -- articles -----------------------------------------------------------------------
    def count_articles(
        self,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source_kind: str | None = None,
    ) -> int:
        """Stored articles, or those :meth:`articles` lists under the same filters."""
        outlet = self._outlet(outlet)
        stmt = article_filters(
            select(func.count()).select_from(a), outlet, since, until, source_kind
        )
        with self._read() as conn:
            return int(conn.scalar(stmt) or 0)

    def articles(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source_kind: str | None = None,
    ) -> list[dict[str, Any]]:
        columns = select(
            a.c.id,
            a.c.title,
            a.c.outlet,
            a.c.published,
            a.c.url,
            a.c.n_attributions,
            a.c.n_sources,
            a.c.story_id,
        )
        lim, off = _bounds(limit, offset)
        stmt = article_filters(columns, self._outlet(outlet), since, until, source_kind)
        stmt = stmt.order_by(a.c.published.is_(None), a.c.published.desc(), a.c.id)
        with self._read() as conn:
            rows = conn.execute(stmt.limit(lim).offset(off)).all()
        return [
            {
                "id": x.id,
                "title": x.title,
                "outlet": x.outlet,
                "published": x.published,
                "url": x.url,
                "attributions": x.n_attributions,
                "sources": x.n_sources,
                "story": x.story_id,
            }
            for x in rows
        ]

    def search(self, q_: str, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search of titles and bodies (FTS5 on SQLite, tsvector on PostgreSQL);
        a query without a word is InputError (:func:`~newsprov.store.filters.search_words`)."""
        words = search_words("q", q_)
        lim, off = _bounds(limit, offset)
        if self.backend == "postgresql":
            sql = text(
                "SELECT a.id, a.title, a.outlet, a.published, a.record FROM articles a, "
                "plainto_tsquery('english', :q) query WHERE a.tsv @@ query "
                "ORDER BY ts_rank(a.tsv, query) DESC, a.id LIMIT :lim OFFSET :off"
            )
            params: dict[str, Any] = {"q": " ".join(words), "lim": lim, "off": off}
        else:
            sql = text(
                "SELECT a.id, a.title, a.outlet, a.published, a.record FROM article_fts f "
                "JOIN articles a ON a.pk = f.rowid WHERE article_fts MATCH :q "
                "ORDER BY f.rank, a.id LIMIT :lim OFFSET :off"
            )
            params = {"q": " ".join(f'"{w}"' for w in words), "lim": lim, "off": off}
        with self._read() as conn:
            if self.backend == "postgresql":
                _check_lexemes(conn, q_, params["q"])
            rows = conn.execute(sql, params).all()
        return [
            {
                "id": x.id,
                "title": x.title,
                "outlet": x.outlet,
                "published": x.published,
                "snippet": snippet(unpack(x.record).text, words),
            }
            for x in rows
        ]

    # -- sources ------------------------------------------------------------------------
    def count_sources(
        self, *, kind: str | None = None, q: str | None = None, outlet: str | None = None
    ) -> int:
        """Directory entries, or those :meth:`sources` lists under the same filters: one
        ``COUNT`` query."""
        outlet = self._outlet(outlet)
        with self._read() as conn:
            stmt = source_filters(
                select(func.count()).select_from(d),
                kind,
                q,
                outlet,
                self.backend if self._trigram_index else None,
            )
            return int(conn.scalar(stmt) or 0)

    def sources(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        kind: str | None = None,
        q: str | None = None,
        outlet: str | None = None,
        article_ids: bool = True,
    ) -> list[dict[str, Any]]:
        """Directory entries, most-cited first: ``{id, name, kind, articles, attributions}``,
        ``articles`` the ids of every article the entry appears in (thousands for an outlet).
        ``article_ids=False`` gives ``n_articles``, their number, in its place, without
        reading them (the sources page shows the number only)."""
        lim, off = _bounds(limit, offset)
        outlet = self._outlet(outlet)
        with self._read() as conn:
            stmt = source_filters(
                select(d.c.key, d.c.id, d.c.name, d.c.kind, d.c.n_articles, d.c.n_attributions),
                kind,
                q,
                outlet,
                self.backend if self._trigram_index else None,
            )
            stmt = stmt.order_by(d.c.n_articles.desc(), d.c.n_attributions.desc(), d.c.name)
            rows = conn.execute(stmt.limit(lim).offset(off)).all()
            arts = self._source_articles(conn, [x.key for x in rows]) if article_ids else {}
        return [
            {
                "id": x.id,
                "name": x.name,
                "kind": x.kind,
                **(
                    {"articles": arts.get(x.key, [])}
                    if article_ids
                    else {"n_articles": x.n_articles}
                ),
                "attributions": x.n_attributions,
            }
            for x in rows
        ]

    def _source_articles(self, conn: Any, keys: list[str]) -> dict[str, list[str]]:
        """The ids of the articles of each directory key, in id order: one query, its rows in
        (key, id) order, an article naming the entry twice (two of its sources) listed once."""
        arts: dict[str, list[str]] = defaultdict(list)
        if keys:
            for key, aid in conn.execute(
                select(s.c.key, a.c.id)
                .join(a, a.c.pk == s.c.article_pk)
                .where(s.c.key.in_(keys))
                .order_by(s.c.key, a.c.id)
            ):
                ids = arts[key]
                if not ids or ids[-1] != aid:
                    ids.append(aid)
        return arts

    def namesakes(self, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """For each directory entry of ``ids`` that shares its name (case aside) with another
        entry, every entry of that name, itself included: ``{id, name, kind, outlet,
        article}``, ``outlet`` and ``article`` the only ones it appears in (None when it
        appears in several). The pages tell such entries apart by them (two "Air Force"
        groups, each kept to its article); an entry with no namesake is left out.

        Two queries: the names shared among ``ids``' names, then one row per entry of them. A
        name more than :data:`MAX_NAMESAKES` entries bear (an unnamed "officials" kept to each
        of thousands of articles) brings back only the entries of ``ids``, so a page costs the
        same on a corpus of any size; they are then told apart among themselves."""
        wanted = sorted({str(x) for x in ids if x})
        if not wanted:
            return {}
        live = d.c.n_articles > 0
        with self._read() as conn:
            names = select(d.c.lname).where(d.c.id.in_(wanted), live).scalar_subquery()
            counted = conn.execute(
                select(d.c.lname, func.count().label("n"))
                .where(d.c.lname.in_(names), live)
                .group_by(d.c.lname)
                .having(func.count() > 1)
            ).all()
            if not counted:
                return {}
            few = [x.lname for x in counted if x.n <= MAX_NAMESAKES]
            many = [x.lname for x in counted if x.n > MAX_NAMESAKES]
            shared = or_(d.c.lname.in_(few), and_(d.c.lname.in_(many), d.c.id.in_(wanted)))
            rows = conn.execute(
                select(
                    d.c.id,
                    d.c.name,
                    d.c.lname,
                    d.c.kind,
                    # an article without an outlet is one more place, not none
                    func.count(func.distinct(func.coalesce(a.c.outlet, ""))).label("n_outlets"),
                    func.min(a.c.outlet).label("outlet"),
                    func.count(func.distinct(a.c.pk)).label("n_articles"),
                    func.min(a.c.id).label("article"),
                )
                .join(s, s.c.key == d.c.key)
                .join(a, a.c.pk == s.c.article_pk)
                .where(shared, live)
                .group_by(d.c.id, d.c.name, d.c.lname, d.c.kind)
                .order_by(d.c.lname, d.c.id)
            ).all()
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for x in rows:
            groups[x.lname].append(
                {
                    "id": x.id,
                    "name": x.name,
                    "kind": x.kind,
                    "outlet": x.outlet if x.n_outlets == 1 else None,
                    "article": x.article if x.n_articles == 1 else None,
                }
            )
        return {
            e["id"]: group
            for group in groups.values()
            if len(group) > 1
            for e in group
            if e["id"] in wanted
        }

    def _source_key(self, conn: Any, key: str) -> Any:
        low = key.strip().lower()
        for cond in (d.c.id == key, d.c.key == key):
            row = conn.execute(select(d).where(cond, d.c.n_articles > 0)).first()
            if row is not None:
                return row
        # a name or alias several entries carry (one "officials" per article: scoped sources
        # are never merged) names none of them: the most-cited was shown as if it were all
        order = (d.c.n_articles.desc(), d.c.n_attributions.desc(), d.c.id)
        for stmt in (
            select(d).where(d.c.lname == low, d.c.n_articles > 0),
            select(d).where(
                d.c.n_articles > 0,
                d.c.key.in_(select(t.aliases.c.key).where(t.aliases.c.lalias == low)),
            ),
        ):
            rows = conn.execute(stmt.order_by(*order).limit(MAX_CANDIDATES + 1)).all()
            if len(rows) == 1:
                return rows[0]
            if rows:
                _ambiguous(key, rows, "give its id")
        return self._source_by_part(conn, key, low)

    def _source_by_part(self, conn: Any, key: str, low: str) -> Any:
        """The one source whose name or an alias contains ``low`` as whole words ("Obama" for
        "Barack Obama"); NotFoundError when none does, AmbiguousError listing them when several
        do."""
        words = " ".join(low.split())
        if not words:
            raise NotFoundError(f"no source {key!r} in the store")

        w = QUOTE_MARKS.sub("_", esc(words))  # "O'Brien" for "O’Brien", as in like

        def part_of(col: Any) -> Any:
            return or_(
                col == words,
                *(col.like(pat, escape="\\") for pat in (w, f"{w} %", f"% {w}", f"% {w} %")),
            )

        # a word few names hold is found from the trigram index; a common one by walking the
        # directory most-cited first, which meets enough of them at once
        fts = trigram_match(words) if self._trigram_index else None
        found = None
        if fts is not None and few_names(conn, self.backend, fts, like(words)):
            found = name_match(self.backend, "", fts, part_of)
        if found is None:
            named = exists().where(and_(t.aliases.c.key == d.c.key, part_of(t.aliases.c.lalias)))
            found = or_(part_of(d.c.lname), named)
        rows = conn.execute(
            select(d)
            .where(d.c.n_articles > 0, found)
            .order_by(d.c.n_articles.desc(), d.c.n_attributions.desc(), d.c.name)
            .limit(MAX_CANDIDATES + 1)
        ).all()
        if not rows:
            raise NotFoundError(f"no source {key!r} in the store")
        if len(rows) > 1:
            _ambiguous(key, rows, "give a full name or an id")
        return rows[0]

    def source(self, key: str) -> dict[str, Any]:
        """One directory entry by id, key, name or alias, with all its statements over time; a
        blank ``key`` is InputError (it names no source), one naming none NotFoundError."""
        key = key_filter("key", key, "a source's name, alias or directory id")
        with self._read() as conn:
            row = self._source_key(conn, key)
            titles = sorted(
                {
                    x
                    for x in conn.scalars(
                        select(s.c.title)
                        .distinct()
                        .where(s.c.key == row.key, s.c.title.is_not(None))
                    )
                    if x
                }
            )
            aliases = sorted(
                conn.scalars(select(t.aliases.c.alias).where(t.aliases.c.key == row.key))
            )
            stmts = conn.execute(
                select(
                    a.c.id, a.c.published, a.c.outlet, at.c.content, at.c.cue, at.c.form, at.c.chain
                )
                .join(a, a.c.pk == at.c.article_pk)
                .where(at.c.source_key == row.key)
                .order_by(a.c.published.is_(None), a.c.published, a.c.id, at.c.aid)
            ).all()
            outlets = sorted(
                {
                    o
                    for o in conn.scalars(
                        select(a.c.outlet)
                        .distinct()
                        .join(s, s.c.article_pk == a.c.pk)
                        .where(s.c.key == row.key)
                    )
                    if o
                }
            )
        return {
            "id": row.id,
            "name": row.name,
            "kind": row.kind,
            "titles": titles,
            "aliases": aliases,
            "statements": [
                {
                    "article": x.id,
                    "published": x.published,
                    "outlet": x.outlet,
                    "content": x.content,
                    "cue": x.cue,
                    "form": x.form,
                    "chain": json.loads(x.chain or "[]"),
                }
                for x in stmts
            ],
            "outlets": outlets,
        }

    # -- quotes -------------------------------------------------------------------------
    def count_quotes(
        self,
        *,
        text: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> int:
        """Quote clusters, or those :meth:`quotes` lists under the same filters: one ``COUNT``
        query."""
        outlet = self._outlet(outlet)
        stmt = quote_filters(select(func.count()).select_from(q), text, outlet, since, until)
        with self._read() as conn:
            return int(conn.scalar(stmt) or 0)

    def quotes(
        self,
        *,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Quote clusters, most-carried first; ``since`` and ``until`` keep those whose first
        publication (the earliest dated article carrying them, their first publisher) falls
        in the period, as ``first_published`` says."""
        lim, off = _bounds(limit, offset)
        stmt = quote_filters(select(q), text, self._outlet(outlet), since, until)
        stmt = stmt.order_by(
            q.c.n_appearances.desc(), q.c.first_published.is_(None), q.c.first_published, q.c.id
        )
        with self._read() as conn:
            rows = conn.execute(stmt.limit(lim).offset(off)).all()
            ids = [x.id for x in rows]
            outlets = self._quote_outlets(conn, ids)
            n_articles = self._quote_articles(conn, ids)
        return [_quote_head(x, outlets.get(x.id, []), n_articles.get(x.id, 0)) for x in rows]

    def _quote_articles(self, conn: Any, ids: list[str]) -> dict[str, int]:
        """How many distinct articles carry each quote (an article quoting it twice counts once)."""
        if not ids:
            return {}
        return {
            qid: int(n)
            for qid, n in conn.execute(
                select(ql.c.quote_id, func.count(func.distinct(ql.c.article_pk)))
                .where(ql.c.quote_id.in_(ids))
                .group_by(ql.c.quote_id)
            )
        }

    def _quote_outlets(self, conn: Any, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        if ids:
            for qid, o in conn.execute(
                select(ql.c.quote_id, a.c.outlet)
                .distinct()
                .join(a, a.c.pk == ql.c.article_pk)
                .where(ql.c.quote_id.in_(ids), a.c.outlet.is_not(None))
                .order_by(ql.c.quote_id, a.c.outlet)
            ):
                out[qid].append(o)
        return out

    def quote(self, quote_id: str) -> dict[str, Any]:
        """One quote cluster with its appearances; a blank id is InputError, an unknown one
        NotFoundError."""
        quote_id = key_filter("quote_id", quote_id, "a quote cluster's id")
        with self._read() as conn:
            row = conn.execute(select(q).where(q.c.id == quote_id)).first()
            if row is None or not row.n_appearances:
                raise NotFoundError(f"no quote {quote_id!r} in the store")
            apps = conn.execute(
                select(a.c.id, a.c.outlet, a.c.published, at.c.aid, at.c.content)
                .select_from(ql)
                .join(at, and_(at.c.article_pk == ql.c.article_pk, at.c.aid == ql.c.aid))
                .join(a, a.c.pk == ql.c.article_pk)
                .where(ql.c.quote_id == quote_id)
                .order_by(a.c.published.is_(None), a.c.published, a.c.id)
            ).all()
            outlets = self._quote_outlets(conn, [quote_id])
        # one appearance per article: an article quoting it in several (often nested)
        # attributions lists them under ``attributions``, in document order
        by_article: dict[str, list[Any]] = {}
        for x in apps:
            by_article.setdefault(x.id, []).append(x)
        appearances = []
        for rows in by_article.values():
            rows.sort(key=lambda x: (len(x.aid), x.aid))
            first = rows[0]
            appearances.append(
                {
                    "article": first.id,
                    "outlet": first.outlet,
                    "published": first.published,
                    "text": first.content,
                    "attributions": [x.aid for x in rows],
                }
            )
        head = _quote_head(row, outlets.get(quote_id, []), len(appearances))
        head["appearances"] = appearances
        head["variants"] = sorted({x.content for x in apps if x.content != row.text})
        return head

    # -- stories ------------------------------------------------------------------------
    def count_stories(
        self,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> int:
        """Stories, or those :meth:`stories` lists under the same filters: one ``COUNT``
        query."""
        outlet = self._outlet(outlet)
        stmt = story_filters(select(func.count()).select_from(st), outlet, since, until)
        with self._read() as conn:
            return int(conn.scalar(stmt) or 0)

    def stories(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        lim, off = _bounds(limit, offset)
        stmt = story_filters(select(st), self._outlet(outlet), since, until)
        stmt = stmt.order_by(st.c.last_published.is_(None), st.c.last_published.desc(), st.c.id)
        with self._read() as conn:
            rows = conn.execute(stmt.limit(lim).offset(off)).all()
            members = self._members(conn, [x.id for x in rows])
        return [_story_head(x, members.get(x.id, [])) for x in rows]

    def _members(self, conn: Any, ids: list[str]) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = defaultdict(list)
        if ids:
            for x in conn.execute(
                select(a.c.story_id, a.c.id, a.c.outlet, a.c.published, a.c.title)
                .where(a.c.story_id.in_(ids))
                .order_by(a.c.published.is_(None), a.c.published, a.c.id)
            ):
                out[x.story_id].append(x)
        return out

    def story(self, story_id: str) -> dict[str, Any]:
        """One story with its timeline and relays; a blank id is InputError, an unknown one
        NotFoundError."""
        story_id = key_filter("story_id", story_id, "a story's id")
        with self._read() as conn:
            row = conn.execute(select(st).where(st.c.id == story_id)).first()
            if row is None or not row.n_articles:
                raise NotFoundError(f"no story {story_id!r} in the store")
            members = self._members(conn, [story_id]).get(story_id, [])
            edges = self._relays(
                conn, select_relays().where(a.c.story_id == story_id), MAX_LIMIT, 0
            )
        head = _story_head(row, members)
        head["timeline"] = [
            {"article": x.id, "outlet": x.outlet, "published": x.published, "title": x.title}
            for x in members
        ]
        head["relays"] = edges
        return head

    # -- relays -------------------------------------------------------------------------
    def _relay_outlet(self, stmt: Select[Any], outlet: str | None) -> Select[Any]:
        """``stmt`` (over relays joined to their articles) kept to the edges from or to
        ``outlet``, when one is given (an outlet neither the registry nor the store knows is
        InputError, as in every list)."""
        if self._outlet(outlet) is None:
            return stmt
        assert outlet is not None
        names = outlet_spellings(outlet)
        return stmt.where(
            or_(func.lower(r.c.to_outlet).in_(names), func.lower(a.c.outlet).in_(names))
        )

    def count_relays(self, *, outlet: str | None = None) -> int:
        """Relay edges, or those :meth:`relays` lists under the same filter: one ``COUNT``
        query."""
        stmt = select(func.count()).select_from(r.join(a, a.c.pk == r.c.from_pk))
        with self._read() as conn:
            return int(conn.scalar(self._relay_outlet(stmt, outlet)) or 0)

    def relays(
        self, *, limit: int = 50, offset: int = 0, outlet: str | None = None
    ) -> list[dict[str, Any]]:
        """Relay edges, newest first; ``outlet`` keeps those from or to it."""
        lim, off = _bounds(limit, offset)
        stmt = self._relay_outlet(select_relays(), outlet)
        with self._read() as conn:
            return self._relays(conn, stmt, lim, off)

    def _relays(
        self, conn: Any, stmt: Select[Any], limit: int, offset: int
    ) -> list[dict[str, Any]]:
        stmt = stmt.order_by(a.c.published.is_(None), a.c.published.desc(), a.c.id, r.c.to_outlet)
        return [
            {
                "from_article": x.id,
                "from_outlet": x.outlet,
                "to_outlet": x.to_outlet,
                "to_article": x.to_article,
                "attributions": x.attributions,
                "aligned": json.loads(x.aligned or "[]"),
            }
            for x in conn.execute(stmt.limit(limit).offset(offset))
        ]


def _check_lexemes(conn: Any, given: str, words: str) -> None:
    """InputError when PostgreSQL's ``english`` search keeps no word of the query: a query of
    stop words alone ("the", "don't") answered nothing without a word on PostgreSQL, whose
    ``tsvector`` holds no stop word, while SQLite's FTS5 found them."""
    kept = conn.execute(
        text("SELECT numnode(plainto_tsquery('english', :q))"), {"q": words}
    ).scalar()
    if not kept:
        raise InputError(
            "q",
            f"{given!r} holds only words too common to be searched for (stop words such as "
            "'the'; the PostgreSQL store leaves them out): add a rarer word",
        )


def select_relays() -> Select[Any]:
    return select(
        a.c.id, a.c.outlet, r.c.to_outlet, r.c.to_article, r.c.attributions, r.c.aligned
    ).join(a, a.c.pk == r.c.from_pk)


def repeated_quotes() -> Any:
    """The quote clusters carried by more than one article (a subquery of their ids): those
    whose first and last carrying article differ, two seeks each in the (quote_id,
    article_pk) index, where counting every link's distinct articles read them all."""
    first = select(func.min(ql.c.article_pk)).where(ql.c.quote_id == q.c.id).scalar_subquery()
    last = select(func.max(ql.c.article_pk)).where(ql.c.quote_id == q.c.id).scalar_subquery()
    # n_appearances is an upper bound of the articles: it narrows the scan
    return select(q.c.id).where(q.c.n_appearances > 1, first < last).subquery()


def _quote_head(x: Any, outlets: list[str], n_articles: int) -> dict[str, Any]:
    return {
        "id": x.id,
        "text": x.text,
        "speaker": x.speaker,
        "first_publisher": {
            "article": x.first_article,
            "outlet": x.first_outlet,
            "published": x.first_published,
        },
        "appearances": n_articles,
        "outlets": outlets,
    }


def _story_head(x: Any, members: list[Any]) -> dict[str, Any]:
    return {
        "id": x.id,
        "title": x.title,
        "articles": [m.id for m in members],
        "outlets": sorted({m.outlet for m in members if m.outlet}),
        "first_published": x.first_published,
        "last_published": x.last_published,
    }


def snippet(body: str, words: list[str], width: int = 160) -> str:
    """About ``width`` characters of ``body`` around the first of ``words`` found."""
    low = body.lower()
    hits = [i for i in (low.find(w.lower()) for w in words) if i >= 0]
    start = max(0, min(hits) - width // 3) if hits else 0
    piece = " ".join(body[start : start + width].split())
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(body) else "")
