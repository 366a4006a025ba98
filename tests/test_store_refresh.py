"""The store's per-batch refresh (docs/corpus.md, "Scale"): an entry or quote cluster that only
gained rows is updated from the batch's rows, with the counters, names and first appearances a
full recount gives, and at a cost that does not grow with the entry. Sentences are invented."""

from __future__ import annotations

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


def _rec(rid: str, people: list[tuple[str, str]], day: str | None, outlet: str = "Wire") -> Record:
    """An article citing ``people`` (name, quote or content), on ``day``."""
    return checked(
        make_record(
            rid,
            [(n, "person", "said", c) for n, c in people],
            outlet=outlet,
            published=day,
            title=f"Harbour toll {rid}",
        )
    )


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
