"""What the HTTP edge takes and gives: ``Accept`` (406 when the API's JSON is refused),
``Content-Type`` of a body (415 when it is not JSON, or not a form on the analyse page) and
``Content-Encoding`` (gzip decoded under the same size limit; anything else 415)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.serve.negotiate import acceptable, parse_accept
from tests.test_api_support import TOKEN, build_store, error_of, make_app

AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = "application/json"
LIMIT = 300_000


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = build_store(tmp_path_factory.mktemp("negotiation") / "negotiation.db")
    with TestClient(make_app(analyzer, url, max_body=LIMIT)) as c:
        yield c


# -- Accept --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, True),
        ("", True),
        ("*/*", True),
        ("application/json", True),
        ("application/*", True),
        ("APPLICATION/JSON", True),
        ("application/json; charset=utf-8", True),
        ("text/html, */*;q=0.1", True),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),  # browsers
        ("text/csv;q=1, application/json;q=0.2", True),
        ("application/json, */*;q=0", True),
        ("not a media range", True),  # nothing readable: as if no Accept was sent
        # negative: nothing that takes JSON, or JSON refused with q=0
        ("text/csv", False),
        ("application/xml", False),
        ("text/*", False),
        ("text/html, application/xhtml+xml", False),
        ("application/json;q=0", False),
        ("application/json;q=0.000, text/csv", False),
        ("*/*;q=0", False),
        ("application/json;q=0, */*", False),  # the more specific range wins
        ("application/*;q=0, */*;q=1", False),
        ("application/json;q=oops, text/csv", False),  # an unreadable q drops that range
    ],
)
def test_acceptable(accept: str | None, expected: bool) -> None:
    assert acceptable(accept, JSON) is expected


def test_parse_accept_reads_quality_values() -> None:
    assert parse_accept("text/html;level=1;q=0.5, */*;Q=0.1, bad, a/b;q=2") == [
        ("text", "html", 0.5),
        ("*", "*", 0.1),
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/api/health",
        "/api/articles",
        "/api/sources",
        "/api/overview",
        "/api/openapi.json",
        "/api/search?q=plan",
    ],
)
@pytest.mark.parametrize("accept", ["*/*", "application/*", JSON, "text/csv;q=0.5, */*;q=0.1"])
def test_json_endpoints_answer_what_is_accepted(client: TestClient, path: str, accept: str) -> None:
    resp = client.get(path, headers={"accept": accept})
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith(JSON)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/health"),
        ("GET", "/api/articles"),
        ("GET", "/api/openapi.json"),
        ("HEAD", "/api/overview"),
        ("POST", "/api/analyze"),
        ("POST", "/api/ingest"),
    ],
)
@pytest.mark.parametrize("accept", ["text/csv", "application/xml", "application/json;q=0"])
def test_json_endpoints_refuse_what_is_not_accepted(
    client: TestClient, method: str, path: str, accept: str
) -> None:
    body = {"text": "The mayor said it rained."}
    if path == "/api/ingest":
        body = {"articles": [body]}
    resp = client.request(method, path, headers={"accept": accept, **AUTH}, json=body)
    assert resp.status_code == 406, resp.text
    assert resp.headers["content-type"].startswith(JSON)
    if method != "HEAD":
        msg = error_of(resp, 406)
        assert "application/json" in msg and accept in msg and path in msg


@pytest.mark.parametrize(
    ("path", "status"),
    [
        # a path that is no endpoint is named as such, whatever Accept says
        ("/api/nope", 404),
        ("/api", 404),
        # an endpoint refuses before it looks the item up
        ("/api/articles/no-such-article", 406),
    ],
)
def test_a_path_that_is_no_endpoint_stays_404(client: TestClient, path: str, status: int) -> None:
    error_of(client.get(path, headers={"accept": "text/csv"}), status)


@pytest.mark.parametrize("accept", ["text/html", "*/*", "application/json", "text/csv"])
def test_pages_answer_html_whatever_is_accepted(client: TestClient, accept: str) -> None:
    resp = client.get("/sources", headers={"accept": accept})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")


# -- Content-Type --------------------------------------------------------------------------
BODY = json.dumps({"text": "The mayor said it rained."}).encode()


@pytest.mark.parametrize("path", ["/api/analyze", "/api/ingest"])
@pytest.mark.parametrize(
    ("ctype", "got"),
    [
        ("text/plain", "text/plain"),
        ("text/plain; charset=utf-8", "text/plain"),
        ("application/x-www-form-urlencoded", "application/x-www-form-urlencoded"),
        ("multipart/form-data; boundary=x", "multipart/form-data"),
        ("application/xml", "application/xml"),
        ("application/jsonx", "application/jsonx"),
        (None, "no Content-Type"),
    ],
)
def test_a_body_of_another_type_is_415(
    client: TestClient, path: str, ctype: str | None, got: str
) -> None:
    headers = {**AUTH, **({"content-type": ctype} if ctype else {})}
    msg = error_of(client.post(path, content=BODY, headers=headers), 415)
    assert "Content-Type: application/json" in msg and f"(got {got})" in msg


@pytest.mark.parametrize(
    ("ctype", "content", "status"),
    [
        (JSON, BODY, 200),
        ("application/json; charset=utf-8", BODY, 200),
        ("Application/JSON", BODY, 200),
        ("application/vnd.newsprov+json", BODY, 200),
        # the right type with a bad body stays a 422
        (JSON, b"{not json", 422),
        (JSON, b'["a list"]', 422),
        (JSON, b"", 422),
        (JSON, b'{"text": "x", "nope": 1}', 422),
    ],
)
def test_a_json_body_is_read_and_judged(
    client: TestClient, ctype: str, content: bytes, status: int
) -> None:
    resp = client.post("/api/analyze", content=content, headers={"content-type": ctype})
    assert resp.status_code == status, resp.text


@pytest.mark.parametrize(
    ("ctype", "status"),
    [
        ("application/x-www-form-urlencoded", 200),
        ("multipart/form-data", 200),
        # negative: the form page takes a form, not JSON or plain text
        (JSON, 415),
        ("text/plain", 415),
        (None, 415),
    ],
)
def test_the_analyse_page_takes_a_form(client: TestClient, ctype: str | None, status: int) -> None:
    if ctype == "multipart/form-data":
        resp = client.post("/analyze", files={"content": (None, "The mayor said it rained.")})
    elif ctype == "application/x-www-form-urlencoded":
        resp = client.post("/analyze", data={"content": "The mayor said it rained."})
    else:
        headers = {"content-type": ctype} if ctype else {}
        resp = client.post("/analyze", content=b'{"content": "x"}', headers=headers)
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("text/html")
    if status == 415:
        assert "application/x-www-form-urlencoded" in resp.text


# -- Content-Encoding ------------------------------------------------------------------------
def post_encoded(client: TestClient, data: bytes, encoding: str, **headers: str) -> Any:
    return client.post(
        "/api/analyze",
        content=data,
        headers={"content-type": JSON, "content-encoding": encoding, **headers},
    )


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("gzip", gzip.compress(BODY)),
        ("x-gzip", gzip.compress(BODY)),
        ("GZIP", gzip.compress(BODY)),
        ("identity", BODY),
        ("gzip, identity", gzip.compress(BODY)),
        ("gzip, gzip", gzip.compress(gzip.compress(BODY))),
        # two gzip members one after the other are one body, as gunzip reads them
        ("gzip", gzip.compress(BODY[:10]) + gzip.compress(BODY[10:])),
    ],
)
def test_a_gzip_body_is_decoded(client: TestClient, encoding: str, data: bytes) -> None:
    resp = post_encoded(client, data, encoding)
    assert resp.status_code == 200, resp.text
    assert resp.json()["text"] == "The mayor said it rained."


def test_a_gzip_bomb_is_413_without_being_inflated(client: TestClient) -> None:
    bomb = gzip.compress(b'{"text": "' + b" " * 50_000_000 + b'"}', compresslevel=9)
    assert len(bomb) < LIMIT
    msg = error_of(post_encoded(client, bomb, "gzip"), 413)
    assert f"{LIMIT:,}-byte limit" in msg and "decompressed" in msg


def test_a_decoded_body_at_the_limit_is_read(client: TestClient) -> None:
    text = "The mayor said it rained. " + "x" * 1000
    body = json.dumps({"text": text}).encode()
    assert post_encoded(client, gzip.compress(body), "gzip").status_code == 200


def test_a_chunked_gzip_body_is_decoded(client: TestClient) -> None:
    data = gzip.compress(BODY)

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(data), 7):
            yield data[i : i + 7]

    resp = post_encoded(client, chunks(), "gzip")  # type: ignore[arg-type]
    assert resp.status_code == 200, resp.text


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (BODY, "not gzip data"),
        (gzip.compress(BODY)[:-12], "ends before the gzip stream does"),
        (gzip.compress(BODY)[:10] + b"\x00" * 40, "not gzip data"),
        (gzip.compress(BODY) + b"trailing junk", "not gzip data"),
        (zlib.compress(BODY), "not gzip data"),
    ],
)
def test_corrupt_gzip_is_422_naming_it(client: TestClient, data: bytes, fragment: str) -> None:
    msg = error_of(post_encoded(client, data, "gzip"), 422)
    assert fragment in msg and "Content-Encoding: gzip" in msg


@pytest.mark.parametrize("encoding", ["br", "deflate", "compress", "zstd", "gzip, br", "bogus"])
def test_an_unknown_content_encoding_is_415(client: TestClient, encoding: str) -> None:
    resp = post_encoded(client, BODY, encoding)
    msg = error_of(resp, 415)
    assert "Content-Encoding" in msg and "gzip" in msg
    assert resp.headers["accept-encoding"] == "gzip, identity"


def test_encoding_errors_on_a_page_are_pages(client: TestClient) -> None:
    resp = client.post(
        "/analyze",
        content=b"content=x",
        headers={
            "content-type": "application/x-www-form-urlencoded",
            "content-encoding": "br",
        },
    )
    assert resp.status_code == 415 and resp.headers["content-type"].startswith("text/html")


def test_a_gzip_form_reaches_the_analyse_page(client: TestClient) -> None:
    resp = client.post(
        "/analyze",
        content=gzip.compress(b"content=The+mayor+said+it+rained."),
        headers={
            "content-type": "application/x-www-form-urlencoded",
            "content-encoding": "gzip",
        },
    )
    assert resp.status_code == 200 and "The mayor said it rained." in resp.text


# -- the OpenAPI document --------------------------------------------------------------------
def test_the_openapi_document_lists_406_and_415(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            responses = op["responses"]
            assert "406" in responses, (method, path)
            ref = responses["406"]["content"]["application/json"]["schema"]["$ref"]
            assert ref == "#/components/schemas/Error"
            assert ("415" in responses) is ("requestBody" in op), (method, path)


def test_a_chunked_gzip_body_over_the_limit_is_413(client: TestClient) -> None:
    """Without Content-Length the compressed body is counted while it comes in, too."""

    def chunks() -> Iterator[bytes]:
        for _ in range(LIMIT // 10_000 + 2):
            yield b"\x1f\x8b" + b"x" * 9_998

    resp = post_encoded(client, chunks(), "gzip")  # type: ignore[arg-type]
    assert "300,000-byte limit" in error_of(resp, 413)


@pytest.mark.parametrize(
    ("path", "accept", "vary"),
    [
        ("/api/health", "*/*", "Accept"),
        ("/api/health", "text/csv", "Accept"),  # the 406 too: it depends on Accept
        ("/api/articles/no-such-article", "*/*", "Accept"),
        ("/api/openapi.json", "*/*", "Accept"),
        # negative: the pages answer HTML whatever Accept says
        ("/", "*/*", None),
        ("/static/style.css", "*/*", None),
    ],
)
def test_api_answers_vary_by_accept(
    client: TestClient, path: str, accept: str, vary: str | None
) -> None:
    """A cache must not hand a 406 (or a 200) to a client that asked otherwise."""
    resp = client.get(path, headers={"accept": accept})
    assert resp.headers.get("vary") == vary
