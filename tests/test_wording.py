"""Counts in words: the plurals every message, report and page uses (newsprov.wording)."""

from __future__ import annotations

import pytest

from newsprov.wording import count_of, plural


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
