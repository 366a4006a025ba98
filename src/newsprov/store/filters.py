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
from newsprov.wording import TEXT, must_be

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
    if not isinstance(value, str):
        raise InputError(option, must_be(TEXT, value))
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


#: The most rows one query returns: a larger ``limit`` is refused, not cut to it.
MAX_LIMIT = 10_000
WHOLE = "a whole number"
#: What a list's ``limit`` and ``offset`` must be, in the words of their errors.
ROWS_TO_SHOW = f"give the rows to show, 1 to {MAX_LIMIT:,}"
ROWS_TO_SKIP = "give the rows to skip, 0 or more"


def page_bounds(
    limit: object, offset: object, names: tuple[str, str] = ("limit", "offset")
) -> tuple[int, int]:
    """A list's ``limit`` (1 to :data:`MAX_LIMIT`) and ``offset`` (0 or more), or InputError
    naming the one that is not (``names``, as the options are called: ``--limit``). A limit of
    0 answered an empty list, as if nothing matched, and a negative offset the first page."""
    for name, value in zip(names, (limit, offset), strict=True):
        if not isinstance(value, int) or isinstance(value, bool):
            raise InputError(name, must_be(WHOLE, value))
    assert isinstance(limit, int) and isinstance(offset, int)
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(
            names[0],
            f"{ROWS_TO_SHOW}, not {limit} ({names[1]} pages through more)",
        )
    if offset < 0:
        raise InputError(names[1], f"{ROWS_TO_SKIP}, not {offset}")
    return limit, offset


#: Why a text argument with a NUL character is refused, in the HTTP API's words: no stored
#: text has one, SQLite's ``LIKE`` stops at it (a name filter matched every entry) and
#: PostgreSQL takes none in a text parameter (an internal error there).
NUL = "has a NUL character (U+0000): no text has one"


def text_arg(option: str, value: object) -> str:
    """``value`` when it is text with no NUL character, else InputError naming ``option``."""
    if not isinstance(value, str):
        raise InputError(option, must_be(TEXT, value))
    if "\x00" in value:
        raise InputError(option, NUL)
    return value


def text_filter(option: str, value: object) -> str | None:
    """A text filter named ``option`` (a source's name part, a quote's words): ``None`` is no
    filter; a blank one is InputError (``sources(q=" ")`` kept the names holding a space, and
    ``q=""`` listed every entry where the HTTP API refused it)."""
    if value is None:
        return None
    text = text_arg(option, value)
    if not text.strip():
        raise InputError(option, f"{text!r} is blank: give the text to look for, or no filter")
    return text


def search_words(option: str, value: object) -> list[str]:
    """The words of a full-text search named ``option``, or InputError when it has none (a
    blank query, or one of punctuation only, answered an empty list as if nothing matched)."""
    text = text_arg(option, value)
    if not text.strip():
        raise InputError(option, "give the words to search for")
    words = re.findall(r"\w+", text)
    if not words:
        raise InputError(option, f"{text!r} has no word to search for: give the words")
    return words


def key_filter(option: str, value: object, what: str) -> str:
    """An id or name naming one item (``what``: "a story's id"), or InputError when it is no
    text or blank: a blank names nothing, which is a usage error, not an item not found."""
    text = text_arg(option, value)
    if not text.strip():
        raise InputError(option, f"{text!r} is blank: give {what}")
    return text
