"""The pages read through as a user would: every link on every page leads somewhere, the
figures say what they count, an article with no outlet is said to have none (not "?" or
"this outlet"), and every item page has a window title of its own."""

from __future__ import annotations

import html as htmllib
import re
from collections import deque
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.serve.svg import relay_graph
from tests import test_pages
from tests.conftest import checked
from tests.store_fixtures import make_record
from tests.test_api_support import build_store, make_app

HTML = {"accept": "text/html"}
long_lists = test_pages.long_lists  # a store of 51 articles, sources, stories and quotes
NO_OUTLET = "orphan-2020-03-report"


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The API tests' corpus and one article with neither outlet nor title, relaying the NYT
    (as the demo's shared sample does)."""
    rec = make_record(
        NO_OUTLET,
        [("Port officials", "group", "said", '"The quarry will stay closed."')],
        outlet=None,
        published=None,
        relay="The New York Times",
    )
    rec.document.title = None
    url = build_store(tmp_path_factory.mktemp("review") / "review.db", [checked(rec)])
    with TestClient(make_app(analyzer, url)) as c:
        yield c


def get(client: TestClient, path: str) -> str:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 200, (path, resp.status_code)
    return resp.text


def main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    assert found
    return htmllib.unescape(found.group(1))


def crawl(client: TestClient, limit: int = 400) -> dict[str, str]:
    """Every page reachable from ``/`` by its links (``/api`` and ``/static`` left out)."""
    seen: dict[str, str] = {}
    todo = deque(["/"])
    while todo and len(seen) < limit:
        path = todo.popleft()
        if path in seen:
            continue
        seen[path] = get(client, path)
        for href in re.findall(r'href="([^"]+)"', seen[path]):
            href = htmllib.unescape(href)
            if href.startswith("/") and not href.startswith(("/api", "/static")):
                todo.append(href)
    return seen


def test_every_link_on_every_page_leads_to_a_page(client: TestClient) -> None:
    pages = crawl(client)
    for section in ("/articles/", "/sources/", "/stories/", "/quotes/"):
        assert any(p.startswith(section) for p in pages), section
    assert f"/articles/{NO_OUTLET}" in pages


def test_item_pages_have_titles_of_their_own(client: TestClient) -> None:
    """A story's page bore its first article's title, two sources of one name one title, two
    speakers' identical quotes one title."""
    pages = crawl(client)
    by_title: dict[str, list[str]] = {}
    for path, html in pages.items():
        if re.match(r"^/(articles|sources|stories|quotes)/[^?]+$", path):
            by_title.setdefault(title(html), []).append(path)
    shared = {t: p for t, p in by_title.items() if len(p) > 1}
    # the corpus has no two sources of one name nor two quotes of one speaker and text
    assert not shared, shared
    for path, html in pages.items():
        for section, prefix in (("/stories/", "Story: "), ("/sources/", "Source: ")):
            if path.startswith(section) and "?" not in path:
                assert title(html).startswith(prefix), (path, title(html))


@pytest.mark.parametrize(
    ("fragment", "present"),
    [
        ("in more than one article</li>", True),
        ("(1 without one)", True),
        # negative: a story of one outlet's two articles was counted "across outlets"
        ("across outlets", False),
    ],
)
def test_the_overview_says_what_it_counts(client: TestClient, fragment: str, present: bool) -> None:
    overview = get(client, "/")
    overview = overview[overview.index('<ul class="overview">') :].split("</ul>")[0]
    assert (fragment in overview) is present, overview


@pytest.mark.parametrize(
    ("path", "present", "absent"),
    [
        (f"/articles/{NO_OUTLET}", '<span class="hint">unknown outlet</span>', "<span>this outlet"),
        ("/articles/wire-1", "<span>Wire</span>", "unknown outlet"),
        ("/", '<span class="hint">unknown</span>', "<td></td>"),
        ("/quotes?text=quarry", "first: unknown outlet</span>", "first: ?"),
        ("/search?q=quarry", f'<span class="rid">{NO_OUTLET}</span>', "<span></span>"),
        ("/search?q=quarry", "(no title)", 'class="meta"></span>'),
    ],
)
def test_an_article_without_an_outlet_says_so(
    client: TestClient, path: str, present: str, absent: str
) -> None:
    html = main(get(client, path))
    assert present in html and absent not in html


def test_a_story_without_an_outlet_says_so(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    sid = next(s["id"] for s in stories if NO_OUTLET in s["articles"])
    html = main(get(client, f"/stories/{sid}"))
    assert '<span class="outlet">unknown outlet</span>' in html
    assert ">?<" not in html and "? relays" not in html and "<span></span>" not in html
    assert "unknown outlet relays The New York Times" in html


@pytest.mark.parametrize(
    ("edges", "names"),
    [
        ([{"from_outlet": None, "to_outlet": "NYT", "attributions": 2}], ["NYT", "unknown outlet"]),
        ([{"from_outlet": "Daily", "to_outlet": None}], ["unknown outlet", "Daily"]),
        # negative: named outlets keep their names
        ([{"from_outlet": "Daily", "to_outlet": "NYT"}], ["NYT", "Daily"]),
    ],
)
def test_the_relay_graph_names_an_unknown_outlet(
    edges: list[dict[str, object]], names: list[str]
) -> None:
    assert [n["name"] for n in relay_graph(edges)["nodes"]] == names


def test_a_source_with_no_statement_says_so(client: TestClient) -> None:
    """A source only named (the one spoken to, an outlet relayed) showed "0 statements", an
    empty timeline and an empty list; and its own name again as "also: ..."."""
    sources = client.get("/api/sources", params={"limit": 500}).json()["items"]
    silent = [s for s in sources if s["attributions"] == 0]
    speaking = [s for s in sources if s["attributions"] > 0]
    assert silent and speaking
    for s in silent:
        html = main(get(client, f"/sources/{s['id']}"))
        assert "Nothing is attributed to this source" in html
        assert "<svg" not in html and '<ol class="statements">' not in html
        assert f"also: {s['name']}" not in html
    for s in speaking:  # negative: a source with statements draws them
        html = main(get(client, f"/sources/{s['id']}"))
        assert "Nothing is attributed" not in html and '<ol class="statements">' in html
        assert "<svg" in html and f"also: {s['name']}<" not in html.replace("</span>", "<")


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/", ["1–50 of 51"]),
        ("/?offset=50", ["51–51 of 51"]),
        ("/?offset=10", ["11–51 of 51"]),
        ("/sources?q=Pagina", ["1–50 of 51"]),
        ("/sources?q=Pagina&offset=50", ["51–51 of 51"]),
        ("/stories?offset=50", ["51–51 of 51"]),
        ("/quotes?text=matter&offset=50", ["51–51 of 51"]),
        ("/quotes?text=matter&since=2011&offset=10", ["11–39 of 39"]),  # 2011-2014: 39 quotes
        ("/search?q=Zebra&offset=50", ["51–51"]),
        # negative: past the end nothing is shown, so no range
        ("/?offset=100", []),
    ],
)
def test_a_page_of_a_long_list_says_which_items_it_holds(
    long_lists: TestClient, path: str, shown: list[str]
) -> None:
    """Nothing told the second page from the first but its items; every list but a search's
    says of how many (a search has no total)."""
    html = main(get(long_lists, path))
    assert re.findall(r'<span class="shown">([^<]*)</span>', html) == shown


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("/search?q=Zebra", "Results 1–50 (more on the next page) for “Zebra”."),
        ("/search?q=Zebra&offset=50", "Results 51–51 for “Zebra”."),
        # negative: a single page counts its results
        ("/search?q=harbour0", "1 result for “harbour0”."),
    ],
)
def test_search_says_which_results_it_shows(long_lists: TestClient, path: str, line: str) -> None:
    """The second page said "1 result" of a search with 51."""
    assert line in main(get(long_lists, path))


@pytest.mark.parametrize("outlets", [[], ["Wire"]])
def test_a_story_row_without_outlets_says_unknown(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, outlets: list[str]
) -> None:
    """A story of articles without an outlet had an empty Outlets cell."""
    store = client.app.state.ctx.store
    real = store.stories
    monkeypatch.setattr(store, "stories", lambda **kw: [dict(real(**kw)[0], outlets=outlets)])
    row = main(get(client, "/stories")).split("<tbody>")[1].split("</tr>")[0]
    cell = row.split("</td><td>")[1].split("</td>")[0]
    assert cell == ('<span class="hint">unknown</span>' if not outlets else "Wire")


@pytest.mark.parametrize(
    ("selector", "colour"),
    [
        ("a.untitled", "var(--accent)"),  # a link keeps the colour of a link
        (".untitled", "var(--muted)"),  # a heading is muted
        (".no-title", "var(--muted)"),
    ],
)
def test_an_untitled_name_is_muted_but_a_link_still_looks_like_one(
    client: TestClient, selector: str, colour: str
) -> None:
    css = client.get("/static/style.css").text
    rules = re.findall(rf"(?m)^{re.escape(selector)} \{{([^}}]*)\}}", css)
    assert rules and f"color: {colour};" in rules[0], rules
