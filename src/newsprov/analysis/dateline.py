"""Datelines at the head of an article: place, time and wire agency."""

from __future__ import annotations

import re

from newsprov.record import Dateline

_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z .,'-]+?)\s*(?:\((?P<time>[^)]*)\))?\s*[–—-]{1,2}\s"
)


def find_dateline(text: str) -> Dateline | None:
    m = _DATELINE.match(text)
    if not m:
        return None
    return Dateline(place=m.group("place").strip(" ,"), time=m.group("time"), span=(m.start("place"), m.end() - 1))
