"""Regular-expression alternations of many literal forms (phrase lists, outlet names), factored
by first character so that the engine tries one group at each place instead of every form."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def alternation(
    forms: Iterable[str], escape: Callable[[str], str] = re.escape, flags: int = 0
) -> str:
    """A pattern matching any of ``forms``, preferring earlier forms where several match at one
    place, as ``"|".join(map(escape, forms))`` does, and matching exactly what it matches.

    ``escape`` turns a piece of a form into a pattern, character by character (it is applied to
    the first character and to the rest separately); ``flags`` are those the pattern will be
    compiled with. Forms are grouped by their first character, one group tried at each place.
    First characters whose patterns may match the same character share one group with the
    forms written out in their given order: a case pair ("T" and "t" under ``re.IGNORECASE``
    in ``flags``), or an escape that lets one
    character stand for another (an apostrophe that also matches a curly one). Apart, a later
    form of the first group to be tried could win over an earlier form of the other. A first
    character whose pattern matches a run of it (a space escaped as ``\\s+``) is not factored
    out either: its greedy run, taken once for the group, would not give back what a later
    form of the group needs ("  bb" after " " on "  bb"). An empty form is a
    ``ValueError``."""
    by_first: dict[str, list[tuple[int, str]]] = {}
    for i, form in enumerate(forms):
        if not form:
            raise ValueError("an empty form would match everywhere")
        by_first.setdefault(form[0], []).append((i, form))
    firsts = list(by_first)
    patterns = [re.compile(escape(c), flags) for c in firsts]
    owner = list(range(len(firsts)))

    def root(k: int) -> int:
        while owner[k] != k:
            k = owner[k]
        return k

    for a in range(len(firsts)):
        for b in range(a + 1, len(firsts)):
            if patterns[a].fullmatch(firsts[b]) or patterns[b].fullmatch(firsts[a]):
                owner[root(b)] = root(a)
    shared: dict[int, list[int]] = {}
    for k in range(len(firsts)):
        shared.setdefault(root(k), []).append(k)
    parts = []
    for group in shared.values():
        first = firsts[group[0]]
        if len(group) == 1 and not patterns[group[0]].fullmatch(first * 2):
            rest = "|".join(escape(form[1:]) for _, form in by_first[first])
            parts.append(escape(first) + "(?:" + rest + ")")
        else:
            ordered = sorted(item for k in group for item in by_first[firsts[k]])
            parts.append("(?:" + "|".join(escape(form) for _, form in ordered) + ")")
    return "|".join(parts)
