"""How the pages name a source that shares its name with another (two "Air Force" groups, each
kept to its article): one helper, :func:`newsprov.serve.view.source_name`, adds what tells
them apart (the kind, the one outlet or article each appears in, else the end of the id) in
the directory's rows and on each source's page (title and heading); a source no other bears
the name of is named alone. The store's ``namesakes`` on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.serve.view import ArticleName, SourceName, source_name
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import make_record
from tests.test_api_support import make_app

HTML = {"accept": "text/html"}
SAID = ("said", "the base will stay open")


def entry(
    sid: str, kind: str = "group", outlet: str | None = None, article: str | None = None
) -> dict[str, Any]:
    return {"id": sid, "name": "Air Force", "kind": kind, "outlet": outlet, "article": article}


def titled(aid: str) -> ArticleName:
    titles = {"a1": "Strike ordered", "a2": "Strike ordered", "a3": "Base closed", "a4": "x" * 80}
    return ArticleName(titles.get(aid, aid), "title", "")


@pytest.mark.parametrize(
    ("me", "others", "expected"),
    [
        # negative: no namesake, or only itself, is the name alone
        (entry("src-aaaaaa111111"), None, "Air Force"),
        (entry("src-aaaaaa111111"), [], "Air Force"),
        (entry("src-aaaaaa111111", outlet="Wire"), [entry("src-aaaaaa111111")], "Air Force"),
        # another kind: the kind tells them apart
        (entry("src-1", "organization"), [entry("src-2", "group")], "Air Force (organization)"),
        # the same kind: the one outlet it appears in
        (entry("src-1", outlet="Wire"), [entry("src-2", outlet="Daily")], "Air Force (in Wire)"),
        (
            entry("src-1", outlet="Wire"),
            [entry("src-2", "organization"), entry("src-3", outlet="Daily")],
            "Air Force (group, in Wire)",
        ),
        # the same outlet: its article, by name
        (
            entry("src-1", outlet="Daily", article="a3"),
            [entry("src-2", outlet="Daily", article="a1")],
            "Air Force (in “Base closed”)",
        ),
        # a long headline is cut
        (
            entry("src-1", outlet="Daily", article="a4"),
            [entry("src-2", outlet="Daily", article="a1")],
            f"Air Force (in “{'x' * 59}…”)",
        ),
        # two articles of one title: the end of its id
        (
            entry("src-0123456789ab", outlet="Daily", article="a1"),
            [entry("src-ba9876543210", outlet="Daily", article="a2")],
            "Air Force (#6789ab)",
        ),
        # in several outlets and articles (None): the end of its id
        (entry("src-0123456789ab"), [entry("src-ba9876543210")], "Air Force (#6789ab)"),
        # negative: the other kind's outlet does not count against it
        (
            entry("src-1", outlet="Daily"),
            [entry("src-2", "organization", outlet="Daily")],
            "Air Force (group)",
        ),
    ],
)
def test_source_name(
    me: dict[str, Any], others: list[dict[str, Any]] | None, expected: str
) -> None:
    assert str(source_name(me, others, titled)) == expected


def test_source_name_without_article_names_uses_the_id() -> None:
    got = source_name(entry("src-1", article="af-2"), [entry("src-2", article="af-3")])
    assert got == SourceName("Air Force", "in “af-2”")


# -- a store of namesakes --------------------------------------------------------------------
#: (article, outlet, title, kind of its "Air Force"): four groups (scoped to their article,
#: never merged) and one organization.
ARTICLES = [
    ("af-1", "Wire", "Airlift resumes", "group"),
    ("af-2", "Daily", "Strike ordered", "group"),
    ("af-3", "Daily", "Strike ordered", "group"),
    ("af-4", "Daily", "Base closed", "group"),
    ("af-5", "Post", "Budget talks", "organization"),
]
#: What each article's "Air Force" is called (``#``: the end of its id).
LABELS = {
    "af-1": "Air Force (group, in Wire)",
    "af-2": "Air Force (group, #)",
    "af-3": "Air Force (group, #)",
    "af-4": "Air Force (group, in “Base closed”)",
    "af-5": "Air Force (organization)",
}


def records() -> list[Any]:
    return [
        checked(
            make_record(
                aid,
                [("Air Force", kind, *SAID), ("Robert White", "person", "said", f"the {aid} plan")],
                outlet=outlet,
                title=title,
                published="2021-06-0" + aid[-1],
            )
        )
        for aid, outlet, title, kind in ARTICLES
    ]


@pytest.fixture
def client(analyzer: Analyzer, store_url: str) -> Iterator[TestClient]:
    with open_store(store_url) as st:
        assert st.add_records(records()).failed == 0
    with TestClient(make_app(analyzer, store_url)) as c:
        yield c


def air_forces(client: TestClient) -> dict[str, dict[str, Any]]:
    """Each article's "Air Force" entry, by article."""
    items = client.get("/api/sources", params={"q": "air force", "limit": 500}).json()["items"]
    return {s["articles"][0]: s for s in items if len(s["articles"]) == 1}


def label(aid: str, src: dict[str, Any]) -> str:
    return LABELS[aid].replace("#", "#" + src["id"][-6:])


def test_the_store_lists_namesakes(client: TestClient) -> None:
    store = client.app.state.ctx.store  # type: ignore[attr-defined]
    found = air_forces(client)
    assert sorted(found) == [a for a, *_ in ARTICLES]
    got = store.namesakes([s["id"] for s in found.values()])
    assert set(got) == {s["id"] for s in found.values()}
    group = got[found["af-1"]["id"]]
    assert sorted((n["kind"], n["outlet"], n["article"]) for n in group) == sorted(
        (kind, outlet, aid) for aid, outlet, _, kind in ARTICLES
    )
    # negative: a name no other entry bears, an unknown id, nothing asked
    white = store.sources(q="robert white")[0]["id"]
    assert store.namesakes([white, "src-nosuchentry"]) == {} and store.namesakes([]) == {}


@pytest.mark.parametrize(("cap", "asked", "compared"), [(2, 2, 2), (5, 2, 5), (2, 1, 1)])
def test_a_name_many_bear_is_told_apart_among_the_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, cap: int, asked: int, compared: int
) -> None:
    """Past MAX_NAMESAKES entries of one name, only the asked ones come back (a page costs
    the same on any corpus); at or under it, every entry of the name (negative case). One
    entry asked alone of a name past the cap has no namesake on its page."""
    import newsprov.store.queries as queries

    monkeypatch.setattr(queries, "MAX_NAMESAKES", cap)
    store = client.app.state.ctx.store  # type: ignore[attr-defined]
    ids = [s["id"] for _, s in sorted(air_forces(client).items())][:asked]
    got = store.namesakes(ids)
    if compared == 1:
        assert got == {}
    else:
        assert {len(group) for group in got.values()} == {compared} and set(got) == set(ids)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


@pytest.mark.parametrize("aid", sorted(LABELS))
def test_a_source_page_says_what_tells_it_apart(client: TestClient, aid: str) -> None:
    src = air_forces(client)[aid]
    html = client.get(f"/sources/{src['id']}", headers=HTML).text
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)  # type: ignore[union-attr]
    heading = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)  # type: ignore[union-attr]
    assert text_of(title).startswith("Source: " + label(aid, src))
    assert text_of(heading) == f"{label(aid, src)} {src['kind']}"


def test_the_directory_rows_tell_namesakes_apart(client: TestClient) -> None:
    html = client.get("/sources", params={"q": "air force"}, headers=HTML).text
    rows = [text_of(r.split("</td>")[0]) for r in html.split("<tbody>")[1].split("<tr>")[1:]]
    wanted = {label(aid, src) for aid, src in air_forces(client).items()}
    assert sorted(rows) == sorted(wanted) and len(set(rows)) == len(rows) == 5


@pytest.mark.parametrize("path", ["/sources?q=robert", "/sources/Robert White"])
def test_a_source_without_namesakes_is_named_alone(client: TestClient, path: str) -> None:
    html = client.get(path, headers=HTML).text
    assert "Robert White" in html and 'class="apart"' not in html


def test_a_name_several_sources_bear_links_each_told_apart(client: TestClient) -> None:
    """``/sources/Air Force`` names five sources: the 404 page links each, told apart."""
    resp = client.get("/sources/Air Force", headers=HTML)
    assert resp.status_code == 404
    listed = resp.text.split('<ul class="candidates">')[1].split("</ul>")[0]
    links = re.findall(r'<li><a href="(/sources/[^"]+)"', listed)
    items = [text_of(x) for x in listed.split("<li>")[1:]]
    found = air_forces(client)
    assert sorted(links) == sorted(f"/sources/{s['id']}" for s in found.values())
    assert sorted(items) == sorted(label(aid, src) for aid, src in found.items())


@pytest.mark.parametrize("path", ["/sources/Nobody", "/sources/src-000000000000"])
def test_a_name_no_source_bears_lists_none(client: TestClient, path: str) -> None:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 404 and "candidates" not in resp.text


# -- the API says it too: ``apart`` after ``name`` ---------------------------------------------
@pytest.mark.parametrize("aid", sorted(LABELS))
def test_the_api_says_what_the_pages_say(client: TestClient, aid: str) -> None:
    """Each "Air Force" of the API (the directory's items and the entry itself) carries the
    words the pages put in brackets after its name, from the same helper."""
    src = air_forces(client)[aid]
    one = client.get(f"/api/sources/{src['id']}").json()
    heading = client.get(f"/sources/{src['id']}", headers=HTML).text
    heading = text_of(re.search(r"<h1>(.*?)</h1>", heading, re.S).group(1))  # type: ignore[union-attr]
    for item in (src, one):
        assert item["name"] == "Air Force" and f"Air Force ({item['apart']})" == label(aid, src)
        assert heading == f"Air Force ({item['apart']}) {item['kind']}"
        assert list(item)[:3] == ["id", "name", "apart"]


#: (article, outlet, title, [(speaker, kind)]): namesakes that only their kind tells apart
#: ("Army"), only their outlet ("Navy", two groups), only their article ("Marines", two
#: groups of one outlet); "Robert White" (one person in every article) has none.
API_ARTICLES = [
    ("ar-1", "Post", "Army moves", [("Army", "group")]),
    ("ar-2", "Post", "Army budget", [("Army", "organization")]),
    ("nv-1", "Wire", "Navy drills", [("Navy", "group")]),
    ("nv-2", "Daily", "Navy returns", [("Navy", "group")]),
    ("mr-1", "Daily", "Port reopens", [("Marines", "group")]),
    ("mr-2", "Daily", "Fleet sails", [("Marines", "group")]),
]


@pytest.fixture
def api_client(analyzer: Analyzer, store_url: str) -> Iterator[TestClient]:
    recs = [
        checked(
            make_record(
                aid,
                [
                    *((who, kind, *SAID) for who, kind in speakers),
                    ("Robert White", "person", *SAID),
                ],
                outlet=outlet,
                title=title,
            )
        )
        for aid, outlet, title, speakers in API_ARTICLES
    ]
    with open_store(store_url) as st:
        assert st.add_records(recs).failed == 0
    with TestClient(make_app(analyzer, store_url)) as c:
        yield c


@pytest.mark.parametrize(
    ("name", "aid", "apart"),
    [
        # negative: a name no other entry bears says nothing
        ("Robert White", None, ""),
        # another kind
        ("Army", "ar-1", "group"),
        ("Army", "ar-2", "organization"),
        # the same kind, another outlet: the outlet, and no kind
        ("Navy", "nv-1", "in Wire"),
        ("Navy", "nv-2", "in Daily"),
        # the same kind and outlet, another article: the article by its title
        ("Marines", "mr-1", "in “Port reopens”"),
        ("Marines", "mr-2", "in “Fleet sails”"),
    ],
)
def test_the_api_tells_namesakes_apart(
    api_client: TestClient, name: str, aid: str | None, apart: str
) -> None:
    listed = api_client.get("/api/sources", params={"q": name}).json()["items"]
    mine = [s for s in listed if s["name"] == name and (aid is None or s["articles"] == [aid])]
    assert len(mine) == 1, listed
    one = api_client.get(f"/api/sources/{mine[0]['id']}").json()
    assert mine[0]["apart"] == one["apart"] == apart
    assert len({(s["name"], s["apart"]) for s in listed}) == len(listed)  # no two alike


def test_every_listed_entry_has_apart(api_client: TestClient) -> None:
    """``apart`` is a string on every directory entry the API lists: the directory, the
    overview's top sources, one entry (found by id or by its one name)."""
    body = api_client.get("/api/sources", params={"limit": 500}).json()
    top = api_client.get("/api/overview").json()["top_sources"]
    by_name = api_client.get("/api/sources/Robert White").json()
    assert body["total"] == len(body["items"]) == 7 and top
    for item in [*body["items"], *top, by_name]:
        assert isinstance(item["apart"], str) and list(item)[:3] == ["id", "name", "apart"]
    assert by_name["apart"] == "" and {s["apart"] for s in top} <= {
        s["apart"] for s in body["items"]
    }


@pytest.mark.parametrize(
    ("path", "heads"),
    [
        ("/api/sources?limit=500", 1),
        ("/api/sources?q=navy", 1),  # each kept to its article: their titles are read
        ("/api/sources?q=robert", 0),  # negative: no namesake at all
        ("/api/sources/Robert White", 0),
        ("/api/overview", 1),
    ],
)
def test_one_namesakes_call_a_response(
    api_client: TestClient, monkeypatch: pytest.MonkeyPatch, path: str, heads: int
) -> None:
    """However many entries a response lists: one ``namesakes`` call, and one
    ``article_heads`` call only when some namesake is kept to one article."""
    store = api_client.app.state.ctx.store  # type: ignore[attr-defined]
    calls: list[str] = []
    for method in ("namesakes", "article_heads"):

        def counted(*args: Any, _real: Any = getattr(store, method), _m: str = method) -> Any:
            calls.append(_m)
            return _real(*args)

        monkeypatch.setattr(store, method, counted)
    assert api_client.get(path).status_code == 200
    assert calls.count("namesakes") == 1 and calls.count("article_heads") == heads


@pytest.mark.parametrize(
    ("path", "said"), [("/api/sources", True), ("/api/overview", True), ("/api/quotes", False)]
)
def test_the_openapi_document_describes_apart(
    api_client: TestClient, path: str, said: bool
) -> None:
    doc = api_client.get("/api/openapi.json").json()
    words = doc["paths"][path]["get"]["responses"]["200"]["description"]
    assert ("`apart`" in words) is said
    if path == "/api/sources":
        one = doc["paths"]["/api/sources/{key}"]["get"]["responses"]["200"]["description"]
        assert "`apart`" in one
