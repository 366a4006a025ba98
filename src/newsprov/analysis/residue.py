"""Scraper residue: share counters, related-link lists, newsletter prompts, image credits.

Residue is marked (a span and a reason), never cut from the text.
"""

from __future__ import annotations

import re

from newsprov.record import Removed

_SHARE = re.compile(r"(?im)^[ \t]*(?:\d+\s*-\s*\d+\s*shares?|\d+\s+shares?|share this article)[ \t]*$")


def find_residue(text: str) -> list[Removed]:
    return [Removed(span=(m.start(), m.end()), reason="share-counter") for m in _SHARE.finditer(text)]
