"""The audits' behaviour tables of source resolution: relations written as ``(source, cue)``
pairs on an invented text, resolved by :func:`newsprov.analysis.sources.resolve` with
hand-made candidates, and the (name, kind, title) of the last attribution's source. Shared by
``tests/test_sources_resolution.py`` and every audit's table (``tests/test_sources_*audit*.py``),
which bind :func:`source_rows_test` to a ``test_`` name."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from tests.test_sources import at, run


def rel(text: str, source: str, cue: str, recipient: str | None = None) -> dict[str, Any]:
    """A relation whose content is the rest of the sentence after ``cue`` (or, for a tag
    after the content, the quotation or clause before it)."""
    start, end = at(text, cue)
    stop = text.find(".", end)
    after = text[end:stop].strip(" ,")
    if not after:  # "..., Sheriff Jones said." / '"...," he answered.'
        stop_before = text.rfind(". ", 0, start)
        begin = stop_before + 2 if stop_before >= 0 else 0
        after = text[begin : at(text, source)[0]].strip(' ,"')
    r: dict[str, Any] = {"source": source, "cue": cue, "content": after}
    if recipient:
        r["recipient"] = recipient
    return r


def source_of_last(nlp: Language, text: str, rels: list[dict[str, Any]]) -> tuple[str, str]:
    _, atts, by_id = run(nlp, text, rels)
    last = max(atts, key=lambda a: a.cue_spans[0][0])
    assert last.source is not None
    src = by_id[last.source]
    return src.name, src.kind


#: Sources found as a word by :func:`word_rels` (not inside "the", "when" or "Shell").
_PRONOUNS = frozenset({"he", "him", "she", "her"})


def word_rels(text: str, rels: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The relations of ``(source, cue)`` pairs (:func:`rel`), a he/him/she/her source in any
    case found as a word ("she@2": its second occurrence as a word, :func:`word_at`)."""
    return [
        rel(text, word_at(text, s) if s.split("@")[0].lower() in _PRONOUNS else s, c)
        for s, c in rels
    ]


def last_source(
    nlp: Language, text: str, rels: list[dict[str, Any]], tags: dict[str, str] | None = None
) -> tuple[str, str, str | None]:
    """The (name, kind, title) of the source of the attribution whose cue starts last, after
    resolving ``rels`` in ``text`` (the audits' behaviour tables)."""
    _, atts, by_id = run(nlp, text, rels, tags)
    last = max(atts, key=lambda a: a.cue_spans[0][0])
    src = by_id[last.source or ""]
    return (src.name, src.kind, src.title)


SourceRow = tuple[str, list[tuple[str, str]], dict[str, str] | None, tuple[str, str, str | None]]


def source_rows_test(rows: list[SourceRow]) -> Callable[..., None]:
    """A test over the audits' rows ``(text, [(source, cue)], tags, expected (name, kind,
    title))``: each row asserts :func:`last_source` on its text (one runner for every audit's
    table; bind it to a ``test_`` name in the audit's module)."""

    @pytest.mark.parametrize(("text", "rels", "tags", "expected"), rows)
    def test(
        nlp: Language,
        text: str,
        rels: list[tuple[str, str]],
        tags: dict[str, str] | None,
        expected: tuple[str, str, str | None],
    ) -> None:
        assert last_source(nlp, text, word_rels(text, rels), tags) == expected

    return test


def word_at(text: str, needle: str) -> str:
    """``needle`` ("he", "he@2": its second occurrence as a word, not inside "the") in the
    ``at`` form ("he@3": its third occurrence anywhere)."""
    word, _, nth = needle.partition("@")
    words = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    anywhere = [m.start() for m in re.finditer(re.escape(word), text)]
    return f"{word}@{anywhere.index(words[int(nth or 1) - 1]) + 1}"
