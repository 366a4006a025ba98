"""Cue lexicons shipped in ``newsprov/data``: which ``lemma|frame`` pairs count as cues."""

from __future__ import annotations

from functools import cache
from importlib import resources

from newsprov.errors import ConfigError


def _lines(name: str) -> list[str]:
    try:
        text = resources.files("newsprov").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as e:
        raise ConfigError(f"the cue lexicon {name} is missing from the package: {e}") from None
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def verb_frames() -> frozenset[str]:
    """``lemma|frame`` keys accepted as verb cues (first column of ``cues_verbs.tsv``)."""
    return frozenset(ln.split("\t")[0] for ln in _lines("cues_verbs.tsv"))


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list (first column)."""
    return frozenset(ln.split("\t")[0].strip().lower() for ln in _lines(name))
