"""The query filters' validation, shared by the store's queries, the CLI and the HTTP API.

A date filter is an ISO date or its prefix (``2020``, ``2020-03``, ``2020-03-27``, optionally
with a time) naming a real calendar date; a source kind is one of the record's kinds. The HTTP
API checks the same rules through :data:`DATE_PATTERN` and :func:`check_date` (422); the store
raises :class:`~newsprov.errors.InputError` so the CLI says which option is wrong.
"""

from __future__ import annotations

import re
from datetime import date

from newsprov.errors import InputError
from newsprov.record import SOURCE_KINDS

# the pattern rules out what no calendar has (month 13, day 32, year 0), so that the HTTP API's
# schema says it and generated requests meet it; check_date catches the rest (February 30)
DATE_PATTERN = r"^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])([T ][0-9:.+\-Z]{0,20})?)?)?$"
DATE = re.compile(DATE_PATTERN)
DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD (a time may follow the date)"


#: An article's ``published`` date in the HTTP API: a whole date (a time may follow), since a
#: record keeps only a whole ISO date (``2021`` alone was taken, then left null with a warning).
PUBLISHED_PATTERN = r"^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ][0-9:.+\-Z]{0,20})?$"
PUBLISHED = re.compile(PUBLISHED_PATTERN)
PUBLISHED_HINT = "YYYY-MM-DD (a time may follow the date)"


def published_problem(value: str) -> str:
    """Why ``value`` is not an article's ``published`` date."""
    if not DATE_SHAPE.match(value):
        return f"{value!r} is not a date: use {PUBLISHED_HINT}"
    if len(value) < 10:
        return f"{value!r} is not a whole date: use {PUBLISHED_HINT}"
    return f"{value!r} is not a calendar date: use {PUBLISHED_HINT}"


#: The shape of a date, calendar aside: "2020-13-45" has it and is "not a calendar date".
DATE_SHAPE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]{0,20})?)?)?$")


def date_problem(value: str) -> str:
    """Why ``value`` is not a date filter ("is not a date" or "is not a calendar date")."""
    if not DATE_SHAPE.match(value):
        return f"{value!r} is not a date: use {DATE_HINT}"
    return f"{value!r} is not a calendar date: use {DATE_HINT}"


def check_date(value: str) -> str:
    """``value`` when it is a date filter, else ValueError saying why."""
    if not DATE.match(value):
        raise ValueError(date_problem(value))
    year, month, day = int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1)
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date: use {DATE_HINT}") from None
    return value


def check_optional_date(value: str | None) -> str | None:
    """:func:`check_date` for an optional filter (the HTTP API's validator)."""
    return None if value is None else check_date(value)


def date_filter(option: str, value: str | None) -> str | None:
    """A date filter named ``option`` (``--since``), or InputError naming it."""
    if value is None:
        return None
    try:
        return check_date(value)
    except ValueError as e:
        raise InputError(option, str(e)) from None


def period_filter(
    since: str | None, until: str | None, names: tuple[str, str] = ("since", "until")
) -> tuple[str | None, str | None]:
    """Both date filters checked (:func:`date_filter`, ``names`` as the options are called),
    and InputError when the period ends before it begins (``--since 2020 --until 2019``
    answered nothing, as if no article matched): ``until`` covers its whole year, month or
    day, so ``--since 2020-05-10 --until 2020-05`` is a period."""
    since, until = _day(date_filter(names[0], since)), _day(date_filter(names[1], until))
    if since is not None and until is not None and _first_day(since) > _last_day(until):
        raise InputError(
            names[1],
            f"{until!r} ends before {names[0]} {since!r} begins: no date can match",
        )
    return since, until


def _day(value: str | None) -> str | None:
    """A date filter without its time: a record keeps only a whole date (``published``), so a
    time names its day. Compared as text, "2020-03-27T10:00" came after every article of that
    day and ``--since`` left them all out."""
    return None if value is None else value[:10]


def _first_day(value: str) -> date:
    return date(int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1))


def _last_day(value: str) -> date:
    if len(value) >= 10:
        return date.fromisoformat(value[:10])
    year, month = int(value[:4]), int(value[5:7] or 12)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def kind_filter(option: str, value: str | None) -> str | None:
    """A source-kind filter named ``option`` (``--kind``), or InputError naming it."""
    if value is None or value in SOURCE_KINDS:
        return value
    raise InputError(
        option, f"{value!r} is not a source kind: use one of {', '.join(SOURCE_KINDS)}"
    )
