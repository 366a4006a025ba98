"""The ``WHERE`` clauses of the store's lists: one builder per list (articles, sources,
quotes, stories), shared by the list and its ``COUNT`` query so that a total always counts
what the list pages through, the ``LIKE`` patterns of the text filters, and the source-name
match narrowed by the names' trigram index (revision ``0004``)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    bindparam,
    column,
    func,
    or_,
    select,
    table,
    text,
    union,
)
from sqlalchemy.exc import OperationalError

from newsprov.corpus.outlets import outlet_spellings
from newsprov.store import tables as t
from newsprov.store.filters import kind_filter, period_filter, text_filter

a, s, d, q, st, ql = t.articles, t.sources, t.directory, t.quotes, t.stories, t.quote_links


def esc(value: str) -> str:
    """``value`` with LIKE's wildcards and escape character made literal (escape ``\\``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: Apostrophes and quotation marks, straight or typographic: a user types ``'`` for the
#: article's ``’``. Each stands for any one character in a LIKE pattern.
QUOTE_MARKS = re.compile("['\u2018\u2019\u02bc\u2032`\"\u201c\u201d\u00ab\u00bb]")


def like(value: str) -> str:
    """A LIKE pattern for ``value`` anywhere in a lower-cased column, whatever style of
    apostrophe or quotation mark either writes (``O'Brien`` finds ``O’Brien``)."""
    return "%" + QUOTE_MARKS.sub("_", esc(value.lower())) + "%"


#: SQLite's trigram index of the directory's names and aliases (revision ``0004``): one row per
#: lower-cased alias and per directory name that is not an alias of its entry, with its key.
NAMES_TABLE = table("source_names", column("key"), column("name"))
#: Characters of the shortest piece the trigram index can find (a piece of fewer is looked
#: for by a scan).
TRIGRAM = 3


def trigram_match(value: str) -> str | None:
    """An FTS5 ``MATCH`` query for the names holding, as ``like(value)`` does, each piece of
    ``value`` between its quotation marks (of :data:`TRIGRAM` characters or more, each a
    phrase: the trigram tokenizer finds a phrase anywhere in a name, in any case); ``None``
    when no piece is that long. Every name ``like(value)`` matches, the query matches: the
    exact ``LIKE`` is checked after it."""
    pieces = [p for p in QUOTE_MARKS.split(value.lower()) if len(p) >= TRIGRAM]
    return " AND ".join(f'"{p}"' for p in pieces) if pieces else None


#: Names that make a word "common" in :func:`few_names`: past it, a lookup by a word walks the
#: directory most-cited first and stops at its first matches, as it did before the index.
#: Tuned against the 30,000-article benchmark store: the word "Hana", in some 9,000 aliases,
#: was found in 6 ms walking and in 50-100 ms from the index (every match is read to be
#: ordered); a word in no name, in 2-5 ms from the index and in 100-200 ms walking.
COMMON = 1000
#: PostgreSQL's ``pg_trgm`` indexes of revision ``0004``.
PG_TRGM = ("ix_directory_lname_trgm", "ix_aliases_lalias_trgm")


def names_index(engine: Engine) -> bool:
    """Whether the store's names have the trigram index of revision ``0004``: on SQLite, the
    FTS5 table, made where SQLite has the ``trigram`` tokenizer, and this SQLite can read it;
    on PostgreSQL, the ``pg_trgm`` indexes, made when the server has the extension. Asked once,
    when the store is opened."""
    try:
        with engine.connect() as conn:
            if engine.dialect.name != "sqlite":
                found = conn.execute(
                    text("SELECT count(*) FROM pg_indexes WHERE indexname IN :names").bindparams(
                        bindparam("names", expanding=True)
                    ),
                    {"names": list(PG_TRGM)},
                ).scalar()
                return found == len(PG_TRGM)
            probe = NAMES_TABLE.c.name.match('"abc"')
            conn.execute(select(NAMES_TABLE.c.key).where(probe).limit(1)).all()
    except OperationalError:  # no such table, or no trigram tokenizer in this SQLite
        return False
    return True


def name_match(
    backend: str, pat: str, fts: str | None, part_of: Any = None
) -> ColumnElement[bool] | None:
    """Directory entries (``directory`` rows) whose name or an alias matches ``LIKE pat`` (or
    ``part_of(column)`` when given), found from the names' trigram index; ``None`` when there
    is no ``fts`` (no index, or no piece of three characters to look for: the caller scans).
    ``fts`` is the :func:`trigram_match` query. SQLite: the keys the FTS5 table finds, each
    checked with the exact condition (the index is a sieve, never the answer). PostgreSQL:
    the keys of the names and of the aliases that match, each found from its ``pg_trgm``
    index, which PostgreSQL checks against the exact ``LIKE`` itself."""
    if fts is None:
        return None
    al = t.aliases

    def cond(col: Any) -> Any:
        return part_of(col) if part_of is not None else col.like(pat, escape="\\")

    if backend == "sqlite":
        found = select(NAMES_TABLE.c.key).where(NAMES_TABLE.c.name.match(fts))
        named = select(al.c.key).where(al.c.key.in_(found), cond(al.c.lalias))
        return and_(d.c.key.in_(found), or_(cond(d.c.lname), d.c.key.in_(named)))
    return d.c.key.in_(
        union(select(d.c.key).where(cond(d.c.lname)), select(al.c.key).where(cond(al.c.lalias)))
    )


def few_names(conn: Any, backend: str, fts: str, pat: str) -> bool:
    """Whether fewer than :data:`COMMON` aliases hold the pieces of ``fts`` (SQLite) or match
    ``LIKE pat`` (PostgreSQL), counted from the index up to that number."""
    if backend == "sqlite":
        some = select(NAMES_TABLE.c.key).where(NAMES_TABLE.c.name.match(fts))
    else:
        some = select(t.aliases.c.key).where(t.aliases.c.lalias.like(pat, escape="\\"))
    n = conn.execute(select(func.count()).select_from(some.limit(COMMON).subquery())).scalar()
    return int(n or 0) < COMMON


def article_filters(
    stmt: Select[Any],
    outlet: str | None,
    since: str | None,
    until: str | None,
    source_kind: str | None,
) -> Select[Any]:
    """``stmt`` over ``articles`` narrowed by the filters of :meth:`Queries.articles`."""
    since, until = period_filter(since, until)
    source_kind = kind_filter("source_kind", source_kind)
    if outlet:
        stmt = stmt.where(func.lower(a.c.outlet).in_(outlet_spellings(outlet)))
    if since:
        stmt = stmt.where(a.c.published >= since)
    if until:
        stmt = stmt.where(a.c.published <= until + "\uffff")
    if source_kind:
        # the articles with such a source, found once from the kind's index
        stmt = stmt.where(a.c.pk.in_(select(s.c.article_pk).where(s.c.kind == source_kind)))
    return stmt


def source_filters(
    stmt: Select[Any],
    kind: str | None,
    q_: str | None,
    outlet: str | None,
    indexed: str | None = None,
) -> Select[Any]:
    """``stmt`` over ``directory`` narrowed by the filters of :meth:`Queries.sources`;
    ``indexed``: the backend, when the store's names have the trigram index."""
    kind = kind_filter("kind", kind)
    q_ = text_filter("q", q_)
    # an entry whose every article was replaced by a version without it is no source any
    # more (the overview does not count it; it was listed with 0 articles)
    stmt = stmt.where(d.c.n_articles > 0)
    if kind:
        stmt = stmt.where(d.c.kind == kind)
    if q_:
        pat = like(q_)
        # from the trigram index where the store has one and q_ a piece it can find
        found = name_match(indexed, pat, trigram_match(q_)) if indexed else None
        if found is None:
            # the aliases matching are found once (a subquery, not one per entry: the
            # directory holds an entry per unnamed source of every article)
            aliased = select(t.aliases.c.key).where(t.aliases.c.lalias.like(pat, escape="\\"))
            found = or_(d.c.lname.like(pat, escape="\\"), d.c.key.in_(aliased))
        stmt = stmt.where(found)
    if outlet:
        # the keys of the outlet's articles' sources, found once from the outlet's articles
        # (a check per entry read every one of the directory's, a count took seconds)
        cited = (
            select(s.c.key)
            .join(a, a.c.pk == s.c.article_pk)
            .where(func.lower(a.c.outlet).in_(outlet_spellings(outlet)))
        )
        stmt = stmt.where(d.c.key.in_(cited))
    return stmt


def quote_filters(
    stmt: Select[Any],
    text_: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
) -> Select[Any]:
    """``stmt`` over ``quotes`` narrowed by the filters of :meth:`Queries.quotes`: the dates
    are those of a cluster's first publication (``first_published``; an undated cluster
    meets no period)."""
    since, until = period_filter(since, until)
    text_ = text_filter("text", text_)
    stmt = stmt.where(q.c.n_appearances > 0)
    if text_:
        stmt = stmt.where(q.c.ltext.like(like(" ".join(text_.split())), escape="\\"))
    if outlet:
        carried = (
            select(ql.c.quote_id)
            .join(a, a.c.pk == ql.c.article_pk)
            .where(func.lower(a.c.outlet).in_(outlet_spellings(outlet)))
        )
        stmt = stmt.where(q.c.id.in_(carried))
    if since:
        stmt = stmt.where(q.c.first_published >= since)
    if until:
        stmt = stmt.where(q.c.first_published <= until + "\uffff")
    return stmt


def story_filters(
    stmt: Select[Any], outlet: str | None, since: str | None, until: str | None
) -> Select[Any]:
    """``stmt`` over ``stories`` narrowed by the filters of :meth:`Queries.stories`: a story
    whose first-to-last span meets the period."""
    since, until = period_filter(since, until)
    stmt = stmt.where(st.c.n_articles > 0)
    if outlet:
        told = select(a.c.story_id).where(func.lower(a.c.outlet).in_(outlet_spellings(outlet)))
        stmt = stmt.where(st.c.id.in_(told))
    if since:
        stmt = stmt.where(st.c.last_published >= since)
    if until:
        stmt = stmt.where(st.c.first_published <= until + "\uffff")
    return stmt
