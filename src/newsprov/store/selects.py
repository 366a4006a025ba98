"""The ``WHERE`` clauses of the store's lists: one builder per list (articles, sources,
quotes, stories), shared by the list and its ``COUNT`` query so that a total always counts
what the list pages through, and the ``LIKE`` patterns of the text filters."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, func, or_, select

from newsprov.corpus.outlets import outlet_spellings
from newsprov.store import tables as t
from newsprov.store.filters import kind_filter, period_filter

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
    stmt: Select[Any], kind: str | None, q_: str | None, outlet: str | None
) -> Select[Any]:
    """``stmt`` over ``directory`` narrowed by the filters of :meth:`Queries.sources`."""
    kind = kind_filter("kind", kind)
    # an entry whose every article was replaced by a version without it is no source any
    # more (the overview does not count it; it was listed with 0 articles)
    stmt = stmt.where(d.c.n_articles > 0)
    if kind:
        stmt = stmt.where(d.c.kind == kind)
    if q_:
        pat = like(q_)
        # the aliases matching are found once (a subquery, not one per entry: the directory
        # holds an entry per unnamed source of every article)
        aliased = select(t.aliases.c.key).where(t.aliases.c.lalias.like(pat, escape="\\"))
        stmt = stmt.where(or_(d.c.lname.like(pat, escape="\\"), d.c.key.in_(aliased)))
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
