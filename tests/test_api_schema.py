"""Schemathesis against the OpenAPI document: generated requests to every operation (valid and
invalid by the schema, the token given so writes are exercised too) never get a 5xx, and every
error is JSON ``{"error": ...}``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from newsprov.analysis import Analyzer
from newsprov.record import Record
from tests.test_api_support import TOKEN, build_store, make_app

EXAMPLES = 20  # per operation and mode: 14 operations x 2 modes x 20 = 560 requests


@pytest.fixture(scope="module")
def api_schema(
    analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory, sample_record: Record
) -> Any:
    url = build_store(tmp_path_factory.mktemp("schema") / "schema.db", [sample_record])
    app = make_app(analyzer, url, max_body=200_000)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def checker(op: Any, mode: GenerationMode, seen: dict[str, set[int]]) -> Callable[[], None]:
    label = f"{op.method.upper()} {op.path}"

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case: Any) -> None:
        resp = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
        where = f"{case.method} {case.formatted_path}"
        assert resp.status_code < 500, (where, case.query, case.body, resp.text[:300])
        if resp.status_code >= 400:
            body = resp.json()
            assert set(body) == {"error"} and body["error"], (where, body)
        seen.setdefault(label, set()).add(resp.status_code)

    return check  # type: ignore[no-any-return]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_errors(api_schema: Any, mode: GenerationMode) -> None:
    ops = [result.ok() for result in api_schema.get_all_operations()]
    assert len(ops) == 14
    seen: dict[str, set[int]] = {}
    nothing_to_break = []
    for op in ops:
        try:
            checker(op, mode, seen)()
        except Unsatisfiable:
            # An operation without parameters or body has no invalid request to generate.
            assert mode == GenerationMode.NEGATIVE, op.path
            nothing_to_break.append(f"{op.method.upper()} {op.path}")
    assert set(nothing_to_break) <= {"GET /api/health", "GET /api/overview"}
    assert len(seen) + len(nothing_to_break) == len(ops), "every operation was called"
    if mode == GenerationMode.POSITIVE:
        assert 200 in seen["GET /api/articles"] and 200 in seen["POST /api/analyze"]
