"""Schemathesis against the OpenAPI document, in-process (ASGI transport, no network), beyond
``test_api_schema.py`` (which checks no 5xx and the error shape with the token given):

* every response conforms to the document (content type, headers, body schema; errors are
  ``{"error": ...}``), every operation succeeds at least once (the ones on one item get a
  stored item too), and a record it returns (``POST /api/analyze``, ``GET /api/articles/{id}``) validates against
  the version-1 record schema;
* the write endpoint (``POST /api/ingest``), with generated valid and invalid requests, never
  writes without the right token: no token, a wrong one, the wrong scheme, or a server with no
  token set all get 401/403 (never 2xx or 5xx) and the store is byte for byte unchanged; with
  the token, it never gets a 5xx.

The rate limiter is switched off for these apps through their settings (``rate_limit=0``); it
has its own tests in ``test_api.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
)

from newsprov.analysis import Analyzer
from newsprov.record import Record, validate
from tests.test_api_support import TOKEN, build_store, make_app

EXAMPLES = 15  # per operation and test: 14 operations x 15 + ingest (7 x 2 + 2) x 15 = 450
AUTH = ("authorization", "x-newsprov-token")
SUCCESS_CHECKS = [
    not_a_server_error,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
RECORD_PATHS = {("POST", "/api/analyze"), ("GET", "/api/articles/{article_id}")}


def hypothesis_settings() -> Any:
    return settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )


def load(app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


def with_headers(case: Any, extra: dict[str, str]) -> dict[str, str]:
    """The case's own generated headers without any credential, plus ``extra``."""
    headers = {k: v for k, v in (case.headers or {}).items() if k.lower() not in AUTH}
    headers.update(extra)
    case.headers = headers
    return headers


@pytest.fixture(scope="module")
def store_file(
    analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory, sample_record: Record
) -> Path:
    path = tmp_path_factory.mktemp("schemathesis") / "api.db"
    build_store(path, [sample_record])
    return path


def copy_of(store_file: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    db.write_bytes(store_file.read_bytes())
    return db


def known_ids(app: Any) -> dict[str, dict[str, str]]:
    """Path parameters that exist in the store, for the operations on one item: generated
    ones are (almost) never stored ids, so each of those also gets one known item."""
    st = app.state.ctx.store
    return {
        "/api/articles/{article_id}": {"article_id": st.articles(limit=1)[0]["id"]},
        "/api/sources/{key}": {"key": st.sources(limit=1)[0]["id"]},
        "/api/quotes/{quote_id}": {"quote_id": st.quotes(limit=1)[0]["id"]},
        "/api/stories/{story_id}": {"story_id": st.stories(limit=1)[0]["id"]},
    }


def test_responses_conform(analyzer: Analyzer, store_file: Path, tmp_path: Path) -> None:
    app = make_app(analyzer, str(copy_of(store_file, tmp_path)), max_body=200_000)
    schema = load(app)
    known = known_ids(app)
    ops = operations(schema)
    assert len(ops) == 14
    ok: dict[str, int] = {}
    records = 0

    def run(op: Any) -> None:
        nonlocal records
        label = f"{op.method.upper()} {op.path}"

        def check_one(case: Any) -> None:
            nonlocal records
            with_headers(case, {"Authorization": f"Bearer {TOKEN}"})
            resp = case.call()
            case.validate_response(resp, checks=SUCCESS_CHECKS)
            if resp.status_code >= 400:
                body = resp.json()
                assert set(body) == {"error"} and isinstance(body["error"], str), (label, body)
                return
            ok[label] = ok.get(label, 0) + 1
            if (op.method.upper(), op.path) in RECORD_PATHS:
                validate(resp.json())
                records += 1

        given(case=op.as_strategy(generation_mode=GenerationMode.POSITIVE))(
            hypothesis_settings()(check_one)
        )()
        if op.path in known:
            check_one(op.Case(path_parameters=known[op.path]))

    for op in ops:
        run(op)
    # every operation answered successfully at least once, records included
    assert len(ok) == len(ops), sorted(set(f"{o.method.upper()} {o.path}" for o in ops) - set(ok))
    assert records >= 2


# -- the write endpoint without the right token -------------------------------------------
WITHOUT = [
    pytest.param(TOKEN, {}, 401, id="no-token"),
    pytest.param(TOKEN, {"Authorization": "Bearer wrong-token-0123456789"}, 403, id="wrong"),
    pytest.param(TOKEN, {"Authorization": f"Bearer {TOKEN}x"}, 403, id="longer"),
    pytest.param(TOKEN, {"Authorization": f"Bearer {TOKEN[:-1]}"}, 403, id="prefix"),
    pytest.param(TOKEN, {"X-Newsprov-Token": "wrong"}, 403, id="wrong-header"),
    pytest.param(TOKEN, {"Authorization": f"Basic {TOKEN}"}, 401, id="basic-scheme"),
    pytest.param(None, {"Authorization": f"Bearer {TOKEN}"}, 403, id="server-without-token"),
]


def store_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("server_token", "headers", "status"), WITHOUT)
def test_ingest_refused_without_the_right_token(
    analyzer: Analyzer,
    store_file: Path,
    tmp_path: Path,
    mode: GenerationMode,
    server_token: str | None,
    headers: dict[str, str],
    status: int,
) -> None:
    db = copy_of(store_file, tmp_path)
    app = make_app(analyzer, str(db), token=server_token)
    (op,) = [o for o in operations(load(app)) if o.path == "/api/ingest"]
    before = store_bytes(db)
    seen: set[int] = set()

    @given(case=op.as_strategy(generation_mode=mode))
    @hypothesis_settings()
    def check(case: Any) -> None:
        with_headers(case, headers)
        resp = case.call()
        seen.add(resp.status_code)
        # valid requests get exactly the token's answer; invalid ones may be refused before
        # the token is read (a body that does not parse, too large), never accepted
        assert resp.status_code == status or (
            mode == GenerationMode.NEGATIVE and 400 <= resp.status_code < 500
        ), (resp.status_code, resp.text[:200])
        assert set(resp.json()) == {"error"}

    check()
    assert status in seen
    app.state.ctx.close()
    assert store_bytes(db) == before, "a refused write changed the store"


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_ingest_with_the_token_never_fails_the_server(
    analyzer: Analyzer, store_file: Path, tmp_path: Path, mode: GenerationMode
) -> None:
    app = make_app(analyzer, str(copy_of(store_file, tmp_path)))
    (op,) = [o for o in operations(load(app)) if o.path == "/api/ingest"]
    statuses: set[int] = set()

    @given(case=op.as_strategy(generation_mode=mode))
    @hypothesis_settings()
    def check(case: Any) -> None:
        with_headers(case, {"Authorization": f"Bearer {TOKEN}"})
        resp = case.call()
        statuses.add(resp.status_code)
        assert resp.status_code < 500, resp.text[:300]
        body = resp.json()
        if resp.status_code == 200:
            case.validate_response(resp, checks=SUCCESS_CHECKS)
            assert body["added"] + body["unchanged"] + body["failed"] == len(case.body["articles"])
        else:
            assert set(body) == {"error"}

    check()
    app.state.ctx.close()
    if mode == GenerationMode.POSITIVE:
        assert 200 in statuses


def test_the_checks_catch_a_response_off_the_document(analyzer: Analyzer, store_file: Path) -> None:
    """The negative case: an app whose health endpoint answers plain text fails the checks."""
    from starlette.responses import PlainTextResponse

    app = make_app(analyzer, str(store_file))

    async def broken(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/api/health":
            await PlainTextResponse("fine")(scope, receive, send)
            return
        await app(scope, receive, send)

    (op,) = [o for o in operations(load(broken)) if o.path == "/api/health"]
    case = op.Case()
    resp = case.call()
    assert resp.status_code == 200
    with pytest.raises(FailureGroup, match="Undocumented Content-Type"):
        case.validate_response(resp, checks=SUCCESS_CHECKS)
