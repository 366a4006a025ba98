"""The store's lists beyond their pages: a quote's dates (its first publication), each list's
total (one ``COUNT`` query under the list's own filters), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from newsprov.errors import InputError
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import make_record
from tests.test_store_queries import ONCE, SHARED, TWICE, records

#: A row whose filters the list and its count refuse (InputError).
REFUSED = -1

UNDATED = '"The old harbour crane will be sold for scrap metal next year."'


@pytest.fixture
def st(store_url: str) -> Iterator[Any]:
    undated = checked(
        make_record("undated-1", [("Ida Berg", "person", "said", UNDATED)], published=None)
    )
    with open_store(store_url) as store:
        assert store.add_records([*records(), undated]).failed == 0
        yield store


def texts(items: list[dict[str, Any]]) -> list[str]:
    return sorted(q["text"] for q in items)


def bare(quote: str) -> str:
    return quote.strip('"')


# TWICE: port-1 (2021-05-03) only; SHARED: port-1 and port-2 (05-04), first 05-03;
# ONCE: port-2 and nyt-9 (05-05), first 05-04; UNDATED: an article without a date
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [TWICE, SHARED, ONCE, UNDATED]),
        ({"since": "2021-05-03"}, [TWICE, SHARED, ONCE]),
        # SHARED is carried on 05-04 too, but was first published on 05-03
        ({"since": "2021-05-04"}, [ONCE]),
        # ONCE is carried on 05-05, first published on 05-04: out
        ({"since": "2021-05-05"}, []),
        ({"until": "2021-05-03"}, [TWICE, SHARED]),
        ({"until": "2021-05"}, [TWICE, SHARED, ONCE]),  # until covers its whole month
        ({"since": "2021", "until": "2021"}, [TWICE, SHARED, ONCE]),
        ({"until": "2021-04-30"}, []),
        ({"since": "2022"}, []),
        # the dates narrow the other filters' list
        ({"since": "2021-05-04", "text": "ferry"}, []),
        ({"until": "2021-05-03", "text": "lighthouse"}, [SHARED]),
        ({"since": "2021-05-04", "outlet": "NYT"}, [ONCE]),
        ({"until": "2021-05-03", "outlet": "NYT"}, []),
    ],
)
def test_quotes_by_their_first_publication(
    st: Any, filters: dict[str, str], expected: list[str]
) -> None:
    assert texts(st.quotes(**filters)) == sorted(bare(x) for x in expected)
    assert st.count_quotes(**filters) == len(expected)


@pytest.mark.parametrize(
    ("filters", "option", "words"),
    [
        ({"since": "yesterday"}, "since", "'yesterday' is not a date"),
        ({"until": "2021-02-30"}, "until", "'2021-02-30' is not a calendar date"),
        ({"since": "2021-13"}, "since", "'2021-13' is not a calendar date"),
        ({"since": "2022", "until": "2021"}, "until", "'2021' ends before since '2022' begins"),
    ],
)
@pytest.mark.parametrize("call", ["quotes", "count_quotes"])
def test_bad_quote_dates_are_input_errors(
    st: Any, call: str, filters: dict[str, str], option: str, words: str
) -> None:
    with pytest.raises(InputError) as err:
        getattr(st, call)(**filters)
    assert err.value.name == option and words in err.value.problem


@pytest.mark.parametrize(
    ("call", "filters", "expected"),
    [
        ("sources", {}, 5),  # Carla Mendes, Ann Lee, Tom Lee, Ida Berg and the NYT (relayed)
        ("sources", {"kind": "person"}, 4),
        ("sources", {"kind": "outlet"}, 1),
        ("sources", {"kind": "anonymous"}, 0),
        ("sources", {"q": "lee"}, 2),
        ("sources", {"q": "no such name"}, 0),
        ("sources", {"outlet": "NYT"}, 1),
        ("sources", {"outlet": "Martian Herald"}, REFUSED),
        ("sources", {"kind": "person", "outlet": "Coast Daily", "q": "ann"}, 1),
        ("quotes", {}, 4),
        ("quotes", {"text": "lighthouse"}, 1),
        ("quotes", {"text": "no such words"}, 0),
        ("quotes", {"outlet": "coast daily"}, 2),
        ("stories", {}, None),
        ("stories", {"outlet": "NYT"}, None),
        ("stories", {"since": "2021-05-05"}, None),
        ("stories", {"until": "2021-05-03"}, None),
        ("stories", {"since": "2022"}, 0),
        ("stories", {"outlet": "Martian Herald"}, REFUSED),
    ],
)
def test_a_total_counts_what_its_list_pages_through(
    st: Any, call: str, filters: dict[str, str], expected: int | None
) -> None:
    """``count_X(**filters)`` is the length of ``X(**filters)`` over every page (``None``:
    whatever the list holds, the linker decides how many stories; :data:`REFUSED`: both
    refuse the filters, as the CLI and the HTTP API do)."""
    if expected == REFUSED:
        for name in (call, "count_" + call):
            with pytest.raises(InputError, match="unknown outlet"):
                getattr(st, name)(**filters)
        return
    listed = getattr(st, call)(limit=10_000, **filters)
    total = getattr(st, "count_" + call)(**filters)
    assert total == len(listed)
    if expected is not None:
        assert total == expected, listed
    if total > 1:  # paged in ones: the pages add up to the total
        pages = [getattr(st, call)(limit=1, offset=i, **filters) for i in range(total + 1)]
        assert [len(p) for p in pages] == [1] * total + [0]


@pytest.mark.parametrize(
    ("call", "filters"),
    [
        ("count_articles", {}),
        ("count_sources", {"kind": "person", "q": "lee", "outlet": "NYT"}),
        ("count_quotes", {"text": "the", "since": "2021", "until": "2021-05"}),
        ("count_stories", {"outlet": "NYT", "since": "2021", "until": "2022"}),
    ],
)
def test_a_total_is_one_count_query(st: Any, call: str, filters: dict[str, str]) -> None:
    """A total loads no rows: one ``SELECT count(*)`` whatever the filters."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(st.engine, "before_cursor_execute", note)
    try:
        getattr(st, call)(**filters)
    finally:
        event.remove(st.engine, "before_cursor_execute", note)
    selects = [x for x in seen if x.upper().startswith("SELECT")]
    assert len(selects) == 1, seen
    assert selects[0].upper().startswith("SELECT COUNT(*)"), selects[0]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"kind": "person"},
        {"q": "lee"},
        {"outlet": "NYT"},
        {"kind": "person", "outlet": "Coast Daily", "q": "ann"},
        {"q": "no such name"},  # nothing listed either way
        {"outlet": "Martian Herald"},  # refused either way
    ],
)
def test_sources_without_ids_give_their_number(st: Any, filters: dict[str, str]) -> None:
    """``sources(article_ids=False)`` lists the same entries in the same order, each with
    ``n_articles`` (the number of ids ``articles`` lists) in its place, in one query."""
    if filters.get("outlet") == "Martian Herald":
        for ids in (True, False):
            with pytest.raises(InputError, match="unknown outlet"):
                st.sources(limit=10_000, article_ids=ids, **filters)
        return
    full = st.sources(limit=10_000, **filters)
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(st.engine, "before_cursor_execute", note)
    try:
        light = st.sources(limit=10_000, article_ids=False, **filters)
    finally:
        event.remove(st.engine, "before_cursor_execute", note)
    expected = [
        {"id": x["id"], "name": x["name"], "kind": x["kind"], "n_articles": len(x["articles"]),
         "attributions": x["attributions"]}
        for x in full
    ]  # fmt: skip
    assert light == expected
    assert len([x for x in seen if x.lstrip().upper().startswith("SELECT")]) == 1
    for x in full:  # the ids: sorted, each once
        assert x["articles"] == sorted(set(x["articles"])) and x["articles"]


def test_overview_without_tops_keeps_every_figure(st: Any) -> None:
    full = st.overview(top=1)
    light = st.overview(top=1, tops=False)
    assert full["top_sources"] and full["top_stories"]
    assert light == {**full, "top_sources": [], "top_stories": []}


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["port-1"], {"port-1"}),
        (["port-1", "port-1", "nyt-9"], {"port-1", "nyt-9"}),
        (["no-such-article"], set()),
        ([], set()),
    ],
)
def test_article_heads_come_from_the_new_version(
    st: Any, ids: list[str], expected: set[str]
) -> None:
    """Heads are read from the stored columns: a replaced article's are its new text's."""
    new = checked(make_record("port-1", [("Tom Lee", "person", "said", ONCE)]))
    assert st.add_records([new]).replaced == ["port-1"]
    heads = st.article_heads(ids)
    assert set(heads) == expected
    for aid, head in heads.items():
        rec = st.get_record(aid)
        assert head == {
            "title": rec.document.title,
            "language": rec.document.language,
            "opening": rec.text[:300],
        }
    if "port-1" in heads:
        assert heads["port-1"]["opening"] == new.text[:300]
