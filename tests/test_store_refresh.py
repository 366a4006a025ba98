"""The store's per-batch refresh (docs/corpus.md, "Scale"): an entry or quote cluster that only
gained rows is updated from the batch's rows, with the counters, names and first appearances a
full recount gives, and at a cost that does not grow with the entry. Sentences are invented."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from newsprov.record import Record
from newsprov.store import open_store
from newsprov.store import tables as t
from newsprov.store import writer as w
from tests.conftest import checked
from tests.store_fixtures import make_record, pg_server_url, store_url  # noqa: F401, F811

Q = '"The harbour toll will rise by four dollars from the first of June."'
Q2 = '"We cannot keep the ferry running on the fares we charge today."'


def _rec(
    rid: str,
    people: list[tuple[str, str]],
    day: str | None,
    outlet: str = "Wire",
    title: str | None = "",
) -> Record:
    """An article citing ``people`` (name, quote or content), on ``day``; titled "Harbour toll
    <id>" unless ``title`` is given (None: untitled)."""
    rec = make_record(
        rid,
        [(n, "person", "said", c) for n, c in people],
        outlet=outlet,
        published=day,
        title=f"Harbour toll {rid}" if title == "" else title,
    )
    if title is None:  # (make_record gives an untitled record a title of its own)
        rec = replace(rec, document=replace(rec.document, title=None))
    return checked(rec)


# batches of records filed one after the other; a second record of an id replaces it
BATCHES = [
    # a longer name in a later batch becomes the entry's name; a shorter one does not
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-02")],
     [_rec("a2", [("Ann B. Lee", Q)], "2020-05-03"), _rec("a3", [("Ann Lee", "it rains")],
                                                           "2020-05-04")]],
    # names of one length: the smaller in the database's order, whatever came first
    [[_rec("a1", [("Ann Lex", Q)], "2020-05-02")], [_rec("a2", [("Ann Lea", Q)], "2020-05-03")]],
    [[_rec("a1", [("Ann Lea", Q)], "2020-05-02")], [_rec("a2", [("Ann Lex", Q)], "2020-05-03")]],
    # a quote's first appearance: an earlier article in a later batch takes it, a later or
    # undated one does not; one day: the first filed keeps it
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-05", "Post")],
     [_rec("a2", [("Ann Lee", Q)], "2020-05-01", "Daily")],
     [_rec("a3", [("Bo Park", Q)], None, "Wire"), _rec("a4", [("Bo Park", Q)], "2020-05-09")]],
    [[_rec("a1", [("Ann Lee", Q)], None, "Post")], [_rec("a2", [("Ann Lee", Q)], None, "Daily")]],
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-05", "Post")],
     [_rec("a2", [("Ann Lee", Q)], "2020-05-05", "Daily")]],
    # a replace takes rows away (recounted), in the same batch as new rows of the same entry
    [[_rec("a1", [("Ann B. Lee", Q), ("Bo Park", Q2)], "2020-05-01")],
     [_rec("a1", [("Ann Lee", "it rains")], "2020-05-02"), _rec("a2", [("Ann Lee", Q)],
                                                                 "2020-05-06")]],
    # a bare surname settled again moves to another entry (recounted) in a later batch
    [[_rec("a1", [("Lee", Q)], "2020-05-02")],
     [_rec("a2", [("Ann Lee", Q2)], "2020-05-03")],
     [_rec("a3", [("Tom Lee", Q2)], "2020-05-04")]],
    # a story's title and days (one story: the same sentences days apart): an earlier titled
    # article in a later batch gives the title, a later, undated or untitled one does not; an
    # untitled or undated article still counts and moves the days
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-05")],
     [_rec("a2", [("Ann Lee", Q)], "2020-05-03")],
     [_rec("a3", [("Ann Lee", Q)], "2020-05-04"), _rec("a4", [("Ann Lee", Q)], None)],
     [_rec("a5", [("Ann Lee", Q)], "2020-05-01", title=None),
      _rec("a6", [("Ann Lee", Q)], "2020-05-08")]],
    # untitled first: the first titled article gives the title, whatever its day; then an
    # undated titled one does not take it from a dated one
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-02", title=None)],
     [_rec("a2", [("Ann Lee", Q)], "2020-05-06"), _rec("a3", [("Ann Lee", Q)], None)],
     [_rec("a4", [("Ann Lee", Q)], None, title="An undated title")]],
    # undated stories: the first titled by pk keeps the title; one day: the first filed keeps it
    [[_rec("a1", [("Ann Lee", Q)], None)], [_rec("a2", [("Ann Lee", Q)], None, title="Aaa")]],
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-05", title="Zed")],
     [_rec("a2", [("Ann Lee", Q)], "2020-05-05", title="Abc")]],
    # a replaced article's story is recounted, in a batch where it also gains an article
    [[_rec("a1", [("Ann Lee", Q)], "2020-05-02"), _rec("a2", [("Ann Lee", Q)], "2020-05-03")],
     [_rec("a1", [("Ann Lee", Q)], "2020-05-06", title="A new version"),
      _rec("a3", [("Ann Lee", Q)], "2020-05-07")]],
]  # fmt: skip


def _tables(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table, key in ((t.directory, "key"), (t.quotes, "id"), (t.stories, "id")):
        out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(table.c[key]))]
    return out


@pytest.mark.parametrize("batches", BATCHES)
def test_incremental_refresh_equals_a_recount(
    batches: list[list[Record]],
    store_url: str,  # noqa: F811
) -> None:
    with open_store(store_url) as st:
        for batch in batches:
            st.add_records(batch)
        with st._write() as conn:
            kept = _tables(conn)
            keys = set(conn.scalars(select(t.directory.c.key)))
            qids = set(conn.scalars(select(t.quotes.c.id)))
            stories = set(conn.scalars(select(t.stories.c.id)))
            w.refresh(conn, keys, qids, stories)  # every entry recounted from its rows
            assert _tables(conn) == kept
            assert any(n for _k, _i, _n, _kind, _l, n, _a in kept["directory"])


def _steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """SQLite virtual-machine steps (in hundreds) of each ``refresh`` call: the work done."""
    seen: list[int] = []
    real = w.refresh

    def counted(conn: Any, *args: Any, **kw: Any) -> None:
        raw = conn.connection.driver_connection
        n = [0]

        def tick() -> int:
            n[0] += 1
            return 0

        raw.set_progress_handler(tick, 100)
        try:
            real(conn, *args, **kw)
        finally:
            raw.set_progress_handler(None, 100)
        seen.append(n[0])

    monkeypatch.setattr(w, "refresh", counted)
    return seen


@pytest.mark.parametrize("incremental", [True, False])
def test_refresh_work_does_not_grow_with_the_entry(
    incremental: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """One article citing an entry (and quoting a cluster) that 10 or 300 earlier articles
    cite (a week apart: stories of their own): the incremental refresh does the same work for
    both; a full recount (the negative row) grows with the entry."""
    from datetime import date, timedelta

    real = w.refresh
    work = []
    for n in (10, 300):
        with open_store(str(tmp_path / f"{n}.db")) as st:
            st.add_records(
                [_rec(f"a{i}", [("Ann Lee", Q)], str(date(2010, 1, 1) + timedelta(days=9 * i)))
                 for i in range(n)]
            )  # fmt: skip
            if not incremental:
                monkeypatch.setattr(
                    w, "refresh", lambda c, k, q, s, *_a: real(c, k, q, s)
                )  # fmt: skip
            steps = _steps(monkeypatch)
            st.add_records([_rec("new", [("Ann Lee", Q)], "2019-01-01")])
            work.append(steps[-1])
            monkeypatch.undo()
    if incremental:
        assert work[1] <= work[0] * 1.2 + 2
    else:
        assert work[1] > work[0] * 5


@pytest.mark.parametrize("incremental", [True, False])
def test_story_refresh_work_does_not_grow_with_the_story(
    incremental: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """One article joining a story of 10 or 300 articles (the same sentences, on two days):
    the incremental refresh does the same work for both, reading the story's title from one
    index seek; a full recount of the story (the negative row) grows with it."""
    real = w.refresh
    work = []
    for n in (10, 300):
        with open_store(str(tmp_path / f"{n}.db")) as st:
            st.add_records(
                [_rec(f"a{i}", [("Ann Lee", Q)], f"2019-01-0{1 + i % 2}") for i in range(n)]
            )
            with st._read() as conn:
                assert conn.scalar(select(t.stories.c.n_articles)) == n  # one story
            if not incremental:
                monkeypatch.setattr(
                    w, "refresh", lambda c, k, q, s, a, r, _s: real(c, k, q, s, a, r, set(s))
                )
            steps = _steps(monkeypatch)
            st.add_records([_rec("new", [("Ann Lee", Q)], "2019-01-02")])
            work.append(steps[-1])
            monkeypatch.undo()
            with st._read() as conn:
                assert conn.scalar(select(t.stories.c.n_articles)) == n + 1
    if incremental:
        assert work[1] <= work[0] * 1.2 + 2
    else:
        assert work[1] > work[0] * 3


# -- rekey: re-keyed citations written in a few statements -----------------------------------
def _rekey_one_by_one(
    conn: Any, rekeyed: list[tuple[str, str, str]], records: dict[str, Record]
) -> set[str]:
    """The per-citation ``rekey`` that the batched one replaced (queries per citation), kept as
    the reference the batched one must agree with."""
    from sqlalchemy import delete, update

    from newsprov.store.linking import short_id

    last = {(aid, name): key for aid, name, key in rekeyed}
    touched: set[str] = set()
    s, at = t.sources, t.attributions
    for (aid, name), key in sorted(last.items()):
        row = conn.execute(
            select(t.articles.c.pk, t.articles.c.record).where(t.articles.c.id == aid)
        ).first()
        if row is None:
            continue
        pk = int(row.pk)
        rec = records.get(aid) or w.unpack(row.record)
        sids = [x.id for x in rec.sources if x.kind == "person" and x.name == name]
        old = set(conn.scalars(select(s.c.key).where(s.c.article_pk == pk, s.c.sid.in_(sids))))
        old -= {key}
        if not old:
            continue
        touched |= old | {key}
        conn.execute(update(s).where(s.c.article_pk == pk, s.c.sid.in_(sids)).values(key=key))
        aids = [a.id for a in rec.attributions if a.source in sids]
        if aids:
            conn.execute(
                update(at).where(at.c.article_pk == pk, at.c.aid.in_(aids)).values(source_key=key)
            )
        w.insert_ignore(conn, t.aliases, [{"key": key, "alias": name, "lalias": name.lower()}])
        entry = {"key": key, "id": short_id("src-", key), "name": name, "kind": "person",
                 "lname": name.lower(), "n_articles": 0, "n_attributions": 0}  # fmt: skip
        w.insert_ignore(conn, t.directory, [entry])
        for k in old:
            gone = ~select(s.c.article_pk).where(s.c.key == k, s.c.name == name).exists()
            conn.execute(
                delete(t.aliases).where(t.aliases.c.key == k, t.aliases.c.alias == name, gone)
            )
    return touched


def _all_rows(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in (t.sources, t.attributions, t.aliases, t.directory, t.quotes, t.stories):
        cols = [c for c in table.c if c.name != "record"]
        out[table.name] = sorted(
            (tuple(r) for r in conn.execute(select(*cols))), key=lambda r: repr(r)
        )
    return out


_TOM = _rec("tom", [("Tom Lee", Q2)], "2030-01-01")
_MICHAEL = _rec("mic", [("Michael Lee", Q2)], "2030-01-01")
# (the name n earlier articles cite, n, the batch that re-keys them, their key after it): a
# second Lee makes the bare ones ambiguous (a replaced one's new version too); a fuller given
# name keys Mike Lee anew; a batch that re-keys nothing (the negative row) writes nothing
REKEYS = [
    ("Lee", 3, [_TOM], "person:lee"),
    ("Lee", 30, [_TOM], "person:lee"),
    ("Lee", 4, [_TOM, _rec("b1", [("Lee", "it rains")], "2010-01-10")], "person:lee"),
    ("Mike Lee", 3, [_MICHAEL], "person:lee/michael"),
    ("Mike Lee", 30, [_MICHAEL], "person:lee/michael"),
    ("Lee", 4, [], "person:lee/ann"),
]


@pytest.mark.parametrize("name, n, batch, key", REKEYS)
def test_rekey_is_a_few_statements_with_the_same_rows(
    name: str,
    n: int,
    batch: list[Record],
    key: str,
    monkeypatch: pytest.MonkeyPatch,
    store_url: str,  # noqa: F811
    tmp_path: Any,
) -> None:
    """``rekey`` writes every re-keyed citation of a batch in a fixed number of statements
    (the per-citation version, the negative column, in a number that grows with them), and
    the rows are those the per-citation version writes (on SQLite, the reference)."""
    from datetime import date, timedelta

    from sqlalchemy import event

    base = [_rec("a0", [("Ann Lee", Q)], "2009-06-01")] + [
        _rec(f"b{i}", [(name, Q)], str(date(2010, 1, 1) + timedelta(days=9 * i))) for i in range(n)
    ]
    views, counts = [], []
    for impl, url in ((w.rekey, store_url), (_rekey_one_by_one, str(tmp_path / "ref.db"))):
        seen: list[int] = []

        def counted(conn: Any, *args: Any, _impl: Any = impl, _seen: list[int] = seen) -> set[str]:
            statements = [0]

            def tick(*_a: Any) -> None:
                statements[0] += 1

            event.listen(conn, "before_cursor_execute", tick)
            try:
                return _impl(conn, *args)  # type: ignore[no-any-return]
            finally:
                event.remove(conn, "before_cursor_execute", tick)
                _seen.append(statements[0])

        monkeypatch.setattr(w, "rekey", counted)
        with open_store(url) as st:
            st.add_records(base)
            seen.clear()
            st.add_records(batch)
            with st._read() as conn:
                views.append(_all_rows(conn))
                cited = conn.execute(
                    select(t.articles.c.id, t.sources.c.key).join(
                        t.articles, t.articles.c.pk == t.sources.c.article_pk
                    )
                ).all()
        monkeypatch.undo()
        counts.append(sum(seen))
        assert sorted(k for a, k in cited if a.startswith("b")) == [key] * n
    assert views[0] == views[1]
    assert counts[0] <= 7  # batched: the same few statements for 3 or 30 citations
    if batch:
        assert counts[1] >= 5 * n  # one by one: five or more per citation
    else:
        assert counts == [0, 0]


def test_migration_0005_indexes_the_story_titles_of_a_store_made_before(
    store_url: str,  # noqa: F811
) -> None:
    """A store at revision 0004 (no ``ix_articles_story_titled``) gets the index on open, and
    its stories refresh from the batch's rows as a recount has them."""
    from sqlalchemy import text

    from newsprov.store.engine import HEAD, current_revision, make_engine
    from tests.store_fixtures import downgrade_on

    with open_store(store_url) as st:
        st.add_records([_rec("a1", [("Ann Lee", Q)], "2020-05-05", title=None)])
    engine = make_engine(store_url)
    with engine.begin() as conn:
        downgrade_on(conn, "0004")
    assert current_revision(engine) == "0004"
    # (SQLAlchemy's SQLite inspector leaves expression indexes out: the catalogues are read)
    sqlite = engine.dialect.name == "sqlite"
    names = text(
        "SELECT name FROM sqlite_master WHERE type = 'index'"
        if sqlite
        else "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"
    )
    with engine.connect() as conn:
        assert "ix_articles_story_titled" not in set(conn.execute(names).scalars())
    engine.dispose()
    with open_store(store_url, create=False) as st:
        st.add_records([_rec("a2", [("Ann Lee", Q)], "2020-05-07")])
        with st._write() as conn:
            kept = _tables(conn)
            w.refresh(conn, set(), set(), set(conn.scalars(select(t.stories.c.id))))
            assert _tables(conn) == kept
            assert [r[1] for r in kept["stories"]] == ["Harbour toll a2"]
    engine = make_engine(store_url)
    try:
        assert current_revision(engine) == HEAD
        with engine.connect() as conn:
            assert "ix_articles_story_titled" in set(conn.execute(names).scalars())
    finally:
        engine.dispose()
