"""The Python API as the README and docs show it: the examples run as written, ``analyze``
takes what its docstring says, and its errors are the typed ones named there."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsprov
from newsprov.analysis import Analyzer
from newsprov.errors import ConfigError, InputError, LimitError
from newsprov.ingest import Failure, read_inputs
from newsprov.options import Options
from newsprov.record import Record, validate
from tests.conftest import ROOT

ARTICLE = (
    "The mayor said the bridge would reopen in June.\r\n"
    '"We are nearly done," the city engineer told reporters.\r\n'
)


def python_blocks(doc: str) -> list[str]:
    text = (ROOT / doc).read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSPROV_PROGRESS", "0")
    (tmp_path / "article.txt").write_bytes(ARTICLE.encode("utf-8"))
    yield tmp_path


def test_the_readme_example_runs(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (block,) = python_blocks("README.md")
    scope: dict[str, Any] = {}
    exec(compile(block, "README.md", "exec"), scope)
    rec = scope["rec"]
    assert isinstance(rec, Record)
    assert rec.text == ARTICLE  # the file's bytes, CRLF kept: the offsets index the file
    assert rec.document.outlet == "Al-Masdar"
    printed = capsys.readouterr().out
    assert "indirect The mayor → the bridge would reopen in June" in printed
    validate(rec.to_dict())


def test_the_docs_examples_run(in_tmp: Path, analyzer: Analyzer) -> None:
    (serve,) = python_blocks("docs/serve.md")
    scope: dict[str, Any] = {}
    exec(compile(serve, "docs/serve.md", "exec"), scope)
    assert scope["app"].title == "newsprov"
    (store,) = python_blocks("docs/store.md")
    (in_tmp / "pompeo.txt").write_text(
        'Secretary of State Mike Pompeo said: "This could be bloody."\n', encoding="utf-8"
    )
    scope = {"paths": ["pompeo.txt"], "read_inputs": read_inputs, "Analyzer": lambda: analyzer}
    exec(compile(store, "docs/store.md", "exec"), scope)
    assert scope["summary"].added == 1 and scope["summary"].failed == 0
    outlets = python_blocks("docs/sources.md")[-1]
    scope = {"text": "The New York Times and Reuters reported it."}
    exec(compile(outlets, "docs/sources.md", "exec"), scope)


def test_the_signature_says_what_it_takes_and_gives() -> None:
    sig = inspect.signature(newsprov.analyze)
    assert sig.return_annotation == "Record"
    assert "bytes" in str(sig.parameters["text"].annotation)
    assert set(newsprov.__all__) <= set(dir(newsprov))


@pytest.mark.parametrize(
    ("kwargs", "text", "warning"),
    [
        ({"text": ARTICLE}, ARTICLE, None),  # a str, exactly
        ({"text": "\ufeffThe mayor said it rained."}, "\ufeffThe mayor said it rained.", None),
        ({"text": ARTICLE.encode("utf-8")}, ARTICLE, None),  # bytes, decoded as a file is
        (
            {"text": "The café owner said the bridge would reopen in June.".encode("cp1252")},
            "The café owner said the bridge would reopen in June.",
            "decoded as",
        ),
        ({"text": ARTICLE, "id": 7}, ARTICLE, None),
    ],
)
def test_analyze_takes_str_and_bytes(
    kwargs: dict[str, Any], text: str, warning: str | None
) -> None:
    rec = newsprov.analyze(**kwargs, options=Options(progress=False))
    assert rec.text == text
    assert any(warning in w for w in rec.warnings) if warning else True
    validate(json.loads(json.dumps(rec.to_dict())))


@pytest.mark.parametrize(
    ("kwargs", "error", "fragment"),
    [
        ({}, InputError, "give exactly one of text= or html="),
        ({"text": "x", "html": "<p>x</p>"}, InputError, "give exactly one"),
        ({"text": ["a list"]}, InputError, "text= must be text or bytes, not a list"),
        ({"text": ""}, InputError, "is empty"),
        ({"text": ARTICLE, "byline": "Ann"}, InputError, "unknown metadata field(s) byline"),
        (
            {"text": ARTICLE, "outlet": 5},
            InputError,
            "'outlet' must be text, not a whole number",
        ),
        ({"text": ARTICLE, "title": 4.5}, InputError, "'title' must be text, not a decimal"),
        ({"text": ARTICLE, "url": ["u"]}, InputError, "'url' must be text, not a list"),
        ({"text": ARTICLE, "authors": 5}, InputError, "list of text values, not a whole number"),
        ({"text": ARTICLE, "authors": ["A", None]}, InputError, "(item 2 is nothing (null))"),
        ({"html": 5}, InputError, "html= must be text or bytes, not a whole number"),
        ({"text": ARTICLE, "options": "x"}, ConfigError, "Options, not text (Options("),
        ({"text": ARTICLE, "options": {"max_bytes": 5}}, ConfigError, "options= must be"),
        # size limits were a plain InputError while LimitError says "a size or time limit"
        ({"text": ARTICLE, "options": Options(max_bytes=10)}, LimitError, "10-byte limit"),
        ({"text": ARTICLE.encode(), "options": Options(max_bytes=10)}, LimitError, "limit"),
        ({"html": "<p>" + ARTICLE + "</p>", "options": Options(max_bytes=10)}, LimitError, "limit"),
        # a NUL character: refused in a file's bytes, taken from a str (PostgreSQL then failed
        # the whole batch of records written with it)
        (
            {"text": "The mayor\x00 said it."},
            InputError,
            "text has a NUL character (U+0000) at character 9",
        ),
        ({"html": "<p>The mayor\x00 said it.</p>"}, InputError, "html has a NUL character"),
        ({"text": ARTICLE, "title": "Bridge\x00"}, InputError, "metadata field 'title' has a NUL"),
        ({"text": ARTICLE, "authors": ["Ann\x00 Lee"]}, InputError, "'authors' has a NUL"),
    ],
)
def test_analyze_refuses_with_typed_errors(
    kwargs: dict[str, Any], error: type[Exception], fragment: str
) -> None:
    with pytest.raises(error) as err:
        newsprov.analyze(**kwargs)
    assert fragment in str(err.value)
    # the values are named in words, not by Python's type names
    for name in ("NoneType", "not int", "not str", "not list", "not dict", "not float"):
        assert name not in str(err.value)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("big.txt", ARTICLE.encode()),
        ("big.html", f"<p>{ARTICLE}</p>".encode()),
        ("big.jsonl", json.dumps({"text": ARTICLE}).encode() + b"\n"),
        ("big.json", json.dumps({"text": ARTICLE}).encode()),
        ("big", ARTICLE.encode()),  # no extension: sniffed
    ],
)
def test_inputs_over_max_bytes_fail_with_a_limit_error(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = read_inputs([str(path)], Options(max_bytes=20, progress=False))
    assert isinstance(item, Failure)
    assert isinstance(item.error, LimitError), item.error
    assert "20-byte limit" in str(item.error)


def test_a_nul_in_a_json_line_fails_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    lines = [{"id": "a", "text": "The mayor\u0000 said it."}, {"id": "b", "text": ARTICLE}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    first, second = read_inputs([str(path)], Options(progress=False))
    assert isinstance(first, Failure) and f"{path}:1" in str(first.error)
    assert "NUL character" in str(first.error)
    assert not isinstance(second, Failure) and second.text == ARTICLE
