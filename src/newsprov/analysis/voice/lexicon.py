"""The evaluative-wording lexicons: hand-written lists in ``newsprov/data/evaluative`` and the
VADER sentiment lexicon (MIT) read from the installed ``vaderSentiment`` package.

See ``newsprov/data/evaluative/README.md`` for what each list holds and where it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsprov.analysis.alternation import alternation
from newsprov.errors import ConfigError

#: VADER valence thresholds: adjectives and adverbs carry judgement at lower strength than
#: nouns and verbs, which in news mostly name events.
ADJ_ADV_VALENCE = 1.5
NOUN_VERB_VALENCE = 2.5
#: Weaker emotive words (adjectives, adverbs, verbs) count for less.
MILD_VALENCE = 1.0


@dataclass(frozen=True)
class Lexicon:
    hedges: re.Pattern[str]
    phrases: re.Pattern[str]
    intensifiers: frozenset[str]
    loaded: dict[str, frozenset[str]]  # part of speech ("verb", "noun", "adj") -> words
    neutral: frozenset[str]
    neutral_adverbs: frozenset[str]
    valence: dict[str, float]


def _lines(name: str) -> list[str]:
    path = resources.files("newsprov") / "data" / "evaluative" / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"the lexicon {name} is missing from the package ({e})") from None
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.append(line)
    return out


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    # Longest first so "it is not yet clear" wins over "it is not clear"'s prefix; hyphens and
    # apostrophes in the text may be typographic.
    def escape(p: str) -> str:
        return re.escape(p).replace(r"\-", "[-‐‑–]").replace(r"\ ", r"\s+").replace("'", "['’]")

    ordered = sorted(set(phrases), key=len, reverse=True)
    flags = re.IGNORECASE
    return re.compile(r"(?<![\w-])(?:" + alternation(ordered, escape, flags) + r")(?![\w-])", flags)


def _vader() -> dict[str, float]:
    try:
        path = resources.files("vaderSentiment") / "vader_lexicon.txt"
        raw = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError) as e:
        raise ConfigError(
            f"the VADER lexicon is not installed (pip install vaderSentiment): {e}"
        ) from None
    out: dict[str, float] = {}
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def _sections(lines: list[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {"verb": set(), "noun": set(), "adj": set()}
    current = "adj"
    for line in lines:
        if line.startswith("@"):
            current = line[1:]
            if current not in out:
                raise ConfigError(f"loaded.txt: unknown section {line!r}")
            continue
        out[current].add(line)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicons, loaded once per process."""
    return Lexicon(
        hedges=_phrase_pattern(_lines("hedges.txt")),
        phrases=_phrase_pattern(_lines("phrases.txt")),
        intensifiers=frozenset(_lines("intensifiers.txt")),
        loaded=_sections(_lines("loaded.txt")),
        neutral=frozenset(_lines("news_neutral.txt")),
        neutral_adverbs=frozenset(_lines("neutral_adverbs.txt")),
        valence=_vader(),
    )
