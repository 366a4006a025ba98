"""The store on SQLite and PostgreSQL: idempotent ingest, transactions, queries, export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsprov.errors import ConfigError, InputError, NotFoundError, StoreError
from newsprov.record import Record
from newsprov.store import open_store
from newsprov.store.engine import normalise_url
from tests.conftest import checked
from tests.store_fixtures import make_record, three_outlets

corpus = three_outlets


def test_idempotent_and_counts(store_url: str) -> None:
    recs = corpus()
    with open_store(store_url) as st:
        first = st.add_records(recs)
        assert (first.added, first.unchanged, first.failed) == (3, 0, 0)
        again = st.add_records(recs)
        assert (again.added, again.unchanged, again.failed) == (0, 3, 0)
        assert st.count_articles() == 3
        assert st.get_record("daily-1").to_dict() == recs[1].to_dict()
    # reopening keeps everything (migrations are a no-op the second time)
    with open_store(store_url) as st:
        assert st.count_articles() == 3
        assert st.add_records(recs[:1]).unchanged == 1


def test_same_id_new_content_replaces(store_url: str) -> None:
    with open_store(store_url) as st:
        st.add_records(corpus())
        changed = make_record(
            "post-1", [("Jane Roe", "person", "said", "it rained")], outlet="Post"
        )
        s = st.add_records([checked(changed)])
        assert (s.added, s.unchanged, s.replaced) == (1, 0, ["post-1"])
        assert s.line() == (
            "1 added (1 replacing a stored article with the same id), 0 unchanged, 0 failed"
        )
        assert st.count_articles() == 3
        assert st.get_record("post-1").sources[0].name == "Jane Roe"
        white = st.source("Robert White")
        assert [x["article"] for x in white["statements"]] == ["daily-1"]
        assert st.search("rained")[0]["id"] == "post-1"
        assert st.search("bloody")[0]["id"] == "daily-1"


def _rec(rid: str, content: str) -> Record:
    return checked(make_record(rid, [("Jane Roe", "person", "said", content)], outlet="Post"))


@pytest.mark.parametrize(
    ("ids", "counts", "failed_ids"),
    [
        pytest.param([("x", "a"), ("x", "b"), ("y", "c")], (2, 0, 1), ["x"], id="one-id-two-texts"),
        pytest.param([("x", "a"), ("y", "c"), ("x", "b"), ("x", "d")], (2, 0, 2), ["x", "x"],
                     id="three-times"),
        pytest.param([("x", "a"), ("x", "a"), ("y", "c")], (2, 1, 0), [], id="same-record-twice"),
        pytest.param([("x", "a"), ("y", "b")], (2, 0, 0), [], id="two-ids"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("batch", [200, 1])  # in one transaction, and across transactions
def test_one_id_twice_in_one_call_fails_the_later_alone(
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    ids: list[tuple[str, str]],
    counts: tuple[int, int, int],
    failed_ids: list[str],
    batch: int,
) -> None:
    from newsprov.store import store as store_module

    monkeypatch.setattr(store_module, "BATCH", batch)
    with open_store(store_url) as st:
        s = st.add_records([_rec(rid, f"it said {content}") for rid, content in ids])
        assert (s.added, s.unchanged, s.failed) == counts and s.replaced == []
        assert [e.split(":")[0] for e in s.errors] == failed_ids
        assert all("an earlier record of this ingest has this id" in e for e in s.errors)
        first = {rid: content for rid, content in reversed(ids)}  # the first of each id
        assert sorted(a["id"] for a in st.articles(limit=10)) == sorted(first)
        for rid, content in first.items():
            assert f"it said {content}" in st.get_record(rid).text


class _Given:
    """An item whose analysis is ``record`` (a stand-in for an article, for :class:`_Stub`)."""

    def __init__(self, origin: str, record: Record) -> None:
        self.origin = origin
        self.record = record


class _Stub:
    """An analyser that gives each item its prepared record, and each failure its error."""

    def analyze_stream(self, items: Any, progress: Any = None, total: Any = None) -> Any:
        from newsprov.analysis.pipeline import Outcome
        from newsprov.ingest import Failure

        for item in items:
            if isinstance(item, Failure):
                yield Outcome(item.origin, error=item.error)
            else:
                yield Outcome(item.origin, record=item.record)


def _broken(rid: str) -> Record:
    rec = make_record(rid, [("X", "person", "said", "y")])
    rec.attributions[0].source = "s99"
    return rec


def _item(kind: str, n: int) -> Any:
    """An item of an ingest: ``ok`` (a good record), ``same`` (the first good one again),
    ``unreadable`` (a failure before analysis), ``invalid`` (a record the store refuses) or
    ``clash`` (the first good one's id with other content)."""
    from newsprov.errors import InputError
    from newsprov.ingest import Failure

    origin = f"in-{n}"
    if kind == "unreadable":
        return Failure(origin, InputError(origin, "is empty"))
    if kind == "invalid":
        return _Given(origin, _broken(f"bad-{n}"))
    if kind == "clash":
        return _Given(origin, _rec("x-0", f"it said something else {n}"))
    if kind == "same":
        return _Given(origin, _rec("x-0", "it said 0"))
    return _Given(origin, _rec(f"x-{n}", f"it said {n}"))


@pytest.mark.parametrize(
    ("kinds", "statuses"),
    [
        pytest.param(["ok", "ok", "ok"], ["added"] * 3, id="good"),
        pytest.param(["unreadable", "invalid"], ["failed", "failed"], id="bad"),
        pytest.param(["ok", "unreadable", "same", "invalid", "clash", "ok"],
                     ["added", "failed", "unchanged", "failed", "failed", "added"], id="mixed"),
        pytest.param([], [], id="nothing"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("batch", [200, 1])  # in one transaction, and across transactions
def test_ingest_reports_each_item_by_its_index(
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    kinds: list[str],
    statuses: list[str],
    batch: int,
) -> None:
    from newsprov.store import IngestOutcome
    from newsprov.store import store as store_module

    monkeypatch.setattr(store_module, "BATCH", batch)
    told: list[IngestOutcome] = []
    items = [_item(kind, n) for n, kind in enumerate(kinds)]
    with open_store(store_url) as st:
        s = st.ingest(items, _Stub(), report=told.append)  # type: ignore[arg-type]
        assert sorted(o.index for o in told) == list(range(len(kinds)))
        by_index = sorted(told, key=lambda o: o.index)
        assert [o.status for o in by_index] == statuses
        assert [o.origin for o in by_index] == [f"in-{n}" for n in range(len(kinds))]
        for o, kind in zip(by_index, kinds, strict=True):
            assert o.stored == (o.status != "failed")
            assert (o.reason is None) == o.stored
            assert o.id == (None if kind == "unreadable" else items[o.index].record.id)
        # the hook and the summary say the same
        assert s.added == statuses.count("added")
        assert s.unchanged == statuses.count("unchanged")
        assert s.failed == statuses.count("failed")
        failed = [o for o in by_index if not o.stored]
        assert sorted(s.errors) == sorted(f"{o.id or o.origin}: {o.reason}" for o in failed)
        for o in by_index:
            if o.stored:
                assert st.get_record(str(o.id)).text == items[o.index].record.text


def test_ingest_reports_a_replaced_article(store_url: str) -> None:
    from newsprov.store import IngestOutcome

    with open_store(store_url) as st:
        st.add_records([_rec("x-0", "it said 0")])
        told: list[IngestOutcome] = []
        s = st.ingest([_item("clash", 1)], _Stub(), report=told.append)  # type: ignore[arg-type]
        assert s.replaced == ["x-0"]
        assert told == [IngestOutcome(0, "in-1", "x-0", "replaced")]


@pytest.mark.parametrize(
    ("kinds", "fates"),
    [
        pytest.param(["ok", "invalid"], [(0, "added"), (1, "failed")], id="invalid"),
        pytest.param(["ok", "same", "clash"], [(0, "added"), (1, "unchanged"), (2, "failed")],
                     id="repeats"),
    ],
)  # fmt: skip
def test_add_records_tells_each_records_fate(
    store_url: str, kinds: list[str], fates: list[tuple[int, str]]
) -> None:
    told: list[tuple[int, str, str | None]] = []
    recs = [_item(kind, n).record for n, kind in enumerate(kinds)]
    with open_store(store_url) as st:
        s = st.add_records(recs, fate=lambda *f: told.append(f))
    assert [(pos, status) for pos, status, _ in told] == fates
    assert [reason for _, status, reason in told if status == "failed"] == [
        e.split(": ", 1)[1] for e in s.errors
    ]


def test_invalid_record_is_reported_and_skipped(store_url: str) -> None:
    bad = make_record("bad", [("X", "person", "said", "y")])
    bad.attributions[0].source = "s99"
    with open_store(store_url) as st:
        s = st.add_records([bad, *corpus()])
        assert (s.added, s.failed) == (3, 1)
        assert "bad" in s.errors[0] and "unknown source" in s.errors[0]
        with pytest.raises(NotFoundError):
            st.get_record("bad")


def test_articles_listing_and_filters(store_url: str) -> None:
    with open_store(store_url) as st:
        st.add_records(corpus())
        rows = st.articles()
        assert [r["id"] for r in rows] == ["post-1", "daily-1", "wire-1"]
        assert set(rows[0]) == {
            "id",
            "title",
            "outlet",
            "published",
            "url",
            "attributions",
            "sources",
            "story",
        }
        assert [r["id"] for r in st.articles(outlet="daily")] == ["daily-1"]
        assert [r["id"] for r in st.articles(since="2020-03-28")] == ["post-1", "daily-1"]
        assert [r["id"] for r in st.articles(until="2020-03-27")] == ["wire-1"]
        assert [r["id"] for r in st.articles(source_kind="outlet")] == ["daily-1"]
        assert [r["id"] for r in st.articles(limit=1, offset=1)] == ["daily-1"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tolerate attacks", {"wire-1", "daily-1"}),
        ("BLOODY", {"daily-1", "post-1"}),
        ("counterproductive campaign", {"daily-1", "post-1"}),
        ("earthquake", set()),  # negative: no article mentions it
        # negative: no words at all, refused (InputError) as the CLI and the HTTP API refuse it
        ("!!!", None),
    ],
)
def test_full_text_search(store_url: str, query: str, expected: set[str] | None) -> None:
    with open_store(store_url) as st:
        st.add_records(corpus())
        if expected is None:
            with pytest.raises(InputError, match="no word to search for"):
                st.search(query)
            return
        hits = st.search(query)
        assert {h["id"] for h in hits} == expected
        for h in hits:
            assert set(h) == {"id", "title", "outlet", "published", "snippet"} and h["snippet"]


def test_sources_directory(store_url: str) -> None:
    with open_store(store_url) as st:
        st.add_records(corpus())
        rows = st.sources()
        for row in rows:
            assert set(row) == {"id", "name", "kind", "articles", "attributions"}
        white = next(r for r in rows if r["name"] == "Robert White")
        assert white["articles"] == ["daily-1", "post-1"] and white["attributions"] == 2
        # "Pompeo" and "Mike Pompeo" are one entry, named by its fullest name
        pompeo = st.source("Pompeo")
        assert pompeo == st.source("mike pompeo")
        assert pompeo["name"] == "Mike Pompeo" and pompeo["aliases"] == ["Mike Pompeo", "Pompeo"]
        assert [x["article"] for x in pompeo["statements"]] == ["wire-1", "daily-1"]
        assert [r["name"] for r in rows[:2]] == ["Mike Pompeo", "Robert White"]  # most cited first
        assert [r["name"] for r in st.sources(kind="outlet")] == ["The New York Times"]
        assert [r["name"] for r in st.sources(q="white")] == ["Robert White"]
        assert {r["name"] for r in st.sources(outlet="Post")} == {"Robert White"}
        one = st.source("robert white")
        assert one == st.source(white["id"])
        assert one["outlets"] == ["Daily", "Post"]
        assert [s["published"] for s in one["statements"]] == ["2020-03-28", "2020-03-29"]
        nested = one["statements"][0]
        assert nested["chain"] == ["Robert White", "The New York Times"]
        assert nested["form"] == "direct" and nested["cue"] == "warned"
        assert "bloody" in nested["content"]
        with pytest.raises(NotFoundError):
            st.source("Nobody At All")


def test_quotes_and_relays(store_url: str) -> None:
    with open_store(store_url) as st:
        st.add_records(corpus())
        qs = st.quotes(text="not tolerate")
        assert len(qs) == 1
        q = qs[0]
        assert q["appearances"] == 2 and q["outlets"] == ["Daily", "Wire"]
        assert q["first_publisher"] == {
            "article": "wire-1",
            "outlet": "Wire",
            "published": "2020-03-27",
        }
        full = st.quote(q["id"])
        assert [x["article"] for x in full["appearances"]] == ["wire-1", "daily-1"]
        assert st.quotes(text="no such words anywhere") == []
        assert st.quotes(text="%") == [] and st.quotes(text="_") == []  # wildcards are literal
        assert st.sources(q="%") == [] and st.sources(q="\\") == []
        assert {x["id"] for x in st.quotes(outlet="post")} == {st.quotes(text="bloody")[0]["id"]}
        with pytest.raises(NotFoundError):
            st.quote("q-missing")
        edges = st.relays()
        assert [(e["from_article"], e["from_outlet"], e["to_outlet"]) for e in edges] == [
            ("daily-1", "Daily", "The New York Times")
        ]
        assert edges[0]["attributions"] == 2
        assert st.relays(outlet="Wire") == []


def test_sample_article_round_trip(store_url: str, sample_record: Record) -> None:
    with open_store(store_url) as st:
        assert st.add_records([sample_record]).added == 1
        got = checked(st.get_record(sample_record.id))
        assert got.to_dict() == sample_record.to_dict()
        assert st.search("Pentagon escalation")[0]["id"] == sample_record.id
        for src in sample_record.sources:
            assert st.source(src.name)["name"]


def test_failed_batch_leaves_no_half_article(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsprov.store.writer as w

    recs = corpus()
    calls = {"n": 0}
    real = w.write_relays

    def flaky(conn, relays, pks):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            conn.exec_driver_sql("INSERT INTO no_such_table VALUES (1)")
        return real(conn, relays, pks)

    with open_store(store_url) as st:
        monkeypatch.setattr(w, "write_relays", flaky)
        with pytest.raises(StoreError, match="writing a batch failed"):
            st.add_records(recs)
        assert st.count_articles() == 0
        assert st.sources() == [] and st.search("tolerate") == []
        monkeypatch.setattr(w, "write_relays", real)
        assert st.add_records(recs).added == 3
        assert st.quotes(text="not tolerate")[0]["appearances"] == 2


def test_export_jsonl_and_parquet(store_url: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    recs = corpus()
    with open_store(store_url) as st:
        st.add_records(recs)
        n = st.export_jsonl(tmp_path / "all.jsonl")
        assert n == 3
        lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
        assert sorted(json.loads(x)["id"] for x in lines) == ["daily-1", "post-1", "wire-1"]
        for x in lines:
            checked(Record.from_dict(json.loads(x)))
        files = st.export_parquet(tmp_path / "pq")
        names = {p.name for p in files}
        assert {"articles.parquet", "sources.parquet", "attributions.parquet"} <= names
        arts = pq.read_table(tmp_path / "pq" / "articles.parquet").to_pylist()
        assert sorted(a["id"] for a in arts) == ["daily-1", "post-1", "wire-1"]
        atts = pq.read_table(tmp_path / "pq" / "attributions.parquet")
        assert atts.num_rows == sum(len(r.attributions) for r in recs)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("news.db", "sqlite:///news.db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_url_forms(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        " ",
        "mysql://u@h/db",
        "postgresql+psycopg2://u@h/db",
        "sqlite:///",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:x",
        "postgresql://a:b@[::1",
        "postgresql://a:b@h:port/db",
    ],
)
def test_bad_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError):
        normalise_url(url)
    with pytest.raises(ConfigError):
        open_store(url)  # "" too: it opened the default store, ./newsprov.db


@pytest.mark.parametrize("name", ["none.db", "empty.db"])
def test_read_only_open_needs_a_store(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "empty.db":
        path.write_bytes(b"")
    with pytest.raises(StoreError, match="not a newsprov store|no store here"):
        open_store(str(path), create=False)
    assert path.exists() == (name == "empty.db")
    assert not path.exists() or path.read_bytes() == b""


def test_unreachable_postgres_is_a_store_error() -> None:
    with pytest.raises(StoreError) as err:
        open_store("postgresql://nobody:secret@127.0.0.1:9/none?connect_timeout=2")
    assert str(err.value).startswith(
        "postgresql://nobody:***@127.0.0.1:9/none?connect_timeout=2: no PostgreSQL server "
        "answers at 127.0.0.1:9 (connection refused): start it, or check the URL's host and port"
    )
    assert "secret" not in str(err.value)


#: psycopg's first line for a connection that failed, and what newsprov says of it: the cause
#: first and the way out (it said "cannot open or migrate the store: connection failed:
#: connection to server at ..., port 5432 failed: FATAL:  database "news" does not exist").
CONNECT_PROBLEMS = [
    (
        "postgresql://ann@db.example:5433/news",
        'connection failed: connection to server at "10.0.0.5", port 5433 failed: FATAL:  '
        'database "news" does not exist',
        "the PostgreSQL server has no database 'news': create it first "
        "(`createdb -h db.example -p 5433 -U ann news`), then run the command again",
    ),
    (
        "postgresql:///news",
        'connection failed: FATAL:  database "news" does not exist',
        "has no database 'news': create it first (`createdb news`)",
    ),
    (
        "postgresql://bob@h/news",
        'connection failed: connection to server at "h", port 5432 failed: FATAL:  role "bob" '
        "does not exist",
        "the PostgreSQL server knows no user 'bob' (check the user in the URL)",
    ),
    (
        "postgresql://bob:pw@h/news",
        'connection failed: ... failed: FATAL:  password authentication failed for user "bob"',
        "refused the login of user 'bob' (check the password)",
    ),
    (
        "postgresql://bob@h/news",
        "connection failed: ... failed: fe_sendauth: no password supplied",
        "refused the login of user 'bob'",
    ),
    (
        "postgresql://bob@nowhere.invalid/news",
        "failed to resolve host 'nowhere.invalid': [Errno -2] Name or service not known",
        "the host 'nowhere.invalid' cannot be found (check the URL's host)",
    ),
    (
        "postgresql://bob@127.0.0.1:1/news",
        'connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused',
        "no PostgreSQL server answers at 127.0.0.1:1 (connection refused)",
    ),
    (
        "postgresql:///news",
        'connection is bad: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" '
        "failed: No such file or directory",
        "no PostgreSQL server answers on this machine's socket /var/run/postgresql/.s.PGSQL.5432",
    ),
    # negative: not a connection failure: the caller's own words stand
    ("postgresql://bob@h/news", 'relation "articles" already exists', None),
    ("postgresql://bob@h/news", "permission denied for schema public", None),
]


@pytest.mark.parametrize(("url", "said", "expected"), CONNECT_PROBLEMS)
def test_connect_problem(url: str, said: str, expected: str | None) -> None:
    from newsprov.store.engine import connect_problem, safe_url

    got = connect_problem(url, said)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.startswith(f"{safe_url(url)}: ") and expected in got
        assert "\n" not in got and "pw" not in got.split(": ", 1)[1]


def _pg_database(server: str, tables: list[str]) -> str:
    """A new database on the test server holding ``tables`` (one column each)."""
    import psycopg

    from tests.store_fixtures import fresh_pg_database

    url = fresh_pg_database(server)
    with psycopg.connect(url, autocommit=True) as conn:
        for name in tables:
            conn.execute(f"CREATE TABLE {name} (id int)")
    return url


def _pg_tables(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
    return [r[0] for r in rows]


@pytest.mark.pg
@pytest.mark.parametrize(
    ("tables", "create", "lazy", "message"),
    [
        # newsprov added its tables among another application's (customers), or failed half-way
        # on one of the same name, "relation "articles" already exists"
        (["customers"], True, False, "database of something else (tables customers)"),
        (["articles", "customers"], True, True, "(tables articles, customers), not a newsprov"),
        (["customers"], False, False, "not a newsprov store; left untouched"),
        # an empty database: no store to query, named with its URL (it said "--db URL")
        ([], False, False, "no newsprov store in this database (run `newsprov ingest PATH --db"),
        # negative: an empty database becomes a store when one may be made
        ([], True, False, None),
        ([], True, True, None),
    ],
)
def test_a_postgresql_database_of_something_else_is_left_untouched(
    pg_server_url: str, tables: list[str], create: bool, lazy: bool, message: str | None
) -> None:
    url = _pg_database(pg_server_url, tables)
    if message is None:
        with open_store(url, create=create, lazy=lazy) as st:
            st.add_records(three_outlets())
            assert st.count_articles() == 3
        assert "articles" in _pg_tables(url) and "alembic_version" in _pg_tables(url)
        return
    with pytest.raises(StoreError) as err:
        open_store(url, create=create, lazy=lazy)
    assert message in str(err.value) and str(err.value).startswith(url)
    assert f"--db {url}`" in str(err.value) or tables
    assert _pg_tables(url) == sorted(tables)


@pytest.mark.pg
def test_a_missing_postgresql_database_is_named_with_the_way_out(pg_server_url: str) -> None:
    url = pg_server_url.rsplit("/", 1)[0] + "/no_such_newsprov_db"
    for create in (True, False):
        with pytest.raises(StoreError) as err:
            open_store(url, create=create, lazy=create)
        said = str(err.value)
        assert said.startswith(
            f"{url}: the PostgreSQL server has no database 'no_such_newsprov_db'"
        )
        assert "`createdb -h 127.0.0.1 -p " in said and "-U postgres no_such_newsprov_db`" in said


def test_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "x.db"))


PARTS = [
    (
        "Robert White",
        "person",
        "warned",
        '"The campaign in Anbar province could be bloody and counterproductive for Kataib'
        ' Hezbollah."',
    ),
    (
        "Mark Esper",
        "person",
        "said",
        "the Pentagon had ordered planning for an escalation against Kataib Hezbollah in Anbar",
    ),
]


def lineage() -> tuple[Record, Record, Record]:
    orig = make_record(
        "nyt-1", PARTS, outlet="The New York Times", published="2020-03-27",
        title="Pentagon Orders Planning for Escalation in Iraq",
    )  # fmt: skip
    relay = make_record(
        "daily-1", PARTS, outlet="Daily", published="2020-03-28", relay="The New York Times",
        title="Pentagon plans Iraq escalation, NYT says",
    )  # fmt: skip
    quake = make_record(
        "quake-1",
        [("Ana Lopez", "person", "said",
          '"The earthquake in Chile destroyed three hundred homes near Valparaiso."')],
        outlet="Post", published="2020-03-28", title="Earthquake hits Chile",
    )  # fmt: skip
    return checked(orig), checked(relay), checked(quake)


def test_stories_quotes_relays_across_sessions(store_url: str) -> None:
    """The relay arrives first; its original arrives in a later session and is linked back."""
    orig, relay, quake = lineage()
    with open_store(store_url) as st:
        st.add_records([relay, quake])
        assert [(e["from_article"], e["to_article"]) for e in st.relays()] == [("daily-1", None)]
    with open_store(store_url) as st:  # the corpus state comes back from the store
        st.add_records([orig])
        stories = st.stories()
        assert sorted(s["articles"] for s in stories) == [["nyt-1", "daily-1"], ["quake-1"]]
        both = next(s for s in stories if len(s["articles"]) == 2)
        assert both["title"] == orig.document.title  # the earliest article's title
        assert both["outlets"] == ["Daily", "The New York Times"]
        assert (both["first_published"], both["last_published"]) == ("2020-03-27", "2020-03-28")
        full = st.story(both["id"])
        assert [x["article"] for x in full["timeline"]] == ["nyt-1", "daily-1"]
        (edge,) = st.relays()
        assert edge["to_article"] == "nyt-1" and full["relays"] == [edge]
        assert edge["aligned"], "copied passages are aligned"
        for pair in edge["aligned"]:
            (fa, fb), (ta, tb) = pair["from"], pair["to"]
            assert relay.text[fa:fb] == orig.text[ta:tb]
        (q,) = st.quotes(text="counterproductive")
        assert q["speaker"] == "Robert White" and q["appearances"] == 2
        assert q["first_publisher"]["article"] == "nyt-1"
        assert st.quotes(text="earthquake")[0]["first_publisher"]["outlet"] == "Post"


@pytest.mark.parametrize(
    "sessions",
    [
        [["nyt-2", "daily-1", "nyt-1"]],  # the follow-up first, the original last: one batch
        [["nyt-2", "daily-1"], ["nyt-1"]],  # the original in a later session
        [["nyt-1", "daily-1", "nyt-2"]],  # the original first: the follow-up changes nothing
        [["daily-1"], ["nyt-2"]],  # negative row: only the follow-up, of a later day
    ],
)
def test_relay_is_linked_to_the_original_in_any_arrival_order(
    store_url: str, sessions: list[list[str]]
) -> None:
    """The NYT's follow-up (30 March) is not what the relay (28 March) relays; when the
    original (27 March) arrives after it, the edge is re-linked to the original."""
    orig, relay, _ = lineage()
    follow = make_record(
        "nyt-2", PARTS, outlet="The New York Times", published="2020-03-30",
        title="Pentagon Orders Planning for Escalation in Iraq",
    )  # fmt: skip
    recs = {"nyt-1": orig, "daily-1": relay, "nyt-2": checked(follow)}
    for ids in sessions:
        with open_store(store_url) as st:
            st.add_records([recs[i] for i in ids])
    with open_store(store_url) as st:
        (edge,) = st.relays()
        linked = any("nyt-1" in ids for ids in sessions)
        assert edge["to_article"] == ("nyt-1" if linked else None)
        assert bool(edge["aligned"]) is linked
        for pair in edge["aligned"] or []:
            (fa, fb), (ta, tb) = pair["from"], pair["to"]
            assert relay.text[fa:fb] == orig.text[ta:tb]


@pytest.mark.parametrize("keep", [0, 2, 4])
def test_relays_to_a_replaced_article_are_aligned_again(store_url: str, keep: int) -> None:
    """An edge aligned with the relayed article kept the passages' offsets of its old text
    when that article was replaced: "to" pointed at other words. The edge is aligned with the
    new text now (``keep`` of the original's statements survive the update; none: nothing
    aligns)."""
    orig, relay, _ = lineage()
    with open_store(store_url) as st:
        st.add_records([orig, relay])
        assert st.relays()[0]["aligned"]
        update = make_record(
            "nyt-1",
            [("Dana Whitfield", "person", "said", "an unrelated correction was appended")]
            + PARTS[:keep],
            outlet="The New York Times",
            published="2020-03-27",
        )
        assert st.add_records([checked(update)]).replaced == ["nyt-1"]
        (edge,) = st.relays()
        assert edge["to_article"] == "nyt-1"
        new_text = st.get_record("nyt-1").text
        assert bool(edge["aligned"]) == bool(keep)
        for pair in edge["aligned"]:
            (fa, fb), (ta, tb) = pair["from"], pair["to"]
            assert relay.text[fa:fb] == new_text[ta:tb]


def test_merged_stories_move_their_articles(store_url: str) -> None:
    """When a later article merges two stories, the store moves the earlier articles: their
    story ids, the stories' counters and titles, and the relay that was waiting is linked."""
    from newsprov.store.corpus_adapter import CorpusLinker

    orig, relay, quake = lineage()
    with open_store(store_url) as st:
        linker = CorpusLinker(None, st._text_of)
        linker.index.stories.threshold = 1.01  # no pair reaches it: one story each
        st.use_linker(linker)
        st.add_records([relay, orig, quake])
        assert len(st.stories()) == 3 and st.relays()[0]["to_article"] is None
        linker.index.stories.threshold = 0.18
        st.add_records([checked(make_record(
            "wire-1", PARTS, outlet="Wire", published="2020-03-28",
            title="Pentagon Orders Planning for Escalation in Iraq, NYT says",
        ))])  # fmt: skip
        stories = st.stories()
        assert sorted(s["articles"] for s in stories) == [
            ["nyt-1", "daily-1", "wire-1"],
            ["quake-1"],
        ]
        both = next(s for s in stories if len(s["articles"]) == 3)
        assert both["title"] == orig.document.title
        assert st.overview()["stories"] == 2  # the emptied story is not counted
        (edge,) = st.relays()
        assert (edge["from_article"], edge["to_article"]) == ("daily-1", "nyt-1")


def test_readers_run_beside_a_write(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader in another thread is not blocked by an open write and sees only committed data."""
    import threading

    import newsprov.store.writer as w

    seen: list[int] = []
    real = w.write_relays

    with open_store(store_url) as st:
        st.add_records(corpus()[:1])

        def peek(conn, relays, pks):  # type: ignore[no-untyped-def]
            t = threading.Thread(target=lambda: seen.append(st.count_articles()))
            t.start()
            t.join(timeout=20)
            return real(conn, relays, pks)

        monkeypatch.setattr(w, "write_relays", peek)
        st.add_records(corpus()[1:])
        assert seen == [1] and st.count_articles() == 3


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://ann:secret@db.example/news", "postgresql://ann:***@db.example/news"),
        ("postgresql://ann:p@ss@db.example/news", "postgresql://ann:***@db.example/news"),
        # no password: nothing to hide, and none is suggested
        ("postgresql://ann@db.example/news", "postgresql://ann@db.example/news"),
        ("postgresql://db.example/news?user=a@b", "postgresql://db.example/news?user=a@b"),
        ("postgresql://db.example/news", "postgresql://db.example/news"),
        ("/tmp/x@y/news.db", "/tmp/x@y/news.db"),
        ("sqlite:////tmp/x@y/news.db", "sqlite:////tmp/x@y/news.db"),
    ],
)
def test_urls_are_shown_without_their_password(url: str, shown: str) -> None:
    from newsprov.store.engine import safe_url

    assert safe_url(url) == shown


@pytest.mark.parametrize(
    ("name", "create", "said"),
    [
        ("refused/x.db", True, "cannot read it (Permission denied)"),  # was an internal error
        ("refused/x.db", False, "cannot read it (Permission denied)"),
        ("gone/x.db", False, "no store here"),  # a plainly missing one keeps its message
    ],
)
def test_a_store_path_whose_status_is_refused_is_a_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, create: bool, said: str
) -> None:
    """A --db under a folder whose status the system refuses even to root (``/proc/1/cwd``)."""
    from newsprov.store.engine import check_sqlite_file

    real_stat = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> Any:
        if "refused" in self.parts:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(StoreError) as err:
        check_sqlite_file(str(tmp_path / name), create)
    assert str(err.value) == f"{tmp_path / name}: {said}" or said == "no store here"
    assert said in str(err.value)


@pytest.mark.parametrize(
    ("raised", "said"),
    [
        (
            sqlite3.OperationalError("database is locked"),
            "database is locked (another process held the store's write lock for over 10 s; "
            "nothing of this batch was stored: try again when that process is done)",
        ),
        (sqlite3.OperationalError("disk I/O error"), "disk I/O error"),  # no hint to give
        (sqlite3.OperationalError("attempt to write a readonly database"),
         "attempt to write a readonly database"),
    ],
)  # fmt: skip
def test_a_write_failure_says_what_to_do_about_a_held_lock(raised: Exception, said: str) -> None:
    """A second writer past SQLite's busy timeout read "writing a batch failed: database is
    locked" alone."""
    from newsprov.store.store import write_failure

    assert write_failure(raised) == said
