"""The source directory's name filter (``sources(q=...)``, ``count_sources(q=...)``) and the
lookup of a source by a word of its name, answered from the names' trigram index (revision
``0004``: FTS5 ``trigram`` on SQLite, ``pg_trgm`` on PostgreSQL) with the same meaning as the
scan it replaced: a piece of a name or alias anywhere in it, in any case, any quotation mark
for any other, ``%`` and ``_`` taken literally; on both store backends, and on SQLite with the
index and without it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from newsprov.errors import AmbiguousError, InputError, NotFoundError
from newsprov.store import open_store, selects
from newsprov.store.selects import trigram_match
from tests.conftest import checked
from tests.store_fixtures import downgrade_on, make_record

OBRIEN = "SEÁN O’BRIEN"  # the entry's name: its longest, first in byte order of those
POMPEO = "Secretary Pompeo"
ALL = [OBRIEN, POMPEO, "50% Club", "500 Club", "Ben Rogers", "Ben_Rogers"]


def named_records() -> list[Any]:
    """One person named three ways in three articles (aliases "Mike Pompeo", "Pompeo"), one
    written with a typographic apostrophe, a straight one and in capitals, and names holding
    LIKE's wildcards ``%`` and ``_`` beside names without them."""
    return [
        checked(
            make_record(
                "n-1",
                [
                    ("Mike Pompeo", "person", "said", "plans exist"),
                    ("Seán O’Brien", "person", "said", "it rains"),
                ],
                outlet="Wire",
            )
        ),
        checked(
            make_record(
                "n-2",
                [
                    ("Pompeo", "person", "said", "plans exist"),
                    ("Sean O'Brien", "person", "said", "it pours"),
                    ("Ben_Rogers", "person", "said", "the road is shut"),
                    ("50% Club", "organization", "said", "dues rise"),
                ],
                outlet="Daily",
            )
        ),
        checked(
            make_record(
                "n-3",
                [
                    ("Secretary Pompeo", "person", "said", "plans exist"),
                    (OBRIEN, "person", "said", "it snows"),
                    ("Ben Rogers", "person", "said", "the road is open"),
                    ("500 Club", "organization", "said", "dues fall"),
                ],
                outlet="Post",
            )
        ),
    ]


@pytest.fixture(params=["indexed", "scan"])
def st(request: pytest.FixtureRequest, store_url: str) -> Iterator[Any]:
    """The named store, its name filter answered from the trigram index (``indexed``: SQLite's
    FTS5 table, PostgreSQL's ``pg_trgm`` indexes) or by the scan that answers where there is no
    index (``scan``)."""
    with open_store(store_url) as store:
        assert store.add_records(named_records()).failed == 0
        if request.param == "scan":
            store._trigram_index = False
            if store.backend == "postgresql":
                with store._write() as conn:
                    conn.execute(text("DROP INDEX IF EXISTS ix_directory_lname_trgm"))
                    conn.execute(text("DROP INDEX IF EXISTS ix_aliases_lalias_trgm"))
        yield store


def test_the_store_has_its_names_index(store_url: str) -> None:
    """SQLite (3.34 or newer, as here) gets the FTS5 table and uses it; PostgreSQL gets the
    ``pg_trgm`` indexes when the server has the extension (Debian's PostgreSQL ships it)."""
    with open_store(store_url) as store:
        store.add_records(named_records())
        with store._read() as conn:
            if store.backend == "sqlite":
                assert store._trigram_index is True
                n = conn.execute(text("SELECT count(*) FROM source_names")).scalar()
                aliases = conn.execute(text("SELECT count(*) FROM aliases")).scalar()
                # every alias, and the one name that is none of them: SQLite's lower() keeps
                # "Á" in "seÁn o’brien", the aliases are lower-cased by Python
                assert (aliases, n) == (10, 11)
                return
            available = conn.execute(
                text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            ).first()
            indexes = set(
                conn.execute(
                    text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")
                ).scalars()
            )
    if not available:
        pytest.skip("this PostgreSQL server has no pg_trgm: the filter scans")
    assert indexes == {"ix_directory_lname_trgm", "ix_aliases_lalias_trgm"}
    assert store._trigram_index is True


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("pompeo", [POMPEO]),
        ("POMPEO", [POMPEO]),  # any case
        ("PomPeo", [POMPEO]),
        ("mike", [POMPEO]),  # an alias only: the entry's name is "Secretary Pompeo"
        ("mike pompeo", [POMPEO]),
        ("secretary pompeo", [POMPEO]),
        ("o'brien", [OBRIEN]),  # a straight apostrophe finds the typographic one
        ("o’brien", [OBRIEN]),  # and the typographic one the straight one
        ("O`BRIEN", [OBRIEN]),  # any quotation mark for any other
        ("o'b", [OBRIEN]),  # pieces too short for the index: scanned
        ("n o'b", [OBRIEN]),  # a piece of three characters, with a space
        ("sean", [OBRIEN]),  # the alias "Sean O'Brien"
        ("seán", [OBRIEN]),
        ("SEÁN", [OBRIEN]),
        ("ben", ["Ben Rogers", "Ben_Rogers"]),  # the list's order: articles, then name
        ("rogers", ["Ben Rogers", "Ben_Rogers"]),
        ("ben_r", ["Ben_Rogers"]),  # "_" is an underscore, not any character
        ("_", ["Ben_Rogers"]),
        ("ben r", ["Ben Rogers"]),
        ("club", ["50% Club", "500 Club"]),
        (" club", ["50% Club", "500 Club"]),  # spaces are kept
        ("ub", ["50% Club", "500 Club"]),
        ("50%", ["50% Club"]),  # "%" is a percent sign, not any run of characters
        ("0% c", ["50% Club"]),
        ("%", ["50% Club"]),
        ("'", ALL),  # a quotation mark alone stands for any one character
        (None, ALL),  # no filter
        # negatives
        ("", None),  # refused: InputError (it was no filter in Python, a 422 in the API)
        ("   ", None),  # refused: it kept the names holding three spaces
        ("zzz", []),
        ("  club", []),  # two spaces are two spaces
        ("5%0", []),
        ("b%n", []),
        ("b_n", []),
        ("pompeo o", []),  # two names' words together are no name
        ("obrien", []),  # the apostrophe stands for one character, not none
        ("mike  pompeo", []),
        ("secretary mike", []),
    ],
)
def test_the_name_filter(st: Any, q: str | None, expected: list[str] | None) -> None:
    """``sources(q=...)`` lists the entries whose name or an alias holds ``q``, in the list's
    order, and ``count_sources(q=...)`` counts them, on every path (``None``: a blank ``q``
    is refused by both)."""
    if expected is None:
        for call in (st.sources, st.count_sources):
            with pytest.raises(InputError, match="is blank"):
                call(q=q)
        return
    listed = st.sources(q=q, limit=100)
    assert [x["name"] for x in listed] == expected
    assert st.count_sources(q=q) == len(expected)
    assert [x["id"] for x in st.sources(q=q, limit=100, article_ids=False)] == [
        x["id"] for x in listed
    ]
    if len(expected) > 1:  # paged in ones
        assert [st.sources(q=q, limit=1, offset=i)[0]["name"] for i in range(len(expected))] == (
            expected
        )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"q": "club", "kind": "organization"}, ["50% Club", "500 Club"]),
        ({"q": "club", "kind": "person"}, []),
        ({"q": "ben", "outlet": "Daily"}, ["Ben_Rogers"]),
        ({"q": "o'brien", "outlet": "Post"}, [OBRIEN]),
        ({"q": "club", "outlet": "Wire"}, []),
    ],
)
def test_the_name_filter_with_the_others(
    st: Any, filters: dict[str, str], expected: list[str]
) -> None:
    assert [x["name"] for x in st.sources(limit=100, **filters)] == expected
    assert st.count_sources(**filters) == len(expected)


@pytest.mark.parametrize(
    ("key", "found"),
    [
        ("Rogers", "Ben Rogers"),  # a word of a name ("Ben_Rogers" has no word "rogers")
        ("mike", POMPEO),  # a word of an alias
        ("SECRETARY", POMPEO),
        ("O’Brien", OBRIEN),  # any apostrophe, on the word's own
        ("o`brien", OBRIEN),
        ("sean o'brien", OBRIEN),  # an alias, whole
        ("Ben_Rogers", "Ben_Rogers"),
        # negatives
        ("brien", None),  # not a word of any name
        ("rog", None),
        ("ben_", None),
        ("%", None),
        ("mike secretary", None),
    ],
)
@pytest.mark.parametrize("common", [False, True])
def test_a_source_by_a_word_of_its_name(
    st: Any, key: str, found: str | None, common: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word few names hold is looked up from the index, a common one (here: any, with
    ``COMMON`` at 1) by walking the directory most-cited first: the same answers."""
    if common:
        monkeypatch.setattr(selects, "COMMON", 1)
    if found is None:
        with pytest.raises(NotFoundError):
            st.source(key)
    else:
        assert st.source(key)["name"] == found


def test_a_word_several_sources_bear_names_none(st: Any) -> None:
    with pytest.raises(AmbiguousError) as err:
        st.source("club")
    assert [c["name"] for c in err.value.candidates] == ["50% Club", "500 Club"]
    assert st.source("ben")["name"] == "Ben Rogers"  # "Ben_Rogers" has no word "ben"


def test_later_names_are_found(st: Any) -> None:
    """The index takes each new alias, entry and name with the write that stores it."""
    assert st.sources(q="ellington") == []
    more = [
        checked(make_record("n-4", [("Duke Ellington", "person", "said", "it swings")])),
        checked(make_record("n-5", [("Ellington", "person", "said", "it swings")])),
        checked(make_record("n-6", [("Pompeo’s aide", "person", "said", "no comment")])),
    ]
    assert st.add_records(more).failed == 0
    assert [x["name"] for x in st.sources(q="ellington")] == ["Duke Ellington"]
    assert st.count_sources(q="DUKE") == 1
    assert [x["name"] for x in st.sources(q="pompeo's")] == ["Pompeo’s aide"]
    # a new version of an article: its names stay found, as the directory keeps them
    again = checked(make_record("n-4", [("Duke Ellington", "person", "wrote", "it swings")]))
    assert st.add_records([again]).replaced == ["n-4"]
    assert [x["name"] for x in st.sources(q="duke")] == ["Duke Ellington"]


@pytest.mark.parametrize(
    ("q", "match"),
    [
        ("Hana", '"hana"'),
        ("o'brien", '"brien"'),  # the piece before the apostrophe is too short
        ("Seán O’Brien", '"seán o" AND "brien"'),
        ('say "what" now', '"say " AND "what" AND " now"'),
        ("50%_x", '"50%_x"'),  # no wildcard in a trigram query
        ("ab", None),  # nothing of three characters: the scan answers
        ("a'b'c", None),
        ("", None),
    ],
)
def test_the_trigram_query(q: str, match: str | None) -> None:
    assert trigram_match(q) == match


def test_without_the_trigram_tokenizer_the_store_scans(tmp_path: Any) -> None:
    """Where SQLite has no ``trigram`` tokenizer (before 3.34) revision 0004 makes no table and
    the filter scans, with the same answers. A missing tokenizer is made here by running the
    revision on a store taken back to 0003 with a tokenizer name that does not exist."""
    import importlib.util
    from pathlib import Path

    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    import newsprov.store.migrations as migrations
    from newsprov.store.engine import make_engine

    db = str(tmp_path / "old.db")
    with open_store(db) as store:
        assert store._trigram_index is True
        assert store.add_records(named_records()).failed == 0
    path = Path(migrations.__file__).parent / "versions" / "0004_name_search.py"
    spec = importlib.util.spec_from_file_location("rev0004_no_trigram", path)
    assert spec is not None and spec.loader is not None
    rev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rev)
    rev.SQLITE_TABLE = rev.SQLITE_TABLE.replace("'trigram'", "'no_such_tokenizer'")
    engine = make_engine(db)
    with engine.begin() as conn:
        downgrade_on(conn, "0003")
        with Operations.context(MigrationContext.configure(conn)):
            rev.upgrade()  # no table made, no error
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
        assert not conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name LIKE 'source_names%'")
        ).first()
    engine.dispose()
    with open_store(db, create=False) as store:
        assert store._trigram_index is False
        assert [x["name"] for x in store.sources(q="o'brien")] == [OBRIEN]
        assert [x["name"] for x in store.sources(q="ben_r")] == ["Ben_Rogers"]
        assert store.count_sources(q="mike") == 1
        assert store.source("mike")["name"] == POMPEO
        more = [checked(make_record("n-4", [("Duke Ellington", "person", "said", "it swings")]))]
        assert store.add_records(more).failed == 0  # writes need no index either
        assert [x["name"] for x in store.sources(q="ellington")] == ["Duke Ellington"]


@pytest.mark.pg
def test_a_postgresql_user_without_pg_trgm_gets_the_scan(pg_server_url: str) -> None:
    """A store's user that may not create ``pg_trgm`` (no ``CREATE`` on the database): revision
    0004 makes no index, fails nothing, and the filter scans with the same answers."""
    import os

    import psycopg

    from tests.store_fixtures import fresh_pg_database

    url = fresh_pg_database(pg_server_url)
    db = url.rsplit("/", 1)[1]
    role = f"np_plain_{os.getpid()}_{db[-5:]}"
    with psycopg.connect(pg_server_url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute(f'REVOKE CREATE ON DATABASE "{db}" FROM PUBLIC')
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
            pytest.skip("pg_trgm is in this server's new databases already")
        conn.execute(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"')
    scheme, rest = url.split("://", 1)
    plain = f"{scheme}://{role}@{rest.split('@', 1)[1]}"
    with open_store(plain) as store:
        assert store._trigram_index is False
        assert store.add_records(named_records()).failed == 0
        assert [x["name"] for x in store.sources(q="o'brien")] == [OBRIEN]
        assert [x["name"] for x in store.sources(q="ben_r")] == ["Ben_Rogers"]
        assert store.count_sources(q="mike") == 1
        assert store.source("mike")["name"] == POMPEO
        with store._read() as conn:
            assert not conn.execute(
                text("SELECT 1 FROM pg_indexes WHERE indexname LIKE '%_trgm'")
            ).first()
            assert not conn.execute(
                text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            ).first()
