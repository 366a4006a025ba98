"""The HTTP API's edges: bodies that cannot be read, OPTIONS and Allow, empty and repeated
query parameters. Each answer is the documented status with a JSON ``{"error": ...}``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from tests.test_api_support import build_store, error_of, make_app

JSON = {"Content-Type": "application/json"}


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = build_store(tmp_path_factory.mktemp("edges") / "edges.db")
    with TestClient(make_app(analyzer, url, max_body=300_000)) as c:
        yield c


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        # Latin-1 bytes where UTF-8 was due: FastAPI's bare 400 "error parsing the body"
        ('{"text": "Caf\xe9 owners said it rained."}'.encode("latin-1"), "not UTF-8 (byte 0xe9"),
        (b'{"text": "\xff"}', "not UTF-8 (byte 0xff at byte 10)"),
        # nesting past Python's recursion limit: the same bare 400 before
        (b"[" * 100_000, "nested too deeply"),
        (b'{"text": ', "body is not valid JSON (Expecting value at character 9)"),
        (b'{"text" "x"}', "body is not valid JSON (Expecting ':' delimiter at character 8)"),
    ],
)
@pytest.mark.parametrize("path", ["/api/analyze", "/api/ingest"])
def test_an_unreadable_body_is_a_422_naming_why(
    client: TestClient, path: str, content: bytes, fragment: str
) -> None:
    headers = {**JSON, "Authorization": "Bearer test-token-0123456789"}
    message = error_of(client.post(path, content=content, headers=headers), 422)
    assert message.startswith("invalid request: body ")
    assert fragment in message


@pytest.mark.parametrize(
    "content",
    [
        '{"text": "Officials said the caf\u00e9 would reopen."}'.encode(),  # UTF-8: read
        b'{"text": "Officials said the bridge would reopen."}',
    ],
)
def test_a_utf8_body_is_read(client: TestClient, content: bytes) -> None:
    resp = client.post("/api/analyze", content=content, headers=JSON)
    assert resp.status_code == 200, resp.text
    assert resp.json()["text"].startswith("Officials said the")


@pytest.mark.parametrize(
    ("path", "allow"),
    [
        ("/api/articles", "GET, HEAD, OPTIONS"),
        ("/api/articles/wire-1", "GET, HEAD, OPTIONS"),
        ("/api/health", "GET, HEAD, OPTIONS"),
        ("/api/analyze", "POST, OPTIONS"),
        ("/api/ingest", "POST, OPTIONS"),
    ],
)
def test_options_answers_what_is_allowed(client: TestClient, path: str, allow: str) -> None:
    resp = client.options(path)
    assert resp.status_code == 204, resp.text
    assert resp.headers["allow"] == allow
    assert resp.content == b""
    assert "default-src 'none'" in resp.headers["content-security-policy"]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/api/articles", "GET, HEAD, OPTIONS"),
        ("DELETE", "/api/articles/wire-1", "GET, HEAD, OPTIONS"),
        ("GET", "/api/analyze", "POST, OPTIONS"),
        ("PATCH", "/api/ingest", "POST, OPTIONS"),
    ],
)
def test_a_wrong_method_lists_every_allowed_one(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    resp = client.request(method, path)
    message = error_of(resp, 405)
    assert resp.headers["allow"] == allow
    assert message == f"{method} is not allowed on {path}: use {allow.split(',')[0]}"


def test_options_on_an_unknown_path_is_404(client: TestClient) -> None:
    assert "nothing at /api/nowhere" in error_of(client.options("/api/nowhere"), 404)


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        # an empty filter answered every item, while since= and q= on /api/search were refused
        ("/api/quotes?text=", "text: String should have at least 1 character"),
        ("/api/sources?q=", "q: String should have at least 1 character"),
        ("/api/search?q=", "q: String should have at least 1 character"),
        ("/api/articles?since=", "since: '' is not a date"),
        # a parameter given twice: one of the values was silently dropped
        ("/api/articles?limit=10&limit=20", "query parameter 'limit': is given 2 times"),
        ("/api/quotes?text=a&text=b&text=c", "query parameter 'text': is given 3 times"),
        ("/api/search?q=x&q=y", "query parameter 'q': is given 2 times"),
    ],
)
def test_empty_and_repeated_parameters_are_refused(
    client: TestClient, path: str, fragment: str
) -> None:
    assert fragment in error_of(client.get(path), 422)


@pytest.mark.parametrize(
    "path",
    [
        "/api/quotes?text=bloody",
        "/api/sources?q=Pompeo",
        "/api/articles?limit=10&offset=0",
        "/api/articles?offset=10000000",
    ],
)
def test_single_parameters_still_answer(client: TestClient, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 200, resp.text
    assert "items" in resp.json()


def test_the_openapi_document_names_the_error_shape(client: TestClient) -> None:
    """FastAPI documented its own 422 body (``{"detail": [...]}``), which no answer has."""
    doc = client.get("/api/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert "HTTPValidationError" not in schemas and "ValidationError" not in schemas
    assert schemas["Error"]["required"] == ["error"]
    ops = [op for item in doc["paths"].values() for op in item.values()]
    assert len(ops) == 14
    for op in ops:
        for code in ("422", "default"):
            ref = op["responses"][code]["content"]["application/json"]["schema"]["$ref"]
            assert ref == "#/components/schemas/Error", (op["summary"], code)


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("GET", "/api/articles?limit=0", {}, 422),
        ("GET", "/api/articles/nope", {}, 404),
        ("GET", "/api/nowhere", {}, 404),
        ("PUT", "/api/articles", {}, 405),
        ("POST", "/api/analyze", {"json": {"text": ""}}, 422),
        ("POST", "/api/analyze", {"content": b"\xe9", "headers": JSON}, 422),
        ("POST", "/api/ingest", {"json": {"articles": []}}, 401),
    ],
)
def test_every_error_matches_the_documented_shape(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    import jsonschema

    doc = client.get("/api/openapi.json").json()
    resp = client.request(method, path, **kwargs)
    assert resp.status_code == status, resp.text
    jsonschema.validate(resp.json(), doc["components"]["schemas"]["Error"])


def test_a_nul_character_is_refused_not_stored(client: TestClient) -> None:
    """PostgreSQL cannot store U+0000: the ingest of one such article failed its whole batch
    (a 503, "writing a batch failed"); it is now the one article's 422 or failure."""
    text = "The mayor\u0000 said the bridge would reopen."
    assert "NUL character" in error_of(client.post("/api/analyze", json={"text": text}), 422)
    resp = client.post(
        "/api/ingest",
        json={"articles": [{"text": text}, {"text": "The mayor said the road would close."}]},
        headers={"Authorization": "Bearer test-token-0123456789"},
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["added"] + body["unchanged"] == 1 and body["failed"] == 1
    assert "NUL character" in body["errors"][0]


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        # a NUL in a text filter matched every item (SQLite's LIKE stops at it); PostgreSQL
        # cannot take one in a text parameter at all
        ("/api/sources?q=%00", "query parameter 'q': has a NUL character (U+0000)"),
        ("/api/quotes?text=a%00b", "query parameter 'text': has a NUL character"),
        ("/api/search?q=%00", "query parameter 'q': has a NUL character"),
        ("/api/articles?outlet=Wire%00", "query parameter 'outlet': has a NUL character"),
        ("/api/articles/a%00b", "path parameter 'article_id': has a NUL character"),
        ("/api/sources/%00", "path parameter 'key': has a NUL character"),
    ],
)
def test_a_nul_in_a_parameter_is_refused(client: TestClient, path: str, fragment: str) -> None:
    assert fragment in error_of(client.get(path), 422)


@pytest.mark.parametrize(
    "path", ["/api/sources?q=Wire", "/api/quotes?text=bridge", "/api/search?q=mayor"]
)
def test_parameters_without_a_nul_still_answer(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    ("path", "hint"),
    [
        ("/api", True),  # the API's own root answered a bare "nothing at /api"
        ("/api/", True),
        ("/api/nowhere", True),
        ("/api/articles/x/y", True),
        ("/apiary", False),  # not under /api
        ("/", False),
        ("/nowhere", False),  # a page path keeps its page
    ],
)
def test_api_hint(path: str, hint: bool) -> None:
    from newsprov.serve.app import api_hint

    said = api_hint(path)
    assert (said == ": the API's paths are listed at /api/openapi.json") if hint else not said


@pytest.mark.parametrize("path", ["/api", "/api/", "/api/nowhere"])
def test_an_unknown_api_path_names_the_openapi_document(client: TestClient, path: str) -> None:
    message = error_of(client.get(path), 404)
    assert message == f"nothing at {path}: the API's paths are listed at /api/openapi.json"
