"""Helpers shared by the serve tests (API, pages, browser): a small stored corpus and an app
over it. No tests here; the fixtures live in each test module."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsprov.analysis import Analyzer
from newsprov.options import Options
from newsprov.record import Record
from newsprov.serve.app import create_app
from newsprov.serve.security import ServeSettings
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import make_record, three_outlets

TOKEN = "test-token-0123456789"
#: Hostile article content: every piece must render as inert text.
SCRIPT = "<script>window.__pwned = 1; alert('xss')</script>"
IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">'
LINK = '<a href="javascript:window.__pwned = 3">click me</a>'


def corpus() -> list[Record]:
    """Three outlets on one event (a quote relayed, a second-hand report) and a hostile one."""
    hostile = make_record(
        "hostile-1",
        [
            (f"Mallory {IMG}", "person", "said", f'"{SCRIPT} and {LINK}"'),
        ],
        outlet=f"Evil {SCRIPT}",
        published="2020-03-30",
        title=f"Hostile {IMG} title",
    )
    hostile.document.url = "javascript:alert(document.cookie)"
    return [*three_outlets(), checked(hostile)]


def build_store(path: Path | str, extra: list[Record] | None = None) -> str:
    """A store at ``path`` (a SQLite file, or a PostgreSQL URL) holding :func:`corpus` (and
    ``extra``); returns its URL."""
    url = str(path)
    with open_store(url) as st:
        summary = st.add_records([*corpus(), *(extra or [])])
        assert summary.failed == 0, summary.errors
    return url


def make_app(analyzer: Analyzer, url: str, **settings: Any) -> Any:
    conf: dict[str, Any] = {"token": TOKEN, "rate_limit": 0}
    conf.update(settings)
    return create_app(analyzer.options, url, settings=ServeSettings(**conf), analyzer=analyzer)


def error_of(resp: Any, status: int) -> str:
    """The message of an API error answer, checked: ``status``, JSON, ``{"error": "..."}``."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    return str(body["error"])


def quiet_options() -> Options:
    return Options(progress=False)
