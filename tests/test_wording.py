"""Counts in words: the plurals every message, report and page uses (newsprov.wording)."""

from __future__ import annotations

from typing import Any

import pytest

from newsprov.wording import (
    ARTICLE_OBJECT,
    LIST,
    TEXT,
    TEXTS,
    count_of,
    kind_of,
    must_be,
    plural,
)


@pytest.mark.parametrize(
    ("count", "word", "expected"),
    [
        (1, "article", "1 article"),
        (0, "article", "0 articles"),
        (2, "story", "2 stories"),
        (1, "story", "1 story"),
        # the last word of a phrase takes the plural
        (3, "quote cluster", "3 quote clusters"),
        (1, "relay edge", "1 relay edge"),
        (2, "sample article", "2 sample articles"),
        (5, "Parquet file", "5 Parquet files"),
        (2, "entry", "2 entries"),
        # the words the pages count in (moved here from tests/test_pages_audit.py)
        (0, "story", "0 stories"),
        (1, "relay", "1 relay"),
        (3, "relay", "3 relays"),
        (1, "quote", "1 quote"),
        (21, "source", "21 sources"),
        (1, "attribution", "1 attribution"),
        (1, "outlet", "1 outlet"),
    ],
)
def test_count_of(count: int, word: str, expected: str) -> None:
    assert count_of(count, word) == expected
    assert plural(count, word) == expected.split(" ", 1)[1]


class Thing:
    """A class of the caller's own."""


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("x", "text"),
        (b"x", "bytes"),
        (5, "a whole number"),
        (4.5, "a decimal number"),
        (True, "a boolean (true or false)"),  # a bool is an int to Python, not to people
        (None, "nothing (null)"),
        ([1], "a list"),
        ((1,), "a list"),
        ({"a": 1}, "an object (key-value pairs)"),
        ({1}, "a set"),
        (Thing(), "a Thing object"),  # no plain word: named by its class
    ],
)
def test_kind_of_is_plain_words(value: object, words: str) -> None:
    """Type errors named values by Python ("not int", "not NoneType", "not str")."""
    assert kind_of(value) == words
    for python in ("int", "str", "NoneType", "bool", "float", "dict", "tuple", "frozenset"):
        assert python not in words.replace("(", " ").split()


@pytest.mark.parametrize(
    ("args", "kw", "message"),
    [
        ((TEXT, 5, "'text'"), {}, "'text' must be text, not a whole number"),
        ((TEXT, None, "metadata field 'outlet'"), {},
         "metadata field 'outlet' must be text, not nothing (null)"),
        ((TEXTS, "Ann", "metadata field 'authors'"), {},
         "metadata field 'authors' must be a list of text values, not text"),
        ((TEXTS, 1, "metadata field 'authors'"), {"item": 2},
         "metadata field 'authors' must be a list of text values (item 2 is a whole number)"),
        ((ARTICLE_OBJECT, [1]), {}, "must be an object with 'text' or 'html', not a list"),
        ((LIST, "Ann"), {}, "must be a list, not text"),
        (("a JSON object", True, "body"), {},
         "body must be a JSON object, not a boolean (true or false)"),
    ],
)  # fmt: skip
def test_must_be_speaks_one_register(
    args: tuple[Any, ...], kw: dict[str, Any], message: str
) -> None:
    """Both halves in plain words: "'text' must be a string, not a whole number" mixed
    Python's name for what was wanted with plain words for what was sent, and "is a JSON
    list, not an object" JSON's."""
    assert must_be(*args, **kw) == message
    assert "string" not in message and "JSON list" not in message
