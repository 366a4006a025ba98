"""How counts read in messages, reports and pages: "1 story", "2 stories", "0 errors"."""

from __future__ import annotations

#: Plurals that are not the word and an s.
_PLURALS = {"story": "stories", "entry": "entries", "is": "are", "was": "were"}


def plural(count: int, word: str) -> str:
    """``word`` as ``count`` of it reads: 1 story, 2 stories, 0 relays (the last word of a
    phrase takes the plural: "quote cluster", "quote clusters")."""
    if count == 1:
        return word
    head, _, last = word.rpartition(" ")
    many = _PLURALS.get(last, last + "s")
    return f"{head} {many}" if head else many


def count_of(count: int, word: str) -> str:
    """``count`` and ``word`` as they read together: "1 article", "3 articles"."""
    return f"{count} {plural(count, word)}"
