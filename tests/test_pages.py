"""The server-rendered pages: every page renders, article content is escaped everywhere, the
highlighting is built from offsets, and the view helpers behave on edge cases."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.record import Attribution, Record, Removed, Sentence, Source
from newsprov.serve.svg import relay_graph, timeline
from newsprov.serve.view import article_view, safe_link, search_marks, segments
from newsprov.store import open_store
from tests.conftest import SAMPLE, checked
from tests.store_fixtures import make_record
from tests.test_api_support import IMG, LINK, SCRIPT, build_store, make_app

HTML = {"accept": "text/html"}
BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def client(
    analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory, sample_record: Record
) -> Iterator[TestClient]:
    url = build_store(tmp_path_factory.mktemp("pages") / "pages.db", [sample_record])
    with TestClient(make_app(analyzer, url)) as c:
        yield c


class Tags(HTMLParser):
    """Every start tag with its attributes, as the browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


def assert_inert(html: str) -> Tags:
    """Only our own script; no event-handler attributes; no javascript: links; no img."""
    tags = parse(html)
    for tag, attrs in tags.tags:
        if tag == "script":
            assert attrs == {"src": "/static/app.js", "defer": None}, attrs
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action", "formaction", "xlink:href"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed"), (tag, attrs)
    return tags


def page(
    client: TestClient, path: str, status: int = 200, headers: dict[str, str] = HTML, **kw: Any
) -> str:
    resp = client.get(path, headers=headers, **kw)
    assert resp.status_code == status, resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in resp.headers["content-security-policy"]
    return resp.text


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "wire-1"),
        ("/?outlet=Daily", "daily-1"),
        ("/?since=2020-03-29&until=2020-03-29", "post-1"),
        ("/?source_kind=outlet", "daily-1"),
        (f"/articles/{SAMPLE.stem}", "Pentagon"),
        ("/analyze", "Paste"),
        ("/sources", "Robert P. White"),  # the sample's fuller name wins
        ("/sources?kind=person&q=White", "Robert P. White"),
        ("/sources/Robert%20White", "Statements over time"),
        ("/stories", "Stories"),
        ("/quotes", "not tolerate"),
        ("/quotes?text=bloody", "bloody"),
        ("/search?q=bloody", "daily-1"),
        ("/search", "Search"),
    ],
)
def test_pages_render(client: TestClient, path: str, expected: str) -> None:
    html = page(client, path)
    assert expected in html
    assert_inert(html)
    assert 'href="/static/style.css"' in html and "http://" not in html.split("<main>")[0]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/articles/no-such-article", 404),
        ("/sources/Nobody%20At%20All", 404),
        ("/quotes/q-missing", 404),
        ("/stories/no-such-story", 404),
        ("/no/such/page", 404),
        ("/articles/a%00b", 422),
        ("/sources/%00", 422),
        # a list page's bad filter is shown on the list page itself (test_pages_forms.py)
    ],
)
@pytest.mark.parametrize(
    "headers",
    [HTML, {"accept": "*/*"}, {"accept": "application/json"}],
    ids=["html", "any", "json"],
)
def test_page_errors_are_pages(
    client: TestClient, path: str, status: int, headers: dict[str, str]
) -> None:
    """Whatever the client accepts (curl sends */*), a page's error is an HTML page."""
    html = page(client, path, status=status, headers=headers)
    assert "<h1>" in html and str(status) in html and '{"error"' not in html
    assert_inert(html)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles/no-such-article", 404),
        ("/api/stories/zz", 404),
        ("/api/sources/zz", 404),
        ("/api/nope", 404),
        ("/api/articles?since=never", 422),
        ("/api/articles?since=", 422),  # the API keeps its strict parameters
    ],
)
def test_api_errors_stay_json(client: TestClient, path: str, status: int) -> None:
    """A browser opening an API address gets its JSON error (a browser's Accept ends in
    ``*/*``; a bare ``text/html`` is a 406, in test_api_negotiation.py)."""
    resp = client.get(path, headers=BROWSER)
    assert resp.status_code == status
    assert resp.headers["content-type"].startswith("application/json")
    assert set(resp.json()) == {"error"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=never&until=", "'never' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("since=&until=2020-02-31", "'2020-02-31' is not a calendar date: use YYYY"),
    ],
)
def test_a_bad_date_is_named_plainly(client: TestClient, query: str, message: str) -> None:
    """Next to its field on the list page (test_pages_forms.py), in words."""
    html = page(client, "/?" + query, status=422)
    text = " ".join(" ".join(parse(html).text).split())
    assert message in text and "Value error" not in text
    assert '<span class="field-error"' in html
    assert "\\d{4}" not in html and "pattern" not in text


#: A browser submits every field of a filter form, the empty ones as ``name=``.
@pytest.mark.parametrize(
    ("path", "present", "absent"),
    [
        ("/?outlet=&since=&until=&source_kind=", "wire-1", None),
        ("/?outlet=Daily&since=&until=&source_kind=", "daily-1", "wire-1"),
        ("/?outlet=&since=2020-03-29&until=&source_kind=", "post-1", "wire-1"),
        ("/?outlet=+&since=+&until=&source_kind=&offset=", "wire-1", None),
        ("/sources?q=&kind=&outlet=", "Robert P. White", None),
        ("/sources?q=White&kind=&outlet=", "Robert P. White", None),
        ("/quotes?text=&outlet=", "not tolerate", None),
        ("/stories?outlet=&offset=", "Stories", None),
        ("/search?q=", "Search", None),
    ],
)
def test_empty_form_fields_mean_no_filter(
    client: TestClient, path: str, present: str, absent: str | None
) -> None:
    html = page(client, path)
    assert present in html
    assert absent is None or absent not in html


def test_index_shows_the_overview(client: TestClient) -> None:
    text = " ".join(" ".join(parse(page(client, "/")).text).split())
    assert "5 articles from 4 outlets" in text and "relays, most from The New York Times" in text


def test_filters_keep_their_values(client: TestClient) -> None:
    html = page(client, "/?outlet=Daily")
    assert 'name="outlet" value="Daily"' in html


def test_quote_page_shows_lineage(client: TestClient) -> None:
    qid = client.get("/api/quotes", params={"text": "not tolerate"}).json()["items"][0]["id"]
    html = page(client, f"/quotes/{qid}")
    assert "First published by <b>Wire</b>" in html
    assert html.index("/articles/wire-1") < html.index("/articles/daily-1")
    assert "<svg" in html and 'class="dot"' in html
    assert ">undated</text>" not in html, "every appearance is dated: no undated corner"
    assert 'placeholder="Search articles" value=""' in html, "the header search box stays empty"


def test_source_page_shows_statements_and_outlets(client: TestClient) -> None:
    html = page(client, "/sources/Robert%20White")
    assert "Robert White → The New York Times" in html
    text = " ".join(parse(html).text)
    assert "Outlets relaying this source" in text and "Daily" in text and "Post" in text


def test_sample_article_highlighting(client: TestClient, sample_record: Record) -> None:
    html = page(client, f"/articles/{sample_record.id}")
    tags = parse(html)
    roles = [a.get("class", "") or "" for t, a in tags.tags if t == "span" and a.get("data-att")]
    assert any("src" in c for c in roles) and any("cue" in c for c in roles)
    assert any("cnt" in c for c in roles)
    assert "3 - 3Shares" in html and 'class="res"' in html
    # the profile's sentence voices are named and explained, the evaluative one by its marks
    key = html.split('<dl class="voice-key">', 1)[1].split("</dl>", 1)[0]
    for voice in ("attributed", "outlet-factual", "outlet-evaluative", "other"):
        assert f"<dt>{voice}</dt>" in key, voice
    assert "wavy-underlined" in key
    # a picture's text alternative carries its figures (they were the bars' text, hidden
    # inside the image): "sentences by voice: attributed 5, outlet-factual 2, ..."
    labels = [a.get("aria-label") or "" for t, a in tags.tags if t == "svg"]
    voices = next(x for x in labels if x.startswith("sentences by voice: "))
    assert "attributed " in voices and "outlet-evaluative " in voices and voices.count(",") == 3
    assert any(x.startswith("shares of the article: attributed text ") for x in labels)
    # The text is rendered whole and exact: joining the article's data gives the text back.
    body = html.split('id="article-text" class="text"', 1)[1].split(">", 1)[1]
    body = body.split("</article>", 1)[0]
    assert "".join(parse(body).text) == sample_record.text
    for a in sample_record.attributions:
        assert f'id="att-{a.id}"' in html
    # Each source links to its directory entry, which exists.
    links = [a["href"] for t, a in tags.tags if t == "a" and "who" in (a.get("class") or "")]
    assert len(links) == len(sample_record.sources)
    for href in links:
        assert href and client.get(href, headers=HTML).status_code == 200, href


@pytest.mark.parametrize(
    "path",
    [
        "/articles/hostile-1",
        "/",
        "/sources",
        "/quotes",
        "/search?q=Mallory",
        "/?" + urlencode({"outlet": f"Evil {SCRIPT}"}),
        "/?" + urlencode({"outlet": SCRIPT}),
    ],
)
def test_hostile_content_is_escaped(client: TestClient, path: str) -> None:
    unknown = path == "/?" + urlencode({"outlet": SCRIPT})
    html = page(client, path, 422 if unknown else 200)
    tags = assert_inert(html)
    text = "".join(tags.text)
    assert "<script>" not in html.replace('<script src="/static/app.js" defer></script>', "")
    assert "<img" not in html and '<a href="javascript:' not in html
    if path == "/articles/hostile-1":
        assert SCRIPT in text and IMG.split(" ")[0] in text and LINK in text
        assert 'href="javascript:' not in html
        assert "javascript:alert(document.cookie)" in text  # shown, not linked


def test_hostile_source_and_quote_pages(client: TestClient) -> None:
    src = next(s for s in client.get("/api/sources", params={"q": "Mallory"}).json()["items"])
    assert_inert(page(client, "/sources/" + src["id"]))
    qid = client.get("/api/quotes", params={"text": "pwned"}).json()["items"][0]["id"]
    html = page(client, f"/quotes/{qid}")
    assert_inert(html)
    assert SCRIPT in "".join(parse(html).text)


# -- the analyse page --------------------------------------------------------------------
def test_analyze_page_text(client: TestClient) -> None:
    resp = client.post(
        "/analyze",
        data={
            "content": "The mayor said the bridge would reopen in June.\n",
            "format": "text",
            "outlet": "City Paper",
        },
        headers=HTML,
    )
    assert resp.status_code == 200
    html = resp.text
    assert "analysed, not stored" in html and "City Paper" in html
    assert 'data-att="a1"' in html
    assert_inert(html)
    resp = client.get("/api/articles", params={"outlet": "City Paper"})
    assert resp.status_code == 422 and "unknown outlet" in resp.json()["error"]


def test_analyze_page_html(client: TestClient) -> None:
    content = (
        f"<html><body><article><p>The mayor said {SCRIPT} it rained.</p></article></body></html>"
    )
    resp = client.post("/analyze", data={"content": content, "format": "html"}, headers=HTML)
    assert resp.status_code in (200, 422), resp.text[:300]
    assert_inert(resp.text)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"content": "", "format": "text"}, "no text to analyse"),
        ({"content": "   ", "format": "text"}, "no text to analyse"),
        ({"content": SCRIPT, "format": "text", "outlet": "x" * 300}, "outlet"),
        ({"content": "hello", "format": "pdf"}, "format"),
    ],
)
def test_analyze_page_bad_input(client: TestClient, data: dict[str, str], fragment: str) -> None:
    resp = client.post("/analyze", data=data, headers=HTML)
    assert resp.status_code == 422
    assert fragment in resp.text
    assert_inert(resp.text)


# -- the story page over a store that has a story ----------------------------------------
class StoryStore:
    """Delegates to the real store, adding one story (story linking is another stage's)."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def story(self, story_id: str) -> dict[str, Any]:
        return {
            "id": story_id,
            "title": f"Iraq <b>{SCRIPT}</b>",
            "articles": ["wire-1", "daily-1", "post-1"],
            "outlets": ["Wire", "Daily", "Post"],
            "first_published": "2020-03-27",
            "last_published": "2020-03-29",
            "timeline": [
                {"article": "wire-1", "outlet": "Wire", "published": "2020-03-27", "title": "W"},
                {"article": "daily-1", "outlet": "Daily", "published": "2020-03-28", "title": IMG},
                {"article": "post-1", "outlet": "Post", "published": None, "title": "P"},
            ],
            "relays": self.real.relays(),
        }


def test_story_page_timeline_and_graph(analyzer: Analyzer, client: TestClient) -> None:
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    real = ctx.store
    ctx._store = StoryStore(real)
    try:
        html = page(client, "/stories/st-1")
    finally:
        ctx._store = real
    assert_inert(html)
    assert html.count('class="dot"') == 3
    assert 'class="edge"' in html and "Daily relays The New York Times" in html
    assert "Timeline by outlet" in html
    # the relays are listed in words under the graph (they were in its pointer titles only,
    # which a screen reader does not read inside an image), and the graph says so
    relays = html.split('<ul class="relays">', 1)[1].split("</ul>", 1)[0]
    assert "<li>Daily relays The New York Times (" in relays
    assert 'aria-label="relay graph, listed below"' in html
    # the dots' links stay out of the tab order: the list under the timeline has them all
    dots = [a for t, a in parse(html).tags if t == "a" and a.get("tabindex") == "-1"]
    listed = html.split('<ol class="timeline-list">', 1)[1].split("</ol>", 1)[0]
    assert len(dots) == 3 and all(f'href="{a["href"]}"' in listed for a in dots)
    # post-1 has no date: its dot sits in a corner named "undated" above it
    assert 'text-anchor="end">undated</text>' in html


# -- view helpers ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        (" JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("vbscript:x", False),
        ("//evil.example/x", False),
        ("/relative", False),
        ("http:///nohost", False),
        ("", False),
        (None, False),
        ("http://[::1", False),
    ],
)
def test_safe_link(url: str | None, ok: bool) -> None:
    assert (safe_link(url) is not None) is ok


def _nested() -> Record:
    text = 'The NYT reported that officials said "Esper agreed." Sadly, it failed badly.\nx'
    src = [
        Source("s1", "the NYT", "outlet", mentions=[(0, 7)]),
        Source("s2", "officials", "anonymous", mentions=[(22, 31)]),
    ]
    atts = [
        Attribution("a1", "s1", [(0, 7)], [(8, 16)], [(22, 51)], "indirect", chain=["s1"]),
        Attribution(
            "a2",
            "s2",
            [(22, 31)],
            [(32, 36)],
            [(38, 50)],
            "direct",
            parent="a1",
            chain=["s2", "s1"],
        ),
    ]
    sents = [
        Sentence((0, 52), "attributed", ["a1", "a2"]),
        Sentence((53, 76), "outlet-evaluative", cues=[(53, 59), (70, 75)]),
    ]
    rec = make_record("n", [("X", "person", "said", "y")])
    rec.text, rec.sources, rec.attributions, rec.sentences = text, src, atts, sents
    rec.removed = [Removed((77, 78), "other")]
    rec.profile.second_hand = []
    return checked(rec)


def test_segments_cover_text_and_nest() -> None:
    rec = _nested()
    segs = segments(rec)
    assert "".join(s.text for s in segs) == rec.text
    by_text = {s.text: s for s in segs}
    assert "src" in by_text["officials"].classes and by_text["officials"].atts == ["a2", "a1"]
    assert "cnt" in by_text["Esper agreed"].classes and "d1" in by_text["Esper agreed"].classes
    assert "officials → the NYT" in by_text["Esper agreed"].title
    assert by_text["The NYT"].atts == ["a1"] and "d0" in by_text["The NYT"].classes
    assert "evcue" in by_text["Sadly,"].classes and "veval" in by_text["Sadly,"].classes
    assert by_text[" it failed "].classes == ["veval"]
    # the outlet's own judgement says so when pointed at, as every other mark does
    assert by_text[" it failed "].title.startswith("the outlet's own judgement")
    assert by_text["Sadly,"].title == "evaluative wording"
    assert by_text["\n"].title == "", "an unmarked piece has no title"
    assert "evcue" in by_text["badly"].classes
    assert "res" in by_text["x"].classes
    assert by_text["\n"].classes == [] and by_text["\n"].atts == []


def test_article_view_chain_and_groups() -> None:
    rec = _nested()
    rec.document.outlet = "Al-Masdar"
    view = article_view(rec)
    a2 = next(a for a in view.attributions if a.id == "a2")
    assert [link.name for link in a2.chain] == ["officials", "the NYT", "Al-Masdar"]
    assert a2.depth == 1 and a2.parent == "a1"
    assert [k for k, _ in view.sources_by_kind] == ["outlet", "anonymous"]
    assert view.counts["evaluative"] == 1


@pytest.mark.parametrize(
    "spans",
    [[(-5, 3)], [(70, 10_000)], [(5, 5)], [(9, 4)]],
)
def test_segments_survive_bad_spans(spans: list[tuple[int, int]]) -> None:
    rec = _nested()
    rec.attributions[0].content_spans = spans
    assert "".join(s.text for s in segments(rec)) == rec.text


def test_segments_without_marks() -> None:
    rec = _nested()
    rec.attributions, rec.sentences, rec.removed = [], [], []
    segs = segments(rec)
    assert len(segs) == 1 and segs[0].classes == [] and segs[0].text == rec.text


def _entries(lanes: dict[str, int], dated: int = 0) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {"outlet": "D", "published": f"2020-01-{i + 1:02d}", "label": "d", "href": "/d"}
        for i in range(dated)
    ]
    for outlet, n in lanes.items():
        out += [{"outlet": outlet, "published": None, "label": "u", "href": "/u"}] * n
    return out


@pytest.mark.parametrize(
    ("lanes", "dated", "apart"),
    [
        ({"A": 1}, 0, 14),
        ({"A": 3}, 2, 14),  # three undated dots of one lane were drawn at 0, 8 and 16 px
        ({"A": 4}, 2, 14),  # the fourth sat on the first: (undated % 3) * 8
        ({"A": 7}, 1, 14),  # one row
        ({"A": 14}, 1, 14),  # two rows, still apart
        ({"A": 40}, 1, 2),  # more than the corner holds apart: closed up, never on one another
        ({"A": 5, "B": 9, None: 2}, 3, 14),  # per lane: another lane's dots take no place
    ],
)
def test_undated_dots_each_have_a_place(lanes: dict[str, int], dated: int, apart: float) -> None:
    t = timeline(_entries({k or "": v for k, v in lanes.items()}, dated))
    undated = [p for p in t["points"] if p["published"] == "undated"]
    dates = [p["x"] for p in t["points"] if p["published"] != "undated"]
    assert len(undated) == sum(lanes.values())
    centres = [(p["x"], p["y"]) for p in undated]
    assert len(set(centres)) == len(centres), "two undated dots on one another"
    closest = min(
        (((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(centres)
         for b in centres[i + 1:]),
        default=99.0,
    )  # fmt: skip
    assert closest >= apart
    for p in undated:  # in the corner: right of every date, inside the picture and its lane
        assert max(dates, default=0) + 14 <= p["x"] <= t["width"] - 7 - 4
        lane_y = next(lane["y"] for lane in t["lanes"] if abs(lane["y"] - p["y"]) <= 8)
        assert abs(lane_y - p["y"]) + 7 <= 34 / 2
    assert t["undated"] is not None


def test_dated_dots_keep_the_whole_width_without_undated_ones() -> None:
    """The undated corner takes room from the dates only when there are undated entries."""
    with_corner = timeline(_entries({"A": 1}, dated=2))
    without = timeline(_entries({}, dated=2))
    assert without["undated"] is None
    right = max(p["x"] for p in without["points"])
    assert right > max(p["x"] for p in with_corner["points"] if p["published"] != "undated")
    assert without["ticks"][-1]["x"] > with_corner["ticks"][-1]["x"]


def test_timeline_and_graph_geometry() -> None:
    t = timeline(
        [
            {"outlet": "A", "published": "2020-01-01", "label": "x", "href": "/a"},
            {"outlet": "B", "published": "2020-01-11", "label": "y", "href": "/b"},
            {"outlet": "A", "published": None, "label": "z", "href": "/c"},
        ]
    )
    assert [lane["outlet"] for lane in t["lanes"]] == ["A", "B"]
    xs = [p["x"] for p in t["points"]]
    assert xs[0] < xs[1] < xs[2], "time runs left to right; undated last"
    assert t["points"][0]["y"] == t["points"][2]["y"] != t["points"][1]["y"]
    # the undated corner is named (its dots sat past the last date with no word of why)
    assert t["undated"] is not None and t["undated"]["x"] > xs[1]
    dated = timeline([{"outlet": "A", "published": "2020-01-01", "label": "x", "href": "/a"}])
    assert dated["undated"] is None
    g = relay_graph(
        [
            {"from_outlet": "Daily", "to_outlet": "NYT", "attributions": 3},
            {"from_outlet": "Post", "to_outlet": "NYT", "attributions": 1},
        ]
    )
    assert {n["name"] for n in g["nodes"]} == {"Daily", "NYT", "Post"}
    assert len(g["edges"]) == 2 and g["edges"][0]["width"] > g["edges"][1]["width"]
    assert relay_graph([]) == {"size": 420, "nodes": [], "edges": []}


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"content": "The mayor said it.", "format": "xml"}, "format: 'xml' must be text or html"),
        ({"content": "", "format": "text"}, "pasted article: is empty"),
        # the NUL was named, and echoed into the page's HTML with the rest of the form
        (
            {"content": "The mayor\x00 said it.", "format": "text"},
            "pasted article: text has a NUL character (U+0000) at character 9",
        ),
        ({"content": "The mayor said it.", "outlet": "Wire\x00"}, "has a NUL character"),
        ({"content": "The mayor said it.", "title": "\x00"}, "has a NUL character"),
    ],
)
def test_a_bad_analyse_form_names_the_field_in_words(
    client: TestClient, form: dict[str, str], message: str
) -> None:
    resp = client.post("/analyze", data=form, headers=HTML)
    assert resp.status_code == 422
    text = " ".join(" ".join(parse(resp.text).text).split())
    assert message in text and "pattern" not in text and "^(" not in text
    assert "\x00" not in resp.text
    typed = next((v for v in form.values() if "\x00" in v), None)
    if typed is not None:  # the form keeps what was typed, the NUL shown as U+FFFD
        assert typed.replace("\x00", "\ufffd") in resp.text


@pytest.mark.parametrize(
    ("method", "path", "message"),
    [
        ("PUT", "/analyze", "PUT is not allowed on /analyze: use"),
        ("POST", "/sources", "POST is not allowed on /sources: use GET"),
        ("DELETE", "/", "DELETE is not allowed on /: use GET"),
    ],
)
def test_a_wrong_method_on_a_page_is_a_page_naming_it(
    client: TestClient, method: str, path: str, message: str
) -> None:
    resp = client.request(method, path, headers=HTML)
    assert resp.status_code == 405 and resp.headers["content-type"].startswith("text/html")
    assert message in " ".join(parse(resp.text).text)


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/", "text/html"), ("/sources", "text/html"), ("/api/overview", "application/json")],
)
def test_edge_errors_follow_the_path(
    analyzer: Analyzer, tmp_path: Path, path: str, kind: str
) -> None:
    """The rate limit and the body limit answer before the app: HTML for pages, JSON for /api."""
    url = build_store(tmp_path / "edge.db")
    with TestClient(make_app(analyzer, url, rate_limit=1, max_body=100)) as c:
        assert c.get(path).status_code == 200
        resp = c.get(path)
        assert resp.status_code == 429 and resp.headers["content-type"].startswith(kind)
        assert "too many requests" in resp.text and "retry-after" in resp.headers
    with TestClient(make_app(analyzer, url, max_body=100)) as c:
        target = "/analyze" if kind == "text/html" else "/api/analyze"
        resp = c.post(target, content=b"x" * 500, headers={"content-type": "text/plain"})
        assert resp.status_code == 413 and resp.headers["content-type"].startswith(kind)
        assert "100-byte limit" in resp.text
        if kind == "text/html":
            assert_inert(resp.text)


WORDS = ["harbour", "glacier", "orchard", "turbine", "lantern", "meadow", "quarry", "violin"]


@pytest.fixture(scope="module")
def long_lists(
    analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """A store with one item more than a page (51 articles, sources, quotes, stories)."""
    records = []
    for i in range(51):
        w = [WORDS[(i + k) % 8] + str(i) for k in range(4)]
        records.append(
            checked(
                make_record(
                    f"page-{i:02d}",
                    [
                        (
                            f"Pagina Speaker{i:02d}",
                            "person",
                            "said",
                            f'"The {w[0]} and {w[1]} near {w[2]} matter."',
                        )
                    ],
                    published=f"20{10 + i // 12:02d}-{1 + i % 12:02d}-01",
                    title=f"Zebra {w[3]} report {i}",
                )
            )
        )
    url = str(tmp_path_factory.mktemp("pager") / "pager.db")
    with open_store(url) as st:
        assert st.add_records(records).failed == 0
    with TestClient(make_app(analyzer, url)) as c:
        yield c


@pytest.mark.parametrize(
    ("path", "row"),
    [
        ("/", 'href="/articles/'),
        ("/sources?q=Pagina", 'href="/sources/'),
        ("/stories", 'href="/stories/'),
        ("/quotes?text=matter", 'href="/quotes/'),
        ("/search?q=Zebra", 'href="/articles/'),
    ],
)
def test_long_lists_have_a_next_page(long_lists: TestClient, path: str, row: str) -> None:
    """The pager's links were never shown (the page's ``pager`` dict shadowed the macro of
    the same name), so only the first 50 items of any list could be reached."""
    sep = "&" if "?" in path else "?"
    first = page(long_lists, path)
    assert first.count(row) == 50 and "next →" in first and "← previous" not in first
    nxt = page(long_lists, f"{path}{sep}offset=50")
    assert nxt.count(row) == 1 and "next →" not in nxt and "← previous" in nxt
    past = page(long_lists, f"{path}{sep}offset=100")
    # past the end: a link to the first page (50 back may be empty too; test_pages_audit.py)
    assert row not in past and "next →" not in past and "← first page" in past
    assert "No articles stored" not in past


def test_a_full_last_page_has_no_next_link(client: TestClient) -> None:
    html = page(client, "/")
    assert "next →" not in html and "← previous" not in html


@pytest.mark.parametrize("kind", ["anonymous", "group", "person"])
def test_article_page_links_its_own_sources(analyzer: Analyzer, tmp_path: Path, kind: str) -> None:
    """The sources panel linked by name ("/sources/officials"), which the store resolves to
    the most-cited entry of that name: another article's, for sources scoped to their
    article. It links each source's own directory id now."""
    name = "officials" if kind != "person" else "Dana Whitfield"
    records = [
        checked(make_record(f"own-{i}", [(name, kind, "said", f"the bridge {i} was shut")]))
        for i in range(3)
    ]
    url = str(tmp_path / "own.db")
    with open_store(url) as st:
        assert st.add_records(records).failed == 0
    with TestClient(make_app(analyzer, url)) as c:
        for i in range(3):
            html = page(c, f"/articles/own-{i}")
            hrefs = [
                h
                for t, at in parse(html).tags
                if (h := at.get("href") or "") and t == "a" and h.startswith("/sources/")
            ]
            assert len(hrefs) == 1 and hrefs[0].startswith("/sources/src-"), hrefs
            target = page(c, hrefs[0])
            assert f"the bridge {i} was shut" in target, kind
            if kind == "person":  # one person across the articles: one entry with all three
                assert all(f"the bridge {j} was shut" in target for j in range(3))


RTL = "قال المتحدث إن الوضع هادئ."


def test_right_to_left_text_takes_its_own_direction(analyzer: Analyzer, tmp_path: Path) -> None:
    """An Arabic title, line or quote was laid out left to right (the sentence's full stop
    at its wrong end): titles and quotes now take ``dir="auto"``, and each line of the
    article text its own direction (``unicode-bidi: plaintext``), so an English line after
    an Arabic one stays left to right. Offsets are untouched: the highlight is the same."""
    rec = checked(
        make_record(
            "rtl-1",
            [("المتحدث", "person", "said", f'"{RTL}"'), ("Dana Whitfield", "person", "said", "ok")],
            title="عنوان عربي",
        )
    )
    url = str(tmp_path / "rtl.db")
    with open_store(url) as st:
        assert st.add_records([rec]).failed == 0
    with TestClient(make_app(analyzer, url)) as c:
        html = page(c, "/articles/rtl-1")
        tags = parse(html).tags
        assert any(t == "h1" and at.get("dir") == "auto" for t, at in tags)
        quotes = [at for t, at in tags if t == "blockquote"]
        assert quotes and all(at.get("dir") == "auto" for at in quotes)
        assert '<span class="cnt d0" data-att="a1"' in html and RTL in html
        for path in ("/quotes", "/quotes/" + c.get("/api/quotes").json()["items"][0]["id"]):
            assert 'blockquote dir="auto"' in page(c, path)
        css = c.get("/static/style.css").text
        rule = css[css.index(".text { background") :].split("}")[0]
        assert "unicode-bidi: plaintext" in rule and "text-align: start" in rule


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/articles/", "/"),  # was a 422 page: "article_id: String should have at least 1 ..."
        ("/sources/", "/sources"),  # was a 422 page about "key"
        ("/stories/", "/stories"),
        ("/quotes/", "/quotes"),
    ],
)
def test_a_list_path_with_a_slash_goes_to_the_list(
    client: TestClient, path: str, target: str
) -> None:
    for method in ("GET", "HEAD"):
        resp = client.request(method, path, headers=HTML, follow_redirects=False)
        assert resp.status_code == 307, (method, resp.text[:200])
        assert urlsplit(resp.headers["location"]).path == target
    assert page(client, path)  # followed: the list page


# -- the words searched for, marked on the search page ------------------------------------
@pytest.mark.parametrize(
    ("text", "q", "marked"),
    [
        ("The campaign began.", "campaign", ["campaign"]),
        ("Campaigns and CAMPAIGNING", "campaign", ["Campaigns", "CAMPAIGNING"]),  # case, endings
        ("They campaigned.", "campaigns", ["campaigned"]),  # the searched word's stem too
        ("the mayor and the council", "Mayor council", ["mayor", "council"]),
        ("Café owners", "café", ["Café"]),
        ("a (bloody) day", "bloody?", ["bloody"]),  # words only: punctuation is no pattern
        # negatives: no part of another word, nothing without a word searched for
        ("there, then, other", "the", []),
        ("ran a random run", "run", ["run"]),  # an irregular form is not marked ("ran")
        ("nothing here", "zebra", []),
        ("nothing here", "", []),
        ("nothing here", "?!", []),
        ("", "campaign", []),
        # markup-like text: cut as text, escaped by the template (never HTML here)
        ("a <b>lt</b> &amp; gt", "lt amp b", ["b", "lt", "b", "amp"]),
        ("1 < 2 > 0", "lt gt", []),
    ],
)
def test_search_marks(text: str, q: str, marked: list[str]) -> None:
    pieces = search_marks(text, q)
    assert "".join(p for p, _ in pieces) == text, "the pieces are the text, whole"
    assert [p for p, hit in pieces if hit] == marked


@pytest.mark.parametrize(
    ("q", "marks"),
    [
        ("bloody", ["bloody"]),
        ("BLOODY", ["bloody"]),
        ("Mallory", ["Mallory"]),
        # hostile text holding the searched word: the mark wraps escaped text, never a tag
        ("script", ["script", "script"]),
        ("img", ["img"]),
    ],
)
def test_the_search_page_marks_the_words_searched_for(
    client: TestClient, q: str, marks: list[str]
) -> None:
    """The results showed the snippet with no sign of where the words were."""
    html = page(client, "/search?" + urlencode({"q": q}))
    assert_inert(html)
    results = html.split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    got = [m.split("</mark>", 1)[0] for m in results.split("<mark>")[1:]]
    assert got, results
    assert {m.lower() for m in got} == {m.lower() for m in marks}
    # each mark holds text only: escaped markup around it, no tag inside it
    assert all("<" not in m and ">" not in m for m in got)
    if q == "script":
        assert "&lt;<mark>script</mark>&gt;" in results
        assert "<script>" not in results


def test_the_search_page_marks_a_title(client: TestClient) -> None:
    html = page(client, "/search?q=hostile")
    assert 'lang="">Hostile' not in html and 'lang=""><mark>Hostile</mark> &lt;img' in html


def test_the_search_page_marks_nothing_without_a_match(client: TestClient) -> None:
    html = page(client, "/search?q=zzyzx")
    assert "<mark>" not in html
    html = page(client, "/sources?q=bloody")
    assert "<mark>" not in html, "only the search page marks words"
