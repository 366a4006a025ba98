"""The settings objects (``Options``, ``ServeSettings``): every value is checked whatever it
came from (environment, flag, keyword), with one message naming where it came from, the value
and what is allowed; and the docs mention every setting."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest

from newsprov.errors import ConfigError
from newsprov.options import RULES, Options, setting_names
from newsprov.serve.security import SERVE_RULES, ServeSettings
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        ({"NEWSPROV_MAX_BYTES": "2000"}, "max_bytes", 2000),
        ({"NEWSPROV_MAX_BYTES": " 7 "}, "max_bytes", 7),
        ({"NEWSPROV_TIME_LIMIT": "0"}, "time_limit", 0.0),
        ({"NEWSPROV_TIME_LIMIT": "2.5"}, "time_limit", 2.5),
        ({"NEWSPROV_BATCH_SIZE": "1"}, "batch_size", 1),
        ({"NEWSPROV_CHUNK_CHARS": "1000"}, "chunk_chars", 1000),
        ({"NEWSPROV_PROGRESS": "Yes"}, "progress", True),
        ({"NEWSPROV_PROGRESS": "off"}, "progress", False),
        ({"NEWSPROV_DB": "x.db"}, "db", "x.db"),
        ({}, "progress", None),
    ],
)
def test_options_from_env(env: dict[str, str], field: str, value: Any) -> None:
    assert getattr(Options.from_env(env), field) == value


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSPROV_CHUNK_CHARS": "0"}, "NEWSPROV_CHUNK_CHARS='0': chunk_chars must be"),
        ({"NEWSPROV_CHUNK_CHARS": "-5"}, "NEWSPROV_CHUNK_CHARS='-5': chunk_chars must be"),
        ({"NEWSPROV_CHUNK_CHARS": "999"}, "at least 1000"),
        ({"NEWSPROV_MAX_BYTES": "-1"}, "NEWSPROV_MAX_BYTES='-1': max_bytes must be"),
        ({"NEWSPROV_MAX_BYTES": "0"}, "a whole number of bytes, at least 1"),
        ({"NEWSPROV_MAX_BYTES": "lots"}, "NEWSPROV_MAX_BYTES='lots': max_bytes must be"),
        ({"NEWSPROV_MAX_BYTES": "1.5"}, "NEWSPROV_MAX_BYTES='1.5'"),
        ({"NEWSPROV_TIME_LIMIT": "nan"}, "NEWSPROV_TIME_LIMIT='nan': time_limit must be"),
        ({"NEWSPROV_TIME_LIMIT": "inf"}, "0 (no limit) or more"),
        ({"NEWSPROV_TIME_LIMIT": "-1"}, "NEWSPROV_TIME_LIMIT='-1'"),
        ({"NEWSPROV_BATCH_SIZE": "0"}, "NEWSPROV_BATCH_SIZE='0': batch_size must be"),
        ({"NEWSPROV_PROGRESS": "maybe"}, "NEWSPROV_PROGRESS='maybe': progress must be one of"),
        ({"NEWSPROV_PROGRESS": ""}, "NEWSPROV_PROGRESS=''"),
        ({"NEWSPROV_DB": " "}, "NEWSPROV_DB=' ': db must be"),
    ],
)
def test_options_from_env_refuses(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as err:
        Options.from_env(env)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert "bool | None" not in str(err.value)  # a message for people, not a Python type


@pytest.mark.parametrize(
    ("kw", "flags", "message"),
    [
        ({"max_bytes": -5}, True, "--max-bytes -5: max_bytes must be"),
        ({"time_limit": float("nan")}, True, "--time-limit nan: time_limit must be"),
        # named as typed: "--time-limit -1" was "--time-limit -1.0"
        ({"time_limit": -1.0}, True, "--time-limit -1: time_limit must be"),
        ({"time_limit": -0.5}, True, "--time-limit -0.5: time_limit must be"),
        ({"time_limit": -1.0}, False, "time_limit=-1.0: time_limit must be"),  # Python's repr
        ({"batch_size": 0}, True, "--batch-size 0: batch_size must be"),
        ({"db": ""}, True, "--db '': db must be"),
        ({"chunk_chars": 0}, False, "chunk_chars=0: chunk_chars must be"),
        ({"max_bytes": "5"}, False, "max_bytes='5': max_bytes must be"),
        ({"progress": "yes"}, False, "progress='yes'"),
        ({"colour": 1}, False, "unknown setting(s): colour"),
    ],
)
def test_options_overrides_refused(kw: dict[str, Any], flags: bool, message: str) -> None:
    with pytest.raises(ConfigError, match=None) as err:
        Options.from_env({}, flags=flags, **kw)
    assert message in str(err.value)


@pytest.mark.parametrize(
    "kw",
    [
        {"chunk_chars": 0},
        {"max_bytes": -1},
        {"time_limit": float("nan")},
        {"time_limit": -0.5},
        {"batch_size": True},
    ],
)
def test_options_constructor_and_with_refuse(kw: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        Options(**kw)
    with pytest.raises(ConfigError):
        Options().with_(**kw)


def test_flag_beats_environment() -> None:
    opts = Options.from_env({"NEWSPROV_MAX_BYTES": "10"}, flags=True, max_bytes=20)
    assert opts.max_bytes == 20


@pytest.mark.parametrize(
    ("env", "kw", "message"),
    [
        ({"NEWSPROV_RATE_LIMIT": "lots"}, {}, "NEWSPROV_RATE_LIMIT='lots': rate_limit must be"),
        ({"NEWSPROV_MAX_BODY": "-1"}, {}, "NEWSPROV_MAX_BODY='-1': max_body must be"),
        ({"NEWSPROV_MAX_INGEST": "0"}, {}, "NEWSPROV_MAX_INGEST='0': max_ingest must be"),
        ({}, {"rate_limit": -1}, "--rate-limit -1: rate_limit must be"),
        ({}, {"max_body": -4}, "--max-body -4: max_body must be"),
    ],
)
def test_serve_settings_refuse(env: dict[str, str], kw: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as err:
        ServeSettings.from_env(env, flags=True, **kw)
    assert message in str(err.value)


def test_every_setting_has_a_rule() -> None:
    assert set(RULES) == set(setting_names())
    assert set(SERVE_RULES) == {f.name for f in fields(ServeSettings)} - {"token"}


def test_docs_mention_every_setting() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    serve = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    for name in setting_names():
        assert f"`{name}`" in readme, name
    for name in [f.name for f in fields(ServeSettings)]:
        if name != "open_reads":
            assert f"NEWSPROV_{name.upper()}" in serve, name
    assert f"{RULES['chunk_chars'].allowed.split(',')[-1].strip()}" in readme
