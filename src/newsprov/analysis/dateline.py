"""Datelines at the head of an article: place, time (or date) and wire agency.

Forms recognised, at the start of the text or of one of its first lines (after a title,
date or byline line)::

    BEIRUT, LEBANON (12:45 A.M.) –        place, time
    Washington (AFP) –                    place, agency
    NEW YORK (Reuters) -                  place, agency
    LONDON —                              place
    WASHINGTON, March 27 (UPI) --         place, time (the date), agency
    PARIS, France, Jan. 5 —               place, time

A dateline must end in a dash (``-``, ``--``, ``–``, ``—``, or the horizontal bar ``―`` some
sites print for it) followed by a space (or, after a place in capitals, an em dash glued to
the first word: ``WASHINGTON—The``), so sentences
that merely start with a city ("Washington is ...", "NEW YORK-based firms ...") are not
datelines. A place in ordinary capitals without anything in brackets or a date ("London —")
counts only when the rest of the line reads like body text, not a short title.

In a news database's export, where a ``FULL TEXT`` line heads the body after the title and an
abstract, the dateline is looked for after that line.
"""

from __future__ import annotations

import re

from newsprov.record import Dateline

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|{_WEEKDAY}"
_TIME = (
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?|GMT|UTC|[ECMP][SD]?T|ET)(?:\s+local\s+time)?"
)
# A word of a place name: capitalised (or a capital initial "D.C."), or a linking particle.
_WORD = r"(?:[A-Z][A-Za-z'’.]*(?:-[A-Za-z'’.]+)*)"
_PARTICLE = r"(?:de|da|do|del|la|le|of|on|upon|am|an|el|al|es|sur)"
_SEGMENT = rf"{_WORD}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?{_WORD}){{0,3}}"
#: The horizontal bar (U+2015) stands for the em dash on some sites ("WASHINGTON ― Donald
#: Trump's ...": 7 PolNeAR articles, which had no dateline before it was added, 2026-12-03).
_DASH = r"(?:--|[-–—―])"

_PATTERN = re.compile(
    rf"""
    (?P<place>{_SEGMENT}(?:,[ \t\u00a0]*(?!(?:{_DATE})\b){_SEGMENT}){{0,2}})?
    (?:,?[ \t\u00a0]*(?P<date>{_DATE}))?
    [ \t\u00a0]*(?:\((?P<paren0>[^()\n]{{1,40}})\)[ \t\u00a0]*)?(?:\((?P<paren>[^()\n]{{1,40}})\))?
    [ \t\u00a0]*(?P<dash>{_DASH})(?:[ \t\u00a0]+(?=\S)|(?<=[—―])(?=[A-Z"“‘]))
    """,
    re.VERBOSE,
)
_TIME_RE = re.compile(rf"^(?:{_TIME}|{_DATE}|{_DATE},?\s+{_TIME}|{_TIME},?\s+{_DATE})$")
_ALLCAPS = re.compile(r"^[A-Z][A-Z .,'’-]*$")
#: Capitalised labels that head a title line like a place would ("EXCLUSIVE – Stone: ...").
_LABELS = frozenset(
    "EXCLUSIVE UPDATE UPDATED BREAKING WATCH OPINION ANALYSIS EDITORIAL COMMENTARY LIVE VIDEO "
    "PHOTOS REVIEW CORRECTION REPORT FACT CHECK SPONSORED ADVERTISEMENT EXCERPT".split()
)
#: How many lines (title, date, byline) may come before the dateline, and their longest length.
_HEAD_LINES = 3
_HEAD_LINE_MAX = 160
#: The line that opens the body in a news database's export (title, "ABSTRACT.", abstract,
#: "FULL TEXT.", body: 104 of PolNeAR's articles, three with a dateline after it).
_FULL_TEXT = re.compile(r"^[ \t]*full text[.:]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
#: How far into the text that line is looked for (a title and an abstract of a few lines).
_FULL_TEXT_WITHIN = 3000


def find_dateline(text: str) -> Dateline | None:
    """The article's dateline, or None. ``span`` covers the dateline up to and including its
    dash; ``place``/``time``/``agency`` are None when the dateline does not give them."""
    export = _FULL_TEXT.search(text, 0, _FULL_TEXT_WITHIN)
    pos = export.end() if export else 0
    for _ in range(_HEAD_LINES + 1):
        while pos < len(text) and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= len(text):
            return None
        found = _match_at(text, pos)
        if found is not None:
            return found
        end = text.find("\n", pos)
        if end == -1 or end - pos > _HEAD_LINE_MAX:
            return None  # a long first line is body text: the dateline would have been on it
        pos = end + 1
    return None


def _match_at(text: str, pos: int) -> Dateline | None:
    m = _PATTERN.match(text, pos)
    if not m or not (m.group("place") or m.group("paren") or m.group("paren0")):
        return None
    place = (m.group("place") or "").strip(" ,") or None
    date = m.group("date")
    paren = (m.group("paren") or "").strip()
    qualifier = (m.group("paren0") or "").strip()
    if qualifier and not paren:
        paren, qualifier = qualifier, ""
    if qualifier:  # "Nagpur (India) (AFP) –": the first brackets belong to the place
        if not place or not _is_agency(qualifier):
            return None
        place = f"{place} ({qualifier})"
    time: str | None = date
    agency: str | None = None
    if paren:
        if _TIME_RE.match(paren):
            time = f"{date}, {paren}" if date else paren
        elif _is_agency(paren):
            agency = paren
        else:
            return None  # "(see below) -": brackets that are neither a time nor an agency
    glued = m.end() == m.end("dash")  # "WASHINGTON—The Fed ...", the WSJ's style
    if glued and not (place and _ALLCAPS.match(place.split(",")[0])):
        return None
    if place and not (paren or date) and not _bare_place_ok(place, text, m.end(), m.group("dash")):
        return None
    if place is None and agency is None:
        return None
    start = m.start("place") if m.group("place") else m.start()
    return Dateline(place=place, time=time, span=(start, m.end("dash")), agency=agency)


def _is_agency(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 4 and s[0].isupper() and len(s) >= 2 and not s[0].isdigit()


def _bare_place_ok(place: str, text: str, body_start: int, dash: str) -> bool:
    """A place with no brackets and no date: all capitals (``LONDON —``), or a short name
    followed by a line of body text (a title like "Obama — A Legacy" is not a dateline)."""
    line_end = text.find("\n", body_start)
    rest = text[body_start : line_end if line_end != -1 else len(text)]
    starts_like_body = bool(rest) and (rest[0].isupper() or rest[0] in "\"“‘'")
    if set(place.upper().replace(",", " ").split()) & _LABELS:
        return False
    if _ALLCAPS.match(place.split(",")[0]):  # "LONDON", "OSCEOLA, Iowa"
        return starts_like_body
    parenthetical = f" {dash} " in rest  # "Mehmet Oz — surgeon and TV star — has ..."
    return len(place.split()) <= 3 and starts_like_body and len(rest) >= 60 and not parenthetical
