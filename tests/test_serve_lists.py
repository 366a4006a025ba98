"""The lists of the API and the pages over both store backends: each list's total (the API's
``total``, a page's heading and ``... of N``) and the quotes' dates (``since``, ``until``: a
quote's first publication)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from tests.store_fixtures import Q1, Q2
from tests.test_api_support import build_store, error_of, make_app

HTML = {"accept": "text/html"}
HOSTILE = "<script>"  # the hostile article's quote, first published 2020-03-30


@pytest.fixture
def client(analyzer: Analyzer, store_url: str) -> Iterator[TestClient]:
    """The serve tests' corpus: Q1 first published 2020-03-27 (Wire, then Daily on 03-28), Q2
    on 2020-03-28 (Daily, then Post on 03-29), the hostile quote on 2020-03-30."""
    with TestClient(make_app(analyzer, build_store(store_url))) as c:
        yield c


def quoted(items: list[dict[str, Any]]) -> list[str]:
    """Which of Q1, Q2 and the hostile quote ``items`` hold, in that order."""
    texts = " | ".join(q["text"] for q in items)
    return [
        name for name, x in (("Q1", Q1), ("Q2", Q2), ("hostile", HOSTILE)) if x.strip('"') in texts
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Q1", "Q2", "hostile"]),
        ({"since": "2020-03-27"}, ["Q1", "Q2", "hostile"]),
        # Q1 is carried on 03-28 too, but was first published on 03-27
        ({"since": "2020-03-28"}, ["Q2", "hostile"]),
        ({"since": "2020-03-29"}, ["hostile"]),
        ({"until": "2020-03-28"}, ["Q1", "Q2"]),
        ({"until": "2020-03-27"}, ["Q1"]),
        ({"since": "2020-03", "until": "2020-03"}, ["Q1", "Q2", "hostile"]),
        ({"since": "2020-03-28", "until": "2020-03-28", "outlet": "Post"}, ["Q2"]),
        ({"until": "2020-03-27", "outlet": "Post"}, []),
        ({"since": "2021"}, []),
        ({"until": "2019-12"}, []),
    ],
)
def test_api_quotes_by_first_publication(
    client: TestClient, params: dict[str, str], expected: list[str]
) -> None:
    resp = client.get("/api/quotes", params=params)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert quoted(body["items"]) == expected
    assert body["total"] == len(body["items"])
    for q in body["items"]:  # the date the filter read is the one shown as first publisher's
        published = q["first_publisher"]["published"]
        assert published >= params.get("since", "") and published[:7] <= params.get("until", "9")


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("since=never", "since: 'never' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("until=2020-13", "until: '2020-13' is not a calendar date"),
        ("until=2020-02-30", "until: '2020-02-30' is not a calendar date"),
        ("since=2021&until=2020", "until: '2020' ends before since '2021' begins"),
        ("since=", "since"),  # the API's parameters are strict: empty is no date
        ("since=2020&since=2021", "'since': is given 2 times"),
        ("from=2020", "'from'"),  # not a parameter of the list
    ],
)
def test_api_quotes_refuse_bad_dates(client: TestClient, query: str, words: str) -> None:
    assert words in error_of(client.get("/api/quotes?" + query), 422)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/articles", {}),
        ("/api/sources", {}),
        ("/api/sources", {"kind": "person"}),
        ("/api/sources", {"q": "white", "outlet": "Post"}),
        ("/api/sources", {"kind": "anonymous"}),
        ("/api/quotes", {}),
        ("/api/quotes", {"text": "bloody"}),
        ("/api/quotes", {"since": "2020-03-28", "outlet": "Daily"}),
        ("/api/quotes", {"text": "no such words"}),
        ("/api/stories", {}),
        ("/api/stories", {"outlet": "Post"}),
        ("/api/stories", {"since": "2021"}),
        # /api/relays said no total (the Daily's article relays the NYT)
        ("/api/relays", {}),
        ("/api/relays", {"outlet": "NYT"}),
        ("/api/relays", {"outlet": "Post"}),  # an outlet that relays no one and is not relayed
    ],
)
def test_api_lists_say_their_total(client: TestClient, path: str, params: dict[str, str]) -> None:
    """As ``/api/articles`` does: ``total`` counts the filtered list over all its pages."""
    body = client.get(path, params={**params, "limit": 500}).json()
    assert set(body) == {"items", "limit", "offset", "total"}
    assert body["total"] == len(body["items"])
    paged = client.get(path, params={**params, "limit": 1, "offset": 1}).json()
    assert paged["total"] == body["total"]
    assert len(paged["items"]) == min(1, max(0, body["total"] - 1))


def test_the_openapi_document_describes_the_quote_dates_and_totals(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    params = {p["name"]: p for p in doc["paths"]["/api/quotes"]["get"]["parameters"]}
    for name in ("since", "until"):
        assert "first published" in params[name]["description"]
        assert params[name]["in"] == "query" and not params[name].get("required")
    assert "since" not in {p["name"] for p in doc["paths"]["/api/sources"]["get"]["parameters"]}


@pytest.mark.parametrize(
    ("path", "counted"),
    [
        ("/api/articles", True),
        ("/api/sources", True),
        ("/api/quotes", True),
        ("/api/stories", True),
        ("/api/relays", True),
        ("/api/search", False),  # a search has no total
    ],
)
def test_the_openapi_document_says_which_lists_count(
    client: TestClient, path: str, counted: bool
) -> None:
    doc = client.get("/api/openapi.json").json()
    said = doc["paths"][path]["get"]["responses"]["200"]["description"]
    assert ("`{items, limit, offset, total}`" in said) is counted, said


def test_api_relays_total_over_pages(client: TestClient) -> None:
    body = client.get("/api/relays").json()
    assert body["total"] == 1 and body["items"][0]["to_outlet"] == "The New York Times"
    assert client.get("/api/relays", params={"offset": 5}).json() == {
        "items": [],
        "limit": 50,
        "offset": 5,
        "total": 1,
    }


def heading(html: str) -> str:
    return re.sub(r"<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", html, re.S).group(1))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("path", "title", "api"),
    [
        ("/", "Articles", "/api/articles"),
        ("/sources", "Source directory", "/api/sources"),
        ("/sources?kind=person", "Source directory", "/api/sources?kind=person"),
        ("/sources?q=zzz", "Source directory", "/api/sources?q=zzz"),
        ("/stories", "Stories", "/api/stories"),
        ("/stories?since=2021", "Stories", "/api/stories?since=2021"),
        ("/quotes", "Quotes", "/api/quotes"),
        ("/quotes?since=2020-03-28", "Quotes", "/api/quotes?since=2020-03-28"),
        (
            "/quotes?until=2020-03-27&text=tolerate",
            "Quotes",
            "/api/quotes?until=2020-03-27&text=tolerate",
        ),
    ],
)
def test_a_list_page_says_its_total(client: TestClient, path: str, title: str, api: str) -> None:
    total = client.get(api).json()["total"]
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 200
    assert heading(resp.text) == f"{title} {total}"


@pytest.mark.parametrize(
    ("path", "present", "absent"),
    [
        ("/quotes?since=2020-03-28", "bloody", "not tolerate"),
        ("/quotes?until=2020-03-27", "not tolerate", "bloody"),
        # negative: a bad date is shown beside its field and the list is not narrowed by it
        ("/quotes?since=never", "not tolerate", 'id="error-until"'),
    ],
)
def test_the_quotes_page_filters_by_date(
    client: TestClient, path: str, present: str, absent: str
) -> None:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == (422 if "never" in path else 200)
    assert present in resp.text and absent not in resp.text


@pytest.mark.parametrize("params", [{}, {"kind": "person"}, {"q": "white", "outlet": "Post"}])
def test_api_sources_without_article_ids(client: TestClient, params: dict[str, str]) -> None:
    """``article_ids=false`` gives each entry's number of articles in place of their ids: the
    same entries in the same order, ``n_articles`` the length of ``articles``."""
    full = client.get("/api/sources", params=params).json()
    bare = client.get("/api/sources", params={**params, "article_ids": "false"}).json()
    assert full["items"], params
    assert bare["total"] == full["total"]
    assert [x["id"] for x in bare["items"]] == [x["id"] for x in full["items"]]
    for f, b in zip(full["items"], bare["items"], strict=True):
        assert "articles" not in b and b["n_articles"] == len(f["articles"])
        assert {k: v for k, v in b.items() if k != "n_articles"} == {
            k: v for k, v in f.items() if k != "articles"
        }
    # negative: a value that is no boolean is a 422 naming the parameter
    assert "article_ids" in error_of(
        client.get("/api/sources", params={"article_ids": "sometimes"}), 422
    )


MALLORY = 'Mallory <img src=x onerror="window.__pwned = 2; alert(2)">'


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("pompeo", ["Mike Pompeo"]),
        ("POMPEO", ["Mike Pompeo"]),
        ("mike pompeo", ["Mike Pompeo"]),
        ("white", ["Robert White"]),
        ("new york", ["The New York Times"]),
        ("window.__pwned", [MALLORY]),  # underscores are underscores
        ("onerror='window", [MALLORY]),  # any quotation mark for any other
        ("e", ["Mike Pompeo", "Robert White", MALLORY, "Pentagon", "The New York Times"]),
        # negatives
        ("zzz", []),
        ("%", []),
        ("_", [MALLORY]),
        ("pompeo white", []),
        ("window._pwned", []),
        ("onerror=window", []),
    ],
)
def test_the_source_name_filter(client: TestClient, q: str, expected: list[str]) -> None:
    """``/api/sources?q=`` and ``/sources?q=`` list the entries whose name or an alias holds
    ``q`` (any case, any quotation mark, ``%`` and ``_`` as themselves), in the list's order,
    and count them."""
    body = client.get("/api/sources", params={"q": q}).json()
    assert [x["name"] for x in body["items"]] == expected
    assert body["total"] == len(expected)
    resp = client.get("/sources", params={"q": q}, headers=HTML)
    assert resp.status_code == 200
    assert heading(resp.text) == f"Source directory {len(expected)}"
    for name in ("Mike Pompeo", "Robert White", "Pentagon", "The New York Times"):
        assert (f">{name}<" in resp.text) is (name in expected), name


@pytest.mark.parametrize(
    ("path", "params", "status", "words"),
    [
        # a blank name or id names nothing: a 422, as the CLI's exit 2 (a 404 "no source ' '"
        # before), where one that names nothing stored stays a 404
        ("/api/sources/%20", {}, 422, "key: ' ' is blank: give a source's name"),
        ("/api/stories/%20%20", {}, 422, "story_id: '  ' is blank: give a story's id"),
        ("/api/quotes/%20", {}, 422, "quote_id: ' ' is blank: give a quote cluster's id"),
        ("/api/articles/%20", {}, 422, "article_id: ' ' is blank: give an article's id"),
        ("/api/sources/Nobody At All", {}, 404, "no source 'Nobody At All'"),
        ("/api/stories/nope", {}, 404, "no story 'nope'"),
        ("/api/quotes/nope", {}, 404, "no quote 'nope'"),
        ("/api/articles/nope", {}, 404, "no article 'nope'"),
        # a search or text filter with nothing to look for: 422 (a blank q answered 200 and an
        # empty list, and sources?q=%20 the names holding a space)
        ("/api/search", {"q": " "}, 422, "q: give the words to search for"),
        ("/api/search", {"q": "!!!"}, 422, "q: '!!!' has no word to search for"),
        ("/api/search", {"q": ""}, 422, "q"),
        ("/api/sources", {"q": "  "}, 422, "q: '  ' is blank"),
        ("/api/quotes", {"text": " "}, 422, "text: ' ' is blank"),
        ("/api/relays", {"outlet": " "}, 422, "give an outlet's name"),
        ("/api/relays", {"outlet": "zzz"}, 422, "unknown outlet 'zzz'"),
        ("/api/stories", {"limit": "0"}, 422, "limit"),
        ("/api/quotes", {"offset": "-1"}, 422, "offset"),
    ],
)
def test_api_refuses_what_the_store_and_the_cli_refuse(
    client: TestClient, path: str, params: dict[str, str], status: int, words: str
) -> None:
    assert words in error_of(client.get(path, params=params), status)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/search", {"q": "  bloody!  "}),
        ("/api/sources", {"q": "pompeo"}),
        ("/api/quotes", {"text": "tolerate"}),
        ("/api/relays", {"outlet": "NYT"}),
        ("/api/stories", {"limit": "500", "offset": "0"}),
        ("/api/sources/Mike Pompeo", {}),
    ],
)
def test_api_takes_good_arguments(client: TestClient, path: str, params: dict[str, str]) -> None:
    resp = client.get(path, params=params)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body.get("items", [body])


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        # the search page: a blank q is no search (a form sends it), punctuation only is
        # refused next to the field, as the API and the CLI refuse it
        ("/search?q=%20", 200, "Search"),
        ("/search?q=!!!", 422, "has no word to search for"),
        ("/sources/%20", 422, "is blank"),
        ("/stories/%20", 422, "is blank"),
    ],
)
def test_pages_refuse_what_the_store_refuses(
    client: TestClient, path: str, status: int, words: str
) -> None:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == status and words in resp.text


@pytest.mark.parametrize(("q", "refused_on_pg"), [("the", True), ("the tolerate", False)])
def test_api_search_of_stop_words_alone(client: TestClient, q: str, refused_on_pg: bool) -> None:
    resp = client.get("/api/search", params={"q": q})
    if client.app.state.ctx.store.backend == "postgresql" and refused_on_pg:  # type: ignore[attr-defined]
        assert "holds only words too common to be searched for" in error_of(resp, 422)
    else:
        assert resp.status_code == 200, resp.text
