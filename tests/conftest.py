"""Shared fixtures: the shared data folder, one analyser per test session, validated records."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsprov.analysis import Analyzer
from newsprov.ingest import Article, article_from_text
from newsprov.options import Options
from newsprov.record import Record, validate
from tests.store_fixtures import pg_server_url, store_url  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPROV_SHARED", ROOT.parent / "shared")).resolve()
SAMPLE = SHARED / "samples" / "almasdar-2020-03-pentagon-iraq-escalation.txt"


def need_shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the shared folder is absent (never in CI)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            raise AssertionError(f"{path} is missing in CI")
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer(Options(progress=False))


@pytest.fixture(scope="session")
def nlp(analyzer: Analyzer) -> Language:
    """The analyser's whole spaCy pipeline."""
    return analyzer.nlp


def checked(rec: Record) -> Record:
    """Validate a record against the schema (and span checks); every produced record goes here."""
    validate(rec.to_dict())
    return rec


@pytest.fixture(scope="session")
def analyze(analyzer: Analyzer) -> Callable[..., Record]:
    def run(text: str, **meta: Any) -> Record:
        art: Article = article_from_text(
            text, meta.pop("origin", "<test>"), analyzer.options, **meta
        )
        return checked(analyzer.analyze(art))

    return run


@pytest.fixture(scope="session")
def sample_text() -> str:
    path = need_shared("samples", SAMPLE.name)
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def sample_record(analyze: Callable[..., Record], sample_text: str) -> Record:
    return analyze(sample_text, id=SAMPLE.stem)
