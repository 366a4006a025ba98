"""The store's query functions on invented texts: quotes counted by article, filter
validation, outlet filters through the outlet registry, sources found by a word of their name."""

from __future__ import annotations

from typing import Any

import pytest

from newsprov.errors import AmbiguousError, InputError, NotFoundError
from newsprov.store import open_store
from newsprov.store.filters import check_date
from tests.conftest import checked
from tests.store_fixtures import downgrade_on, make_record, three_outlets

TWICE = '"The ferry timetable will change after the harbour works end."'
SHARED = '"Every lighthouse on this coast will be automated within five years."'
ONCE = '"Nobody asked the fishermen what they thought of the new quay."'


def records() -> list[Any]:
    return [
        # one article quoting the same words in two attributions, another quoting once
        checked(
            make_record(
                "port-1",
                [
                    ("Carla Mendes", "person", "said", TWICE),
                    ("Carla Mendes", "person", "repeated", TWICE),
                    ("Ann Lee", "person", "said", SHARED),
                ],
                outlet="Harbour Times",
                published="2021-05-03",
            )
        ),
        checked(
            make_record(
                "port-2",
                [("Ann Lee", "person", "said", SHARED), ("Tom Lee", "person", "said", ONCE)],
                outlet="Coast Daily",
                published="2021-05-04",
                relay="The New York Times",
            )
        ),
        checked(
            make_record(
                "nyt-9",
                [("Tom Lee", "person", "told reporters", ONCE)],
                outlet="The New York Times",
                published="2021-05-05",
            )
        ),
    ]


@pytest.fixture
def st(store_url: str) -> Any:
    with open_store(store_url) as store:
        store.add_records(records())
        yield store


@pytest.mark.parametrize("offset", [10_000_000, 2**62, 2**63, 10**23])
@pytest.mark.parametrize("query", ["articles", "sources", "quotes", "stories", "relays", "search"])
def test_an_offset_past_the_end_is_an_empty_page(st: Any, query: str, offset: int) -> None:
    """Past the last item is an empty page, however far (10**23 was an OverflowError)."""
    call = getattr(st, query)
    items = call("Lee", offset=offset) if query == "search" else call(offset=offset)
    assert items == []
    first = call("Lee", offset=0) if query == "search" else call(offset=0)
    assert first or query == "search", "the store is not empty: the page is empty by offset"


# -- 1. a quote counts the articles that carry it ------------------------------------------


def test_repeated_quotes_count_distinct_articles(st: Any) -> None:
    # TWICE: 2 attributions in 1 article; SHARED and ONCE: 1 attribution in each of 2 articles
    assert st.overview()["repeated_quotes"] == 2
    counts = {q["text"][:10]: q["appearances"] for q in st.quotes()}
    assert counts == {"The ferry ": 1, "Every ligh": 2, "Nobody ask": 2}


@pytest.mark.parametrize(
    ("words", "articles", "attributions"),
    [
        ("ferry timetable", ["port-1"], [["a1", "a2"]]),  # once, with both attributions
        ("lighthouse", ["port-1", "port-2"], [["a3"], ["a1"]]),
        ("fishermen", ["port-2", "nyt-9"], [["a2"], ["a1"]]),
    ],
)
def test_quote_lists_each_article_once(
    st: Any, words: str, articles: list[str], attributions: list[list[str]]
) -> None:
    (head,) = st.quotes(text=words)
    full = st.quote(head["id"])
    assert [x["article"] for x in full["appearances"]] == articles
    assert [x["attributions"] for x in full["appearances"]] == attributions
    assert full["appearances"][0]["text"]
    assert full["appearances"] is not None and head["appearances"] == len(articles)


# -- 2. filters are checked, outlets resolved through the registry -------------------------


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2021", True),
        ("2021-05", True),
        ("2021-05-04", True),
        ("2020-02-29", True),
        ("2021-05-04T10:00:00Z", True),
        ("yesterday", False),
        ("2020-13-45", False),
        ("2021-02-29", False),
        ("2021-00", False),
        ("21-05-04", False),
        ("", False),
    ],
)
def test_date_filter(value: str, ok: bool) -> None:
    if ok:
        assert check_date(value) == value
    else:
        with pytest.raises(ValueError, match="date"):
            check_date(value)


@pytest.mark.parametrize(
    ("call", "kwargs", "option"),
    [
        ("stories", {"since": "yesterday"}, "since"),
        ("stories", {"until": "2020-13-45"}, "until"),
        ("articles", {"since": "soon"}, "since"),
        ("sources", {"kind": "martian"}, "kind"),
        ("articles", {"source_kind": "alien"}, "source_kind"),
    ],
)
def test_bad_filters_are_input_errors(
    st: Any, call: str, kwargs: dict[str, str], option: str
) -> None:
    with pytest.raises(InputError) as err:
        getattr(st, call)(**kwargs)
    assert err.value.name == option and repr(next(iter(kwargs.values()))) in err.value.problem


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [({"since": "2021-05-05"}, 1), ({"until": "2021-05"}, 2), ({"since": "2022"}, 0)],
)
def test_good_date_filters(st: Any, kwargs: dict[str, str], expected: int) -> None:
    assert sum(len(s["articles"]) for s in st.stories(**kwargs)) >= expected
    if expected == 0:
        assert st.stories(**kwargs) == []


@pytest.mark.parametrize(
    ("outlet", "relays", "articles"),
    [
        ("NYT", ["port-2"], ["nyt-9"]),
        ("New York Times", ["port-2"], ["nyt-9"]),
        ("the new york times", ["port-2"], ["nyt-9"]),
        ("nytimes.com", ["port-2"], ["nyt-9"]),
        ("Coast Daily", ["port-2"], ["port-2"]),
        ("coast daily", ["port-2"], ["port-2"]),
        ("The Coast Daily", ["port-2"], ["port-2"]),  # a leading "the", unknown to the registry
        ("the  coast daily", ["port-2"], ["port-2"]),
        # an outlet neither the registry nor the store knows is refused, as the CLI and the
        # HTTP API refuse it (it answered [] in Python, as if nothing matched)
        ("The", None, None),
        ("Times", [], []),  # a short form: the registry's "Times" is The Times, not the NYT
        ("NY Post", [], []),  # known to the registry, not in the store
        ("Coast", None, None),  # a part of a stored name is not that outlet
    ],
)
def test_outlet_filter_uses_registry_aliases(
    st: Any, outlet: str, relays: list[str] | None, articles: list[str] | None
) -> None:
    if relays is None or articles is None:
        for call in (st.relays, st.articles, st.stories):
            with pytest.raises(InputError, match="unknown outlet"):
                call(outlet=outlet)
        return
    assert sorted({e["from_article"] for e in st.relays(outlet=outlet)}) == relays
    assert [x["id"] for x in st.articles(outlet=outlet)] == articles
    stories = st.stories(outlet=outlet)
    assert sorted(a for s in stories for a in s["articles"] if a in articles) == articles


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 3),
        ({"outlet": "NYT"}, 1),
        ({"outlet": "coast daily"}, 1),
        ({"outlet": "Martian Herald"}, None),  # refused: InputError, as in the CLI
        ({"since": "2021-05-04"}, 2),
        ({"until": "2021-05-03"}, 1),
        ({"since": "2022"}, 0),
        ({"source_kind": "person"}, 3),
        ({"source_kind": "anonymous"}, 0),
        ({"outlet": "Harbour Times", "since": "2021-05-04"}, 0),
    ],
)
def test_count_articles_takes_the_list_filters(
    st: Any, filters: dict[str, str], expected: int | None
) -> None:
    if expected is None:
        for call in (st.count_articles, st.articles):
            with pytest.raises(InputError, match="unknown outlet"):
                call(**filters)
        return
    assert st.count_articles(**filters) == expected == len(st.articles(**filters))
    assert st.count_articles(**filters) == len(st.articles(limit=1, **filters)) + len(
        st.articles(offset=1, **filters)
    )


@pytest.mark.parametrize(
    ("outlet", "known"),
    [
        ("NYT", True),  # the registry
        ("Reuters", True),  # the registry, nothing stored
        ("harbour times", True),  # the store
        ("The Harbour Times", True),  # the store, with a leading "the"
        ("the", False),
        ("Harbour Gazette", False),
        ("Martian Herald", False),
    ],
)
def test_check_outlet(st: Any, outlet: str, known: bool) -> None:
    if known:
        st.check_outlet(outlet)
    else:
        with pytest.raises(InputError, match="unknown outlet"):
            st.check_outlet(outlet, "--outlet")


# -- 3. a source by a word of its name -----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("Mendes", "Carla Mendes"),
        ("mendes", "Carla Mendes"),
        ("Carla", "Carla Mendes"),
        ("  Carla   Mendes ", "Carla Mendes"),
        ("Ann", "Ann Lee"),
        ("Tom Lee", "Tom Lee"),
    ],
)
def test_source_by_a_word_of_its_name(st: Any, key: str, name: str) -> None:
    assert st.source(key)["name"] == name


@pytest.mark.parametrize("key", ["Mende", "Mendes Carla", "arla", "%", "_", "Nobody"])
def test_source_by_a_part_that_is_no_word(st: Any, key: str) -> None:
    with pytest.raises(NotFoundError) as err:
        st.source(key)
    assert not isinstance(err.value, AmbiguousError)


def test_a_shared_surname_lists_the_sources(st: Any) -> None:
    with pytest.raises(AmbiguousError) as err:
        st.source("Lee")
    assert sorted(c["name"] for c in err.value.candidates) == ["Ann Lee", "Tom Lee"]
    assert "Ann Lee" in str(err.value) and "Tom Lee" in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("name", "kind", "n", "ambiguous"),
    [
        ("harbour officials", "anonymous", 2, True),  # one per article: never merged
        ("harbour officials", "group", 3, True),
        ("harbour officials", "anonymous", 1, False),
        ("Harbour Officials", "organization", 2, False),  # one organisation: one entry
    ],
)
def test_a_name_several_entries_carry_lists_them(
    store_url: str, name: str, kind: str, n: int, ambiguous: bool
) -> None:
    """A name several directory entries carry answered the most-cited of them, as if it were
    all there is: one article's "harbour officials" for every article's."""
    recs = [
        checked(make_record(f"h-{i}", [(name, kind, "said", f"pier {i} shut")])) for i in range(n)
    ]
    with open_store(store_url) as store:
        store.add_records(recs)
        if not ambiguous:
            found = store.source("Harbour Officials")
            assert len(found["statements"]) == n
            return
        with pytest.raises(AmbiguousError) as err:
            store.source("harbour officials")
        ids = [c["id"] for c in err.value.candidates]
        assert len(ids) == n and "give its id" in str(err.value)
        for sid in ids:  # each is reached by its id, with its own article's statement
            assert len(store.source(sid)["statements"]) == 1


# -- 4. every quoted passage of an attribution is linked to its quote ---------------------

FIRST = '"The dredging starts in June, weeks ahead of the published plan."'
PIER = '"Every pier will get new lights before the winter storms arrive."'


def passages() -> list[Any]:
    """quay-1 quotes two passages in one attribution; quay-2 quotes the second alone."""
    return [
        checked(
            make_record(
                "quay-1",
                [("Ann Lee", "person", "said", f"{FIRST} {PIER}")],
                outlet="Harbour Times",
                published="2021-06-01",
            )
        ),
        checked(
            make_record(
                "quay-2",
                [("Ann Lee", "person", "said", PIER)],
                outlet="Coast Daily",
                published="2021-06-02",
            )
        ),
    ]


def test_a_later_passage_of_an_attribution_is_an_appearance(store_url: str) -> None:
    """The quote "Every pier ..." is carried by both articles, though in quay-1 it is the
    second passage of an attribution (only the first passage's quote was linked before)."""
    with open_store(store_url) as st:
        st.add_records(passages())
        (head,) = st.quotes(text="every pier")
        assert head["appearances"] == 2
        assert head["first_publisher"]["article"] == "quay-1"
        assert head["outlets"] == ["Coast Daily", "Harbour Times"]
        full = st.quote(head["id"])
        assert [x["article"] for x in full["appearances"]] == ["quay-1", "quay-2"]
        assert [x["attributions"] for x in full["appearances"]] == [["a1"], ["a1"]]
        assert st.quotes(text="dredging")[0]["appearances"] == 1
        assert st.overview()["repeated_quotes"] == 1
        assert st.quotes(outlet="Harbour Times", text="every pier")[0]["id"] == head["id"]
        # a new version of quay-1 without the passage takes its appearance away
        summary = st.add_records(
            [checked(make_record("quay-1", [("Ann Lee", "person", "said", FIRST)]))]
        )
        assert summary.replaced == ["quay-1"]
        (head,) = st.quotes(text="every pier")
        assert head["appearances"] == 1 and head["first_publisher"]["article"] == "quay-2"


def test_migration_links_the_quotes_of_a_store_made_before(tmp_path: Any) -> None:
    """A store at revision 0001 (no quote_links) gets a link for each attribution's quote."""
    from sqlalchemy import text

    from newsprov.store.engine import make_engine

    db = str(tmp_path / "old.db")
    with open_store(db) as st:
        st.add_records(records())
        before = {q["id"]: q["appearances"] for q in st.quotes()}
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE quote_links"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    with open_store(db, create=False) as st:
        assert {q["id"]: q["appearances"] for q in st.quotes()} == before


def test_migration_0003_fills_the_heads_of_a_store_made_before(store_url: str) -> None:
    """A store at revision 0002 (articles without ``language`` and ``opening``, no list
    indexes) gets both columns filled from its records and the indexes, so the heads the
    pages read are the same as before, on either backend."""
    from sqlalchemy import inspect

    from newsprov.store.engine import HEAD, current_revision, make_engine

    with open_store(store_url) as st:
        st.add_records(records())
        ids = [a["id"] for a in st.articles()]
        heads = st.article_heads(ids)
    assert len(heads) == len(ids) > 1 and all(h["opening"] for h in heads.values())
    engine = make_engine(store_url)
    with engine.begin() as conn:
        downgrade_on(conn, "0002")
    assert current_revision(engine) == "0002"
    assert "opening" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    engine.dispose()
    with open_store(store_url, create=False) as st:
        assert st.article_heads(ids) == heads
        assert [a["id"] for a in st.articles()] == ids
    engine = make_engine(store_url)
    try:
        assert current_revision(engine) == HEAD
        assert "opening" in {c["name"] for c in inspect(engine).get_columns("articles")}
        names = {i["name"] for i in inspect(engine).get_indexes("sources")}
        assert "ix_sources_key_article" in names and "ix_sources_key" not in names
        names = {i["name"] for i in inspect(engine).get_indexes("quote_links")}
        assert "ix_quote_links_quote_article" in names and "ix_quote_links_quote_id" not in names
    finally:
        engine.dispose()


def test_migration_0004_indexes_the_names_of_a_store_made_before(store_url: str) -> None:
    """A store at revision 0003 (no index of source names) gets SQLite's trigram table filled
    with its names and aliases (PostgreSQL: the ``pg_trgm`` indexes, when the server has the
    extension), and the name filter answers as before, on either backend; names stored after
    the upgrade are found too."""
    from sqlalchemy import text

    from newsprov.store.engine import HEAD, current_revision, make_engine

    queries = ["pompeo", "POMPEO", "mike", "o'brien", "lee", "zzz", "%", "_"]
    with open_store(store_url) as st:
        st.add_records([*three_outlets(), *records()])
        answers = {x: st.sources(q=x, limit=100) for x in queries}
        counts = {x: st.count_sources(q=x) for x in queries}
    assert answers["pompeo"] and answers["lee"] and not answers["zzz"]
    engine = make_engine(store_url)
    with engine.begin() as conn:
        downgrade_on(conn, "0003")
    assert current_revision(engine) == "0003"
    sqlite = engine.dialect.name == "sqlite"
    names = (
        "SELECT name FROM sqlite_master WHERE name LIKE 'source_names%'"
        if sqlite
        else "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'"
    )
    with engine.connect() as conn:
        assert not conn.execute(text(names)).first()
        trgm = sqlite or bool(
            conn.execute(
                text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            ).first()
        )
    engine.dispose()
    with open_store(store_url, create=False) as st:
        assert st._trigram_index is (sqlite or trgm)
        assert {x: st.sources(q=x, limit=100) for x in queries} == answers
        assert {x: st.count_sources(q=x) for x in queries} == counts
        more = [checked(make_record("later-1", [("Duke Ellington", "person", "said", ONCE)]))]
        assert st.add_records(more).failed == 0
        assert [x["name"] for x in st.sources(q="ellington")] == ["Duke Ellington"]
    engine = make_engine(store_url)
    try:
        assert current_revision(engine) == HEAD
        with engine.connect() as conn:
            made = set(conn.execute(text(names)).scalars())
            if sqlite:
                assert "source_names" in made
                assert conn.execute(text("SELECT count(*) FROM source_names")).scalar() >= (
                    conn.execute(text("SELECT count(*) FROM aliases")).scalar()
                )
            elif trgm:
                assert made == {"ix_directory_lname_trgm", "ix_aliases_lalias_trgm"}
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("since", "until", "listed"),
    [
        ("2021-04-30", "2021-05-02", True),  # inside the span, though no article falls there
        ("2021-04-28", None, True),
        ("2021-05-03", None, True),  # the last article's day
        ("2021-05-04", None, False),
        (None, "2021-04-28", True),  # the first article's day
        (None, "2021-04-27", False),
        ("2021-05", "2021-05", True),
        ("2021-03", "2021-04-27", False),
    ],
)
def test_stories_by_period_meet_their_span(
    store_url: str, since: str | None, until: str | None, listed: bool
) -> None:
    """As `newsprov stories --help` now says: a story is listed when its first-to-last span
    meets the period (the help said "with an article published" in it)."""
    parts = [("Ann Lee", "person", "said", SHARED), ("Tom Lee", "person", "said", ONCE)]
    recs = [
        checked(make_record("span-1", parts, outlet="Harbour Times", published="2021-04-28")),
        checked(make_record("span-2", parts, outlet="Coast Daily", published="2021-05-03")),
    ]
    with open_store(store_url) as store:
        store.add_records(recs)
        (story,) = store.stories()
        assert story["articles"] == ["span-1", "span-2"]
        got = store.stories(since=since, until=until)
        assert [x["id"] for x in got] == ([story["id"]] if listed else [])


def test_quotes_order_is_the_same_on_both_backends(store_url: str) -> None:
    """Quotes cited equally often were ordered by first publication with undated ones first
    on SQLite and last on PostgreSQL (each database sorts NULL its own way): undated last."""
    dates = {"d-1": "2021-05-04", "d-2": None, "d-3": "2021-05-02", "d-4": None}
    quotes = [
        "Ferries sail again from Monday morning.",
        "Our lighthouse keeper retires next spring.",
        "Fishermen want a bigger quay built soon.",
        "Harbour fees double for yachts this summer.",
    ]
    recs = [
        checked(make_record(rid, [("Ann Lee", "person", "said", f'"{x}"')], published=date))
        for (rid, date), x in zip(dates.items(), quotes, strict=True)
    ]
    with open_store(store_url) as store:
        store.add_records(recs)
        got = [x["first_publisher"]["article"] for x in store.quotes()]
        assert got[:2] == ["d-3", "d-1"] and sorted(got[2:]) == ["d-2", "d-4"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("United States' top commander", True),  # typed ' for the article's ’: was not found
        ("United States’ top commander", True),
        ("united  STATES` top", True),
        ("commander won't back down", True),
        ("United States top commander", False),  # a missing apostrophe stays missing
        ("Kingdom' top", False),
        ("100%", False),  # LIKE wildcards stay literal
        ("_", False),
    ],
)
def test_quote_and_name_search_ignore_the_style_of_apostrophes(
    store_url: str, query: str, found: bool
) -> None:
    rec = checked(
        make_record(
            "marks-1",
            [
                ("Sean O’Brien", "person", "said",
                 '"The United States’ top commander won’t back down from this fight."'),
            ],
        )
    )  # fmt: skip
    with open_store(store_url) as store:
        store.add_records([rec])
        assert bool(store.quotes(text=query)) is found
        assert [x["name"] for x in store.sources(q="O'Brien")] == ["Sean O’Brien"]
        assert store.sources(q="OBrien") == []
        for key in ("O'Brien", "sean o'brien", "Sean O’Brien"):  # "O'Brien" was not found
            assert store.source(key)["name"] == "Sean O’Brien"
        with pytest.raises(NotFoundError):
            store.source("OBrien")


@pytest.mark.parametrize("replaced", [True, False])
def test_a_source_whose_articles_are_gone_is_no_source(store_url: str, replaced: bool) -> None:
    """The only article citing Tom Reed is replaced by a version without him: the overview
    counted 0 sources, yet sources() listed him with 0 articles and source() answered him
    with no statements."""
    first = make_record("z-1", [("Tom Reed", "person", "said", "the bridge was shut")])
    later = make_record("z-1", [("Ann Lee", "person", "said", "the ferry was late")])
    with open_store(store_url) as store:
        store.add_records([checked(first)])
        sid = store.source("Tom Reed")["id"]
        if replaced:
            assert store.add_records([checked(later)]).replaced == ["z-1"]
        names = [x["name"] for x in store.sources()]
        assert names == (["Ann Lee"] if replaced else ["Tom Reed"])
        assert store.overview()["sources"] == 1
        for key in ("Tom Reed", "Reed", sid):
            if replaced:
                with pytest.raises(NotFoundError):
                    store.source(key)
            else:
                assert store.source(key)["statements"]


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["port-1"], {"port-1": ("Story port-1", None, "Carla Mendes said: ")}),
        (["nyt-9", "port-2", "nyt-9"], {"nyt-9": ("Story nyt-9", None, "Tom Lee told reporters")}),
        # negative: unknown and empty ids are left out; no ids, no query
        (["no-such-article", ""], {}),
        ([], {}),
    ],
)
def test_article_heads(st: Any, ids: list[str], expected: dict[str, tuple[Any, ...]]) -> None:
    """The list pages' names and languages (docs/store.md), on SQLite and PostgreSQL."""
    heads = st.article_heads(iter(ids))
    assert set(heads) == set(expected) | ({"port-2"} if "port-2" in ids else set())
    for aid, (title, language, opening) in expected.items():
        head = heads[aid]
        assert head["title"] == title and head["language"] == language
        assert head["opening"].startswith(opening) and len(head["opening"]) <= 300
        assert head["opening"] == st.get_record(aid).text[:300]


@pytest.mark.parametrize("language", ["ar", "en", None])
def test_article_heads_give_the_records_language(store_url: str, language: str | None) -> None:
    rec = make_record("lang-1", [("Samir Haddad", "person", "said", ONCE)], title=None)
    rec.document.title, rec.document.language = None, language
    with open_store(store_url) as store:
        assert store.add_records([checked(rec)]).failed == 0
        head = store.article_heads(["lang-1"])["lang-1"]
    assert head["language"] == language and head["title"] is None
    assert head["opening"].startswith("Samir Haddad said")


# -- 9. every public query checks its arguments as the CLI and the HTTP API do ------------

LISTS = ["articles", "sources", "quotes", "stories", "relays"]
COUNTS = ["count_articles", "count_sources", "count_quotes", "count_stories", "count_relays"]


@pytest.mark.parametrize(
    ("call", "args", "kwargs", "name", "problem"),
    [
        # a page: limit 1 to 10,000, offset 0 or more, whole numbers (limit=0 answered [], as
        # if nothing matched; -1 and 20,000 were cut to 0 and 10,000 unsaid)
        *((c, (), {"limit": 0}, "limit", "1 to 10,000, not 0") for c in LISTS),
        ("articles", (), {"limit": -1}, "limit", "not -1"),
        ("sources", (), {"limit": 10_001}, "limit", "not 10001"),
        ("quotes", (), {"limit": "5"}, "limit", "must be a whole number, not text"),
        ("stories", (), {"limit": True}, "limit", "not a boolean"),
        ("relays", (), {"limit": 2.0}, "limit", "not a decimal number"),
        *((c, (), {"offset": -1}, "offset", "0 or more, not -1") for c in LISTS),
        ("articles", (), {"offset": None}, "offset", "not nothing (null)"),
        ("search", ("Lee",), {"limit": 0}, "limit", "not 0"),
        ("search", ("Lee",), {"offset": -5}, "offset", "not -5"),
        # a search with no word in it answered [] where the CLI and the API refused it
        ("search", ("",), {}, "q", "give the words to search for"),
        ("search", ("   ",), {}, "q", "give the words to search for"),
        ("search", ("!!!",), {}, "q", "'!!!' has no word to search for"),
        ("search", (None,), {}, "q", "must be text, not nothing (null)"),
        # an outlet no one knows: refused in every list and count (relays answered [])
        *((c, (), {"outlet": "zzz"}, "outlet", "unknown outlet 'zzz'") for c in LISTS + COUNTS),
        ("relays", (), {"outlet": ""}, "outlet", "give an outlet's name"),
        ("count_relays", (), {"outlet": " "}, "outlet", "give an outlet's name"),
        ("count_stories", (), {"outlet": "  "}, "outlet", "give an outlet's name"),
        ("articles", (), {"outlet": 7}, "outlet", "must be text, not a whole number"),
        # a blank text filter: sources(q=" ") kept the names holding a space
        ("sources", (), {"q": ""}, "q", "'' is blank"),
        ("count_sources", (), {"q": " "}, "q", "' ' is blank"),
        ("quotes", (), {"text": "  "}, "text", "is blank"),
        ("count_quotes", (), {"text": ""}, "text", "is blank"),
        ("quotes", (), {"text": ["x"]}, "text", "must be text, not a list"),
        # dates, kinds: as before, and a date that is no text is named, not a TypeError
        ("stories", (), {"since": 2021}, "since", "must be text, not a whole number"),
        ("count_quotes", (), {"until": "2021-02-30"}, "until", "not a calendar date"),
        ("count_sources", (), {"kind": "martian"}, "kind", "not a source kind"),
        ("count_articles", (), {"source_kind": "alien"}, "source_kind", "not a source kind"),
        # one item: a blank id or name names nothing (NotFoundError "no source ''" before)
        ("source", ("",), {}, "key", "'' is blank: give a source's name"),
        ("source", ("  ",), {}, "key", "is blank"),
        ("story", ("",), {}, "story_id", "'' is blank: give a story's id"),
        ("quote", (" ",), {}, "quote_id", "is blank: give a quote cluster's id"),
        ("get_record", ("",), {}, "article_id", "is blank: give an article's id"),
        ("source", (None,), {}, "key", "must be text, not nothing (null)"),
        # a NUL character: refused as the HTTP API refuses it (SQLite's LIKE stopped at it and
        # matched every entry; PostgreSQL refused the parameter, an internal error)
        ("sources", (), {"q": "a\x00"}, "q", "has a NUL character"),
        ("count_quotes", (), {"text": "\x00"}, "text", "has a NUL character"),
        ("search", ("fish\x00",), {}, "q", "has a NUL character"),
        ("source", ("Ann\x00Lee",), {}, "key", "has a NUL character"),
        ("relays", (), {"outlet": "NYT\x00"}, "outlet", "has a NUL character"),
        # the overview's top lists: 0 or more (a negative top listed every relayed outlet)
        ("overview", (), {"top": -1}, "top", "0 to 10,000, not -1"),
        ("overview", (), {"top": "3"}, "top", "must be a whole number"),
    ],
)
def test_bad_arguments_are_input_errors(
    st: Any, call: str, args: tuple[Any, ...], kwargs: dict[str, Any], name: str, problem: str
) -> None:
    """The library refuses what the CLI (exit 2) and the HTTP API (422) refuse, naming the
    argument, on both backends."""
    with pytest.raises(InputError) as err:
        getattr(st, call)(*args, **kwargs)
    assert err.value.name == name and problem in err.value.problem, err.value.message


@pytest.mark.parametrize(
    ("call", "args", "kwargs", "expected"),
    [
        ("articles", (), {"limit": 1}, 1),
        ("articles", (), {"limit": 10_000}, 3),
        ("articles", (), {"offset": 2}, 1),
        ("articles", (), {"offset": 3}, 0),  # past the end: an empty page, no error
        ("relays", (), {"outlet": "NYT"}, 1),
        ("relays", (), {"outlet": "Reuters"}, 0),  # known to the registry: nothing relayed
        ("count_relays", (), {}, 1),
        ("count_relays", (), {"outlet": "NYT"}, 1),
        ("count_relays", (), {"outlet": "Reuters"}, 0),
        ("count_stories", (), {"outlet": "Coast Daily"}, 1),
        ("search", ("lighthouse",), {"limit": 1}, 1),
        ("search", ("  lighthouse!  ",), {}, 2),
        ("sources", (), {"q": "lee"}, 2),
        ("count_sources", (), {"q": None}, 4),  # three people and the NYT relayed
        ("quotes", (), {"text": "lighthouse"}, 1),
        ("count_quotes", (), {"text": None}, 3),
        ("stories", (), {"since": "2021", "limit": 10_000}, None),
    ],
)
def test_good_arguments(
    st: Any, call: str, args: tuple[Any, ...], kwargs: dict[str, Any], expected: int | None
) -> None:
    got = getattr(st, call)(*args, **kwargs)
    n = got if isinstance(got, int) else len(got)
    assert expected is None or n == expected, got


@pytest.mark.parametrize(
    ("call", "key", "message"),
    [
        ("source", "Nobody", "no source 'Nobody'"),
        ("story", "nope", "no story 'nope'"),
        ("quote", "q000", "no quote 'q000'"),
        ("get_record", "nope", "no article 'nope'"),
    ],
)
def test_an_unknown_item_is_not_found(st: Any, call: str, key: str, message: str) -> None:
    """An id or name that names nothing stored stays NotFoundError (CLI exit 3, API 404)."""
    with pytest.raises(NotFoundError) as err:
        getattr(st, call)(key)
    assert not isinstance(err.value, InputError) and message in err.value.message


@pytest.mark.parametrize("top", [0, 1, 10_000])
def test_overview_top(st: Any, top: int) -> None:
    """``top`` 0 lists none; a larger one lists up to that many."""
    ov = st.overview(top=top)
    for key in ("top_sources", "top_stories", "most_relayed"):
        assert (len(ov[key]) == 0) == (top == 0) and len(ov[key]) <= top, key


def test_a_known_outlet_is_forgotten_by_a_write(st: Any) -> None:
    """``check_outlet`` remembers the outlets it found in the store (a list, its count and the
    HTTP API's check each asked again), and forgets them when the store is written: an outlet
    whose every article was replaced by a version naming another is unknown again."""
    assert st.count_stories(outlet="Coast Daily") == 1
    assert "Coast Daily" in st._outlets_known
    moved = records()[1]
    moved.document.outlet = "Harbour Times"
    st.add_records([moved])
    assert st._outlets_known == set()
    with pytest.raises(InputError, match="unknown outlet 'Coast Daily'"):
        st.articles(outlet="Coast Daily")


@pytest.mark.parametrize(
    ("q", "pg_refuses"),
    [
        # PostgreSQL's english tsvector holds no stop word: these answered [] without a word
        ("the", True),
        ("don't", True),
        ("The, and THE", True),
        # negative: a rarer word beside them is searched for; stop words alone on SQLite too
        ("the lighthouse", False),
        ("lighthouse", False),
    ],
)
def test_a_search_of_stop_words_alone(st: Any, q: str, pg_refuses: bool) -> None:
    if st.backend == "postgresql" and pg_refuses:
        with pytest.raises(InputError) as err:
            st.search(q)
        assert err.value.name == "q" and err.value.problem.startswith(
            f"{q!r} holds only words too common to be searched for"
        )
    else:
        hits = st.search(q)
        assert hits or q.startswith(("the", "don", "The")), q
