"""The HTTP API: every endpoint, bad and oversize bodies, tokens, rate limit, error shape."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.record import Record
from newsprov.serve.security import CSP, RateLimiter, ServeSettings, bearer, token_ok
from tests.conftest import SAMPLE, checked
from tests.test_api_support import TOKEN, build_store, error_of, make_app

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory, sample_record: Record) -> str:
    return build_store(tmp_path_factory.mktemp("api") / "api.db", [sample_record])


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, store_url: str) -> Iterator[TestClient]:
    app = make_app(analyzer, store_url, max_body=300_000)
    with TestClient(app) as c:
        yield c


def record_of(resp: Any) -> Record:
    assert resp.status_code == 200, resp.text
    return checked(Record.from_dict(resp.json()))


# -- POST /api/analyze -------------------------------------------------------------------
def test_analyze_text_returns_valid_record(client: TestClient, sample_text: str) -> None:
    resp = client.post(
        "/api/analyze",
        json={"text": sample_text, "outlet": "Al-Masdar News", "id": SAMPLE.stem},
    )
    rec = record_of(resp)
    assert rec.text == sample_text
    assert rec.id == SAMPLE.stem and rec.document.outlet == "Al-Masdar News"
    assert rec.attributions, "the sample has attributions"
    names = " ".join(s.name for s in rec.sources)
    assert "NYT" in names or "New York Times" in names


def test_analyze_html_extracts_body(client: TestClient) -> None:
    html = (
        "<html><head><title>Bridge to reopen</title><script>var x = 1;</script></head><body>"
        "<article><p>The bridge will reopen in June, the mayor said on Monday.</p>"
        "<p>Officials said repairs were nearly finished, according to the city.</p></article>"
        "</body></html>"
    )
    rec = record_of(client.post("/api/analyze", json={"html": html}))
    assert "bridge will reopen" in rec.text
    assert "var x" not in rec.text
    assert rec.document.input_format == "html"


def test_analyze_never_fetches_the_url(client: TestClient) -> None:
    """``url`` is metadata: the server must not connect to it."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.3)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/article"
        rec = record_of(
            client.post("/api/analyze", json={"text": "The mayor said it rained.", "url": url})
        )
        assert rec.document.url == url
        with pytest.raises(TimeoutError):
            listener.accept()


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "exactly one of text or html"),
        ({"text": "a", "html": "<p>b</p>"}, "exactly one of text or html"),
        ({"text": ""}, "no text to analyse"),
        ({"text": "   \n\t "}, "no text to analyse"),
        ({"text": 5}, "text"),
        ({"text": ["a"]}, "text"),
        ({"text": "fine", "colour": "red"}, "colour"),
        ({"text": "fine", "published": "last Tuesday"}, "published"),
        ({"text": "fine", "published": "2020-02-30"}, "not a calendar date"),
        ({"text": "fine", "published": "2020-13"}, "'2020-13' is not a whole date"),
        # a record keeps whole dates only: a year or a month was taken, then left null
        ({"text": "fine", "published": "2021"}, "published: '2021' is not a whole date: use"),
        ({"text": "fine", "published": "2021-03"}, "'2021-03' is not a whole date"),
        ({"text": "fine", "published": "27/03/2020"}, "'27/03/2020' is not a date: use YYYY-MM-DD"),
        ({"text": "fine", "authors": "one string"}, "authors"),
        ({"text": "fine", "id": "a/b"}, "id: 'a/b' must not be empty or contain '/', '\\'"),
        ({"text": "fine", "id": "a\tb"}, "or control characters"),
        # a JSON escape of half a character: no text, refused before spaCy or the store
        ({"text": "The mayor said \ud800 it."}, "text has a lone UTF-16 surrogate (U+D800)"),
        ({"html": "<p>The mayor said \udfff it.</p>"}, "html has a lone UTF-16 surrogate"),
        ({"text": "fine", "title": "Bridge \udc80"}, "title: "),
        ({"text": "fine", "authors": ["Ann \ud83d"]}, "authors.0: "),
        ([{"text": "a list"}], "body"),
        ("just a string", "body"),
    ],
)
def test_analyze_bad_bodies(client: TestClient, body: Any, fragment: str) -> None:
    content = json.dumps(body).encode("ascii")  # \u escapes, as a client's JSON encoder writes
    headers = {"content-type": "application/json"}
    msg = error_of(client.post("/api/analyze", content=content, headers=headers), 422)
    assert fragment in msg


@pytest.mark.parametrize(
    ("content", "ctype"),
    [
        (b"{not json", "application/json"),
        (b"\xff\xfe\x00garbage", "application/json"),
        (b"", "application/json"),
    ],
)
def test_analyze_unparseable_bodies(client: TestClient, content: bytes, ctype: str) -> None:
    error_of(client.post("/api/analyze", content=content, headers={"content-type": ctype}), 422)


@pytest.mark.parametrize(
    ("content", "ctype", "status", "message"),
    [
        # JSON sent under another type was "body: Input should be a valid dictionary or object
        # to extract fields from", then a 422 naming the type; it is a 415 (not a type read)
        (
            b'{"text": "The mayor said it."}',
            "text/plain",
            415,
            "body must be a JSON object sent as Content-Type: application/json (got text/plain)",
        ),
        (b"text=hello", "application/x-www-form-urlencoded", 415, "(got application/x-www-form"),
        (b'{"text": "x"}', None, 415, "(got no Content-Type)"),
        (
            b'[{"text": "a list"}]',
            "application/json",
            422,
            "body must be a JSON object, not a list",
        ),
        (b'"a string"', "application/json; charset=utf-8", 422, "not text"),
        (b"42", "application/json", 422, "not a whole number"),
        (b"4.5", "application/json", 422, "not a decimal number"),
        # JSON's null and booleans were named by Python ("not a JSON NoneType", "JSON bool")
        (b"null", "application/json", 422, "body must be a JSON object, not nothing (null)"),
        (
            b"true",
            "application/json",
            422,
            "body must be a JSON object, not a boolean (true or false)",
        ),
        (b"false", "application/json", 422, "not a boolean (true or false)"),
        (b"", "application/json", 422, "body is missing: send a JSON object"),
    ],
)
def test_a_body_that_is_no_json_object_is_named(
    client: TestClient, content: bytes, ctype: str | None, status: int, message: str
) -> None:
    headers = {"content-type": ctype} if ctype else {}
    msg = error_of(client.post("/api/analyze", content=content, headers=headers), status)
    assert message in msg and "extract fields" not in msg
    assert "NoneType" not in msg and "JSON bool" not in msg.replace("boolean", "")


@pytest.mark.parametrize(
    ("method", "path", "message"),
    [
        ("GET", "/api/analyze", "GET is not allowed on /api/analyze: use POST"),
        ("GET", "/api/ingest", "GET is not allowed on /api/ingest: use POST"),
        ("DELETE", "/api/articles/x", "DELETE is not allowed on /api/articles/x: use GET"),
        ("PUT", "/api/health", "PUT is not allowed on /api/health: use GET"),
    ],
)
def test_a_wrong_method_is_named(client: TestClient, method: str, path: str, message: str) -> None:
    resp = client.request(method, path, headers=AUTH)
    assert error_of(resp, 405) == message
    assert resp.headers["allow"]


@pytest.mark.parametrize(
    ("path", "status", "ctype"),
    [
        ("/api/health", 200, "application/json"),
        ("/api/articles?limit=1", 200, "application/json"),
        ("/api/articles?limit=0", 422, "application/json"),
        ("/api/nope", 404, "application/json"),
        ("/", 200, "text/html"),
        ("/sources", 200, "text/html"),
        ("/static/style.css", 200, "text/css"),
        ("/no/such/page", 404, "text/html"),
    ],
)
def test_head_is_get_without_a_body(client: TestClient, path: str, status: int, ctype: str) -> None:
    """Monitors and ``curl -I`` send HEAD; it was a 405 on every route."""
    resp = client.head(path)
    assert resp.status_code == status and resp.content == b""
    assert resp.headers["content-type"].startswith(ctype)
    assert resp.headers["content-length"] == client.get(path).headers["content-length"]
    assert "default-src 'none'" in resp.headers["content-security-policy"]


def test_oversize_body_with_length_is_refused(client: TestClient) -> None:
    msg = error_of(client.post("/api/analyze", json={"text": "word " * 80_000}), 413)
    assert "300,000-byte limit" in msg


def test_oversize_body_without_length_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 10_000
        yield b'"}'

    resp = client.post(
        "/api/analyze", content=chunks(), headers={"content-type": "application/json"}
    )
    assert "limit" in error_of(resp, 413)


@pytest.mark.parametrize(("url", "refused"), [("", True), ("  ", True), (None, False)])
def test_an_empty_store_url_is_refused(analyzer: Analyzer, url: str | None, refused: bool) -> None:
    """An empty store URL is named, as ``open_store("")`` is; None takes the default."""
    from newsprov.errors import ConfigError
    from newsprov.serve import create_app

    if refused:
        with pytest.raises(ConfigError, match="store URL is empty"):
            create_app(analyzer.options, url, analyzer=analyzer)
    else:
        assert create_app(analyzer.options, url, analyzer=analyzer).state.ctx.store_url == (
            analyzer.options.db
        )


def test_article_over_max_bytes_is_413(analyzer: Analyzer, store_url: str) -> None:
    app = make_app(analyzer, store_url, max_body=300_000)
    app.state.ctx.options = analyzer.options.with_(max_bytes=1_000)
    with TestClient(app) as c:
        msg = error_of(c.post("/api/analyze", json={"text": "x" * 2_000}), 413)
    assert "1,000-byte limit" in msg


# -- POST /api/ingest --------------------------------------------------------------------
ARTICLE = {
    "text": "The harbour master said the port would reopen on Friday.\n",
    "id": "harbour-1",
    "outlet": "Coast News",
    "published": "2021-06-01",
}


@pytest.mark.parametrize(
    ("headers", "status", "fragment"),
    [
        ({}, 401, "needs a token"),
        ({"Authorization": "Bearer wrong-token"}, 403, "wrong token"),
        ({"Authorization": f"Basic {TOKEN}"}, 401, "needs a token"),
        ({"Authorization": "Bearer "}, 401, "needs a token"),
        ({"X-Newsprov-Token": "wrong"}, 403, "wrong token"),
        ({"Authorization": f"Bearer {TOKEN}x"}, 403, "wrong token"),
    ],
)
def test_ingest_needs_the_right_token(
    client: TestClient, headers: dict[str, str], status: int, fragment: str
) -> None:
    msg = error_of(
        client.post("/api/ingest", json={"articles": [ARTICLE]}, headers=headers), status
    )
    assert fragment in msg
    error_of(client.get("/api/articles/harbour-1"), 404)


def test_ingest_refused_when_server_has_no_token(analyzer: Analyzer, store_url: str) -> None:
    app = make_app(analyzer, store_url, token=None)
    with TestClient(app) as c:
        msg = error_of(c.post("/api/ingest", json={"articles": [ARTICLE]}, headers=AUTH), 403)
    assert "NEWSPROV_TOKEN" in msg


def test_ingest_stores_and_is_idempotent(client: TestClient) -> None:
    art = dict(ARTICLE, id="harbour-2")
    bad = {"text": "", "id": "empty-1"}
    first = client.post("/api/ingest", json={"articles": [art, bad]}, headers=AUTH)
    assert first.status_code == 200, first.text
    assert first.json()["added"] == 1 and first.json()["failed"] == 1
    assert first.json()["errors"] == ["empty-1: is empty (no text to analyse)"]
    assert first.json()["failures"] == [
        {
            "index": 1,
            "input": "articles[1]",
            "id": "empty-1",
            "reason": "is empty (no text to analyse)",
        }
    ]
    again = client.post(
        "/api/ingest", json={"articles": [art]}, headers={"X-Newsprov-Token": TOKEN}
    )
    assert again.json() == {
        "added": 0,
        "unchanged": 1,
        "failed": 0,
        "errors": [],
        "replaced": [],
        "failures": [],
    }
    rec = record_of(client.get("/api/articles/harbour-2"))
    assert rec.document.outlet == "Coast News" and rec.text == ARTICLE["text"]
    # other content under the same id replaces it, and the answer says so
    changed = dict(art, text=ARTICLE["text"] + "\nThe ferry will run on Sundays too.")
    third = client.post("/api/ingest", json={"articles": [changed]}, headers=AUTH)
    assert third.json()["replaced"] == ["harbour-2"] and third.json()["added"] == 1


# the request itself is refused (422) when it is not a list of articles; an article in it that
# is not one ({"articles": [{}]} was a 422 too) is a failure of its own: see below
@pytest.mark.parametrize(
    "body",
    [
        {},
        {"articles": []},
        {"articles": "x"},
        {"article": [ARTICLE]},
        {"articles": [ARTICLE], "extra": 1},
        {"articles": {"0": ARTICLE}},
        [ARTICLE],
    ],
)
def test_ingest_bad_bodies(client: TestClient, body: Any) -> None:
    error_of(client.post("/api/ingest", json=body, headers=AUTH), 422)


def _story(ident: str) -> dict[str, Any]:
    return dict(ARTICLE, id=ident, text=ARTICLE["text"].replace("Friday", f"day {ident}"))


# (the bad article, its failure's id, what its reason says): the good articles beside it are
# stored, the bad one reported by its index, as `newsprov batch` reports a bad article
BAD_ITEMS = [
    pytest.param({}, None, "give exactly one of text or html", id="no-body"),
    pytest.param(
        {"text": 5, "id": "t5"}, "t5", "text: must be text, not a whole number", id="text-int"
    ),
    pytest.param(
        {"text": "A story.", "outlet": ["O"]},
        None,
        "outlet: must be text, not a list",
        id="outlet-list",
    ),
    pytest.param(
        {"text": "A story.", "authors": "Ann"},
        None,
        "authors: must be a list, not text",
        id="authors-text",
    ),
    pytest.param({"text": "A story.", "colour": "red"}, None, "colour: ", id="unknown-field"),
    pytest.param(
        {"text": "A story.", "published": "2021-02-30"}, None, "published: ", id="no-such-date"
    ),
    pytest.param(
        "a string", None, "must be an object with 'text' or 'html', not text", id="not-an-object"
    ),
    pytest.param(
        None, None, "must be an object with 'text' or 'html', not nothing (null)", id="null"
    ),
    pytest.param({"text": "", "id": "e1"}, "e1", "is empty", id="empty-text"),
    pytest.param({"text": "  ", "id": "a/b"}, "a/b", "id: ", id="bad-id-and-blank"),
    # the same id as the first article of the request, other content: the later one fails
    pytest.param(
        _story("bad-0") | {"text": "Other words."},
        "bad-0",
        "has id 'bad-0', which articles[0] already has for a different article",
        id="repeated-id",
    ),
]


@pytest.mark.parametrize(("bad", "ident", "reason"), BAD_ITEMS)
def test_ingest_reports_a_bad_article_and_stores_the_others(
    client: TestClient, request: pytest.FixtureRequest, bad: Any, ident: str | None, reason: str
) -> None:
    """One wrongly typed article was a 422 for the whole request: nothing was stored."""
    tag = request.node.callspec.id
    first, last = _story(f"{tag}-0"), _story(f"{tag}-2")
    if tag == "repeated-id":
        first = _story("bad-0")
    resp = client.post("/api/ingest", json={"articles": [first, bad, last]}, headers=AUTH)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["added"] + body["unchanged"] == 2 and body["failed"] == 1
    (failure,) = body["failures"]
    assert failure["index"] == 1 and failure["input"] == "articles[1]"
    assert failure["id"] == ident and reason in failure["reason"], failure
    assert body["errors"] == [f"{ident or 'articles[1]'}: {failure['reason']}"]
    for stored in (first, last):
        assert client.get(f"/api/articles/{stored['id']}").status_code == 200
    assert "Input should be" not in failure["reason"]  # pydantic's words, made plain


def test_ingest_reports_every_bad_article_in_order(client: TestClient) -> None:
    arts = [{"text": 1}, _story("order-1"), {"html": None}, [], _story("order-4")]
    body = client.post("/api/ingest", json={"articles": arts}, headers=AUTH).json()
    assert [f["index"] for f in body["failures"]] == [0, 2, 3]
    assert body["added"] == 2 and body["failed"] == 3 and len(body["errors"]) == 3


def test_ingest_reports_a_record_the_store_refuses_by_its_index(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the analysis (the store refusing a record) is named by its article's
    place in the request too, not only as a line naming the record's id."""
    from newsprov.store import writer

    real = writer.record_problems
    monkeypatch.setattr(
        writer,
        "record_problems",
        lambda rec: ["forced"] if rec.id.startswith("refused") else real(rec),
    )
    arts = [_story("kept-0"), _story("refused-1"), _story("kept-2"), _story("refused-1")]
    body = client.post("/api/ingest", json={"articles": arts}, headers=AUTH).json()
    assert body["added"] == 2 and body["failed"] == 2
    assert [(f["index"], f["id"]) for f in body["failures"]] == [(1, "refused-1"), (3, "refused-1")]
    assert all(f["reason"] == "not a valid record: forced" for f in body["failures"])


def test_the_openapi_document_describes_ingest_articles_and_failures(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    articles = doc["components"]["schemas"]["IngestIn"]["properties"]["articles"]
    assert articles["items"] == {"$ref": "#/components/schemas/ArticleIn"}
    assert "failures" in articles["description"]
    assert "ArticleIn" in doc["components"]["schemas"]


@pytest.mark.parametrize(("count", "status"), [(3, 422), (2, 200)])
def test_ingest_article_count_limit(
    analyzer: Analyzer, store_url: str, count: int, status: int
) -> None:
    app = make_app(analyzer, store_url, max_ingest=2)
    with TestClient(app) as c:
        resp = c.post("/api/ingest", json={"articles": [ARTICLE] * count}, headers=AUTH)
    if status == 200:  # at the limit: taken
        assert resp.status_code == 200, resp.text
        return
    # the message named no setting: which limit, and what to do
    assert error_of(resp, 422) == (
        "request: has 3 articles, over the limit of 2 (max_ingest, NEWSPROV_MAX_INGEST): "
        "send them in several requests"
    )


# -- read endpoints ----------------------------------------------------------------------
def test_articles_list_and_filters(client: TestClient) -> None:
    body = client.get("/api/articles").json()
    ids = [a["id"] for a in body["items"]]
    assert {"wire-1", "daily-1", "post-1", SAMPLE.stem} <= set(ids)
    assert body["total"] >= 5 and body["limit"] == 50 and body["offset"] == 0
    first = body["items"][0]
    assert {"id", "title", "outlet", "published", "attributions", "sources", "story"} <= set(first)

    def ids_for(**params: Any) -> list[str]:
        resp = client.get("/api/articles", params=params)
        assert resp.status_code == 200, resp.text
        return [a["id"] for a in resp.json()["items"]]

    assert ids_for(outlet="Daily") == ["daily-1"]
    assert ids_for(since="2020-03-28", until="2020-03-29") == ["post-1", "daily-1"]
    assert "daily-1" in ids_for(source_kind="outlet")
    assert "post-1" not in ids_for(source_kind="outlet")
    page1, page2 = ids_for(limit=2), ids_for(limit=2, offset=2)
    assert len(page1) == 2 and not set(page1) & set(page2)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"outlet": "Daily"},
        {"outlet": "NYT"},  # the registry knows it; no stored article is its own
        {"since": "2020-03-28", "until": "2020-03-29"},
        {"source_kind": "outlet"},
        {"since": "2099"},
    ],
)
def test_articles_total_counts_the_filtered_list(
    client: TestClient, params: dict[str, Any]
) -> None:
    body = client.get("/api/articles", params={**params, "limit": 500}).json()
    assert body["total"] == len(body["items"])
    paged = client.get("/api/articles", params={**params, "limit": 1, "offset": 1}).json()
    assert paged["total"] == body["total"]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 501},
        {"limit": "ten"},
        {"offset": -1},
        {"since": "yesterday"},
        {"until": "2020-13-99x"},
        {"source_kind": "alien"},
        {"outlet": "x" * 300},
    ],
)
def test_articles_bad_parameters(client: TestClient, params: dict[str, Any]) -> None:
    error_of(client.get("/api/articles", params=params), 422)


def test_article_record_and_missing(client: TestClient, sample_record: Record) -> None:
    rec = record_of(client.get(f"/api/articles/{sample_record.id}"))
    assert rec.to_dict() == sample_record.to_dict()
    assert "no-such-article" in error_of(client.get("/api/articles/no-such-article"), 404)


def test_search(client: TestClient) -> None:
    items = client.get("/api/search", params={"q": "bloody counterproductive"}).json()["items"]
    assert {"daily-1", "post-1"} <= {i["id"] for i in items}
    assert {"id", "title", "outlet", "published", "snippet"} <= set(items[0])
    assert client.get("/api/search", params={"q": "zzzqqqxxx"}).json()["items"] == []
    error_of(client.get("/api/search"), 422)
    error_of(client.get("/api/search", params={"q": ""}), 422)


def test_sources(client: TestClient) -> None:
    # Other tests of this module ingest the sample article, whose "Lt. Gen. Robert P. White"
    # is the same directory entry as the corpus's "Robert White": the fullest name wins.
    items = client.get("/api/sources", params={"kind": "person", "limit": 200}).json()["items"]
    names = {s["name"] for s in items}
    assert "Mike Pompeo" in names
    assert all(s["kind"] == "person" for s in items)
    white = next(s for s in items if s["name"] in ("Robert White", "Robert P. White"))
    assert {"daily-1", "post-1"} <= set(white["articles"])
    one = client.get(f"/api/sources/{white['id']}").json()
    stmts = [s for s in one["statements"] if s["article"] in ("daily-1", "post-1")]
    assert [s["article"] for s in stmts] == ["daily-1", "post-1"]
    assert stmts[0]["chain"][0].endswith("White")  # the name as that article gives it
    assert stmts[0]["chain"][1:] == ["The New York Times"]
    assert {"Daily", "Post"} <= set(one["outlets"])
    by_name = client.get("/api/sources/Robert White").json()
    assert by_name["id"] == white["id"]
    error_of(client.get("/api/sources/Nobody At All"), 404)
    error_of(client.get("/api/sources", params={"kind": "martian"}), 422)


def test_quotes(client: TestClient) -> None:
    items = client.get("/api/quotes", params={"text": "not tolerate"}).json()["items"]
    assert len(items) == 1
    q = items[0]
    assert q["first_publisher"]["article"] == "wire-1" and q["appearances"] == 2
    full = client.get(f"/api/quotes/{q['id']}").json()
    assert [a["article"] for a in full["appearances"]] == ["wire-1", "daily-1"]
    assert client.get("/api/quotes", params={"outlet": "Post"}).json()["items"]
    error_of(client.get("/api/quotes/q-missing"), 404)


def test_relays(client: TestClient) -> None:
    edges = client.get("/api/relays").json()["items"]
    assert ("daily-1", "Daily", "The New York Times") in {
        (e["from_article"], e["from_outlet"], e["to_outlet"]) for e in edges
    }
    assert client.get("/api/relays", params={"outlet": "Wire"}).json()["items"] == []


def test_stories(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    assert body["limit"] == 50 and isinstance(body["items"], list)
    error_of(client.get("/api/stories/no-such-story"), 404)
    error_of(client.get("/api/stories", params={"since": "soon"}), 422)
    assert body["items"], "every stored article belongs to a story"
    story = body["items"][0]
    full = client.get(f"/api/stories/{story['id']}").json()
    assert [t["article"] for t in full["timeline"]]
    assert isinstance(full["relays"], list)


def test_overview(client: TestClient) -> None:
    o = client.get("/api/overview").json()
    assert o["articles"] >= 5 and o["relays"] >= 1 and o["repeated_quotes"] >= 2
    assert o["outlets"]["Daily"] == 1
    assert o["most_relayed"][0]["outlet"] == "The New York Times"


def test_health_and_openapi(client: TestClient) -> None:
    assert client.get("/api/health").json()["status"] == "ok"
    doc = client.get("/api/openapi.json").json()
    paths = set(doc["paths"])
    for p in (
        "/api/analyze",
        "/api/ingest",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/sources",
        "/api/quotes",
        "/api/stories",
        "/api/relays",
        "/api/search",
        "/api/overview",
    ):
        assert p in paths, p
    assert not any(p.startswith("/articles") for p in paths), "pages stay out of the API doc"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/nothing-here", 404),
        ("GET", "/api/analyze", 405),
        ("DELETE", "/api/articles", 405),
        ("PUT", "/api/ingest", 405),
    ],
)
def test_errors_are_json(client: TestClient, method: str, path: str, status: int) -> None:
    error_of(client.request(method, path), status)


def test_security_headers_everywhere(client: TestClient) -> None:
    for resp in (
        client.get("/api/health"),
        client.get("/api/articles/nope"),
        client.get("/static/style.css"),
        client.post("/api/analyze", content=b"x" * 400_000),
    ):
        assert resp.headers["content-security-policy"] == CSP
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP


# -- rate limit, closed reads, token helpers ---------------------------------------------
def test_rate_limit(analyzer: Analyzer, store_url: str) -> None:
    app = make_app(analyzer, store_url, rate_limit=3)
    with TestClient(app) as c:
        assert [c.get("/api/health").status_code for _ in range(3)] == [200, 200, 200]
        resp = c.get("/api/health")
        assert "too many requests" in error_of(resp, 429)
        assert int(resp.headers["retry-after"]) >= 1


def test_rate_limiter_window() -> None:
    lim = RateLimiter(2, window=0.2)
    assert lim.check("a") == 0 and lim.check("a") == 0
    assert lim.check("a") > 0
    assert lim.check("b") == 0, "clients are counted apart"
    import time

    time.sleep(0.25)
    assert lim.check("a") == 0
    assert RateLimiter(0).check("a") == 0


def test_closed_reads_need_the_token(analyzer: Analyzer, store_url: str) -> None:
    app = make_app(analyzer, store_url, open_reads=False)
    with TestClient(app) as c:
        error_of(c.get("/api/articles"), 401)
        assert c.get("/", headers={"accept": "text/html"}).status_code == 401
        assert c.get("/api/articles", headers=AUTH).status_code == 200


@pytest.mark.parametrize(
    ("expected", "given", "ok"),
    [
        ("s3cret", "s3cret", True),
        ("s3cret", "s3cre", False),
        ("s3cret", "s3cretx", False),
        ("s3cret", "", False),
        ("s3cret", None, False),
        (None, "anything", False),
        ("", "", False),
        ("tökén", "tökén", True),
    ],
)
def test_token_ok(expected: str | None, given: str | None, ok: bool) -> None:
    assert token_ok(expected, given) is ok


@pytest.mark.parametrize(
    ("header", "token"),
    [
        ("Bearer abc", "abc"),
        ("bearer  abc ", "abc"),
        ("Basic abc", None),
        ("Bearer", None),
        (None, None),
    ],
)
def test_bearer(header: str | None, token: str | None) -> None:
    assert bearer(header) == token


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        ({"NEWSPROV_TOKEN": "t"}, "token", "t"),
        ({"NEWSPROV_RATE_LIMIT": "5"}, "rate_limit", 5),
        ({"NEWSPROV_MAX_BODY": "1000"}, "max_body", 1000),
        ({}, "token", None),
    ],
)
def test_settings_from_env(env: dict[str, str], field: str, value: Any) -> None:
    assert getattr(ServeSettings.from_env(env), field) == value


@pytest.mark.parametrize("env", [{"NEWSPROV_RATE_LIMIT": "lots"}, {"NEWSPROV_MAX_BODY": "-1"}])
def test_settings_from_env_refuses_bad_values(env: dict[str, str]) -> None:
    from newsprov.errors import ConfigError

    with pytest.raises(ConfigError):
        ServeSettings.from_env(env)


def test_read_endpoints_fuzzed_never_500(client: TestClient) -> None:
    """Every GET operation of the OpenAPI document, with hostile parameter values: no 500."""
    doc = client.get("/api/openapi.json").json()
    nasty = [
        "",
        "0",
        "-1",
        "99999999999999999999",
        "'; DROP TABLE articles; --",
        "%00",
        "\u202e",
        "<script>",
        "../../etc/passwd",
        "a" * 1000,
        "2020-02-30",
        "null",
    ]
    for path, ops in doc["paths"].items():
        op = ops.get("get")
        if not op:
            continue
        params = op.get("parameters", [])
        for value in nasty:
            url = path
            query = {}
            for p in params:
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", value.replace("/", "%2F") or "x")
                else:
                    query[p["name"]] = value
            resp = client.get(url, params=query)
            assert resp.status_code < 500, (url, query, resp.text)
            if resp.status_code >= 400:
                assert "error" in resp.json()


def test_store_unavailable_is_503_and_analyze_still_works(analyzer: Analyzer) -> None:
    app = make_app(analyzer, "/no/such/folder/newsprov.db")
    with TestClient(app) as c:
        assert "does not exist" in error_of(c.get("/api/articles"), 503)
        page = c.get("/", headers={"accept": "text/html"})
        assert page.status_code == 503 and "does not exist" in page.text
        assert page.headers["content-type"].startswith("text/html")
        record_of(c.post("/api/analyze", json={"text": "The mayor said it rained.\n"}))


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/stories", {"since": "2020-13-45"}, 422),  # the calendar, not only the pattern
        ("/api/stories", {"until": "2021-02-29"}, 422),
        ("/api/articles", {"since": "2020-00"}, 422),
        ("/api/stories", {"since": "2020-02-29"}, 200),
        ("/api/articles", {"until": "2020-03"}, 200),
    ],
)
def test_date_filters_are_calendar_dates(
    client: TestClient, path: str, params: dict[str, str], status: int
) -> None:
    resp = client.get(path, params=params)
    assert resp.status_code == status
    if status == 422:
        assert "calendar date" in error_of(resp, 422)


@pytest.mark.parametrize(
    ("outlet", "found"),
    [("NYT", True), ("nytimes.com", True), ("New York Times", True), ("Post", False)],
)
def test_relays_outlet_filter_knows_aliases(client: TestClient, outlet: str, found: bool) -> None:
    edges = client.get("/api/relays", params={"outlet": outlet}).json()["items"]
    assert (
        ("daily-1", "The New York Times") in {(e["from_article"], e["to_outlet"]) for e in edges}
    ) is found


@pytest.mark.parametrize(
    "path", ["/api/articles", "/api/sources", "/api/quotes", "/api/stories", "/api/relays"]
)
@pytest.mark.parametrize(("outlet", "message"), [("Timez", "unknown outlet"), (" ", "give an")])
def test_unknown_outlet_is_refused(
    client: TestClient, path: str, outlet: str, message: str
) -> None:
    """As the CLI's --outlet: a filter neither the registry nor the store knows is a typo."""
    text = error_of(client.get(path, params={"outlet": outlet}), 422)
    assert text.startswith("outlet: ") and message in text
    if message == "unknown outlet":
        assert "/api/overview" in text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        # /api/sources's filter on /api/articles (whose filter is source_kind) answered every
        # article, as if it had matched
        (
            "/api/articles?kind=person",
            "query parameter 'kind': /api/articles does not take it (it takes limit, offset, "
            "outlet, since, source_kind, until)",
        ),
        ("/api/stories?outlett=NYT", "query parameter 'outlett': /api/stories does not take it"),
        ("/api/search?q=a&qq=b&page=2", "query parameters 'page', 'qq': /api/search does not"),
        ("/api/health?verbose=1", "/api/health does not take it (it takes none)"),
        ("/api/articles/x?format=csv", "query parameter 'format': /api/articles/x does not"),
    ],
)
def test_an_unknown_query_parameter_is_refused(client: TestClient, path: str, message: str) -> None:
    assert message in error_of(client.get(path), 422)


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles?source_kind=person&outlet=NYT&since=2020&until=2021&limit=1&offset=0",
        "/api/sources?kind=person&q=a&outlet=NYT&limit=1",
        "/api/quotes?text=a&outlet=NYT",
        "/api/stories?outlet=NYT&since=2020",
        "/api/relays?outlet=NYT",
        "/api/search?q=Pentagon&limit=2",
    ],
)
def test_every_documented_parameter_is_taken(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200
