"""The unit that flows from ingest into analysis, and the checks every input form shares."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from newsprov.errors import InputError, LimitError
from newsprov.options import Options
from newsprov.wording import TEXT, TEXTS, must_be


@dataclass
class Article:
    """One article ready for analysis: its exact text and what is known about it."""

    text: str
    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    input_format: str = "text"
    encoding: str | None = None
    origin: str = "<input>"  # where it came from, for messages (path, path:line, "<stdin>")
    warnings: list[str] = field(default_factory=list)

    @property
    def own_outlet(self) -> str | None:
        """The publishing outlet's name from the metadata, else the article's address."""
        return self.outlet or self.url

    def record_id(self) -> str:
        if self.id:
            return self.id
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return "sha256:" + digest[:16]


@dataclass
class Failure:
    """An input that could not become an article (or a record): kept so batches can report it."""

    origin: str
    error: InputError

    @property
    def message(self) -> str:
        return str(self.error)


#: Metadata a caller may give with an article (API keywords, JSON Lines fields).
META_FIELDS = ("id", "url", "outlet", "title", "published", "authors")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def check_published(value: str) -> tuple[str | None, str | None]:
    """``(kept, warning)`` for a caller's ``published`` value: an ISO date or date and time
    naming a real calendar date is kept as given; a real date followed by something that is
    not an ISO time keeps only its date (``YYYY-MM-DD``); anything else is left unknown (null,
    never a guess). ``warning`` says what was dropped."""
    if not _ISO_DATE.match(value) or value[10:11].isdigit():
        return None, f"published {value!r} is not an ISO date (YYYY-MM-DD); left unknown"
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return None, f"published {value!r} is not a calendar date; left unknown"
    if len(value) == 10:
        return value, None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return value[:10], (
            f"published {value!r} has a time that is not ISO 8601; kept its date {value[:10]}"
        )
    return value, None


def check_size(size: int, origin: str, options: Options) -> None:
    """:class:`LimitError` (an :class:`InputError`) naming ``origin`` when ``size`` bytes are
    over ``max_bytes``."""
    if size > options.max_bytes:
        raise LimitError(
            origin,
            f"is {size:,} bytes, over the {options.max_bytes:,}-byte limit (--max-bytes / "
            "NEWSPROV_MAX_BYTES)",
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_characters(value: str, origin: str, field: str = "text") -> None:
    """InputError naming ``origin`` and ``field`` when ``value`` holds a lone UTF-16 surrogate
    (a JSON ``\\ud800`` escape without its other half: it is no character, cannot be
    written as UTF-8, and would otherwise fail deep in the analyser or the store) or a NUL
    character (U+0000: binary data, refused in a file's bytes too; PostgreSQL cannot store
    it, and one failed the whole batch of records written with it)."""
    found = _SURROGATE.search(value)
    if found:
        raise InputError(
            origin,
            f"{field} has a lone UTF-16 surrogate (U+{ord(found.group()):04X}) at character "
            f"{found.start()}: half of a character, not text",
        )
    nul = value.find("\x00")
    if nul >= 0:
        raise InputError(
            origin,
            f"{field} has a NUL character (U+0000) at character {nul}: binary data, not text",
        )


def check_not_empty(text: str, origin: str) -> None:
    if not text:
        raise InputError(origin, "is empty (no text to analyse)")
    if not text.strip():
        raise InputError(origin, "contains only whitespace (no text to analyse)")


def make_article(text: str, origin: str, meta: dict[str, Any], **fixed: Any) -> Article:
    """An :class:`Article` from text and caller metadata, checking the metadata's types.

    Unknown keys and wrongly typed values raise :class:`InputError`; a ``published`` value that
    is not an ISO date is dropped (null, never a guess) with a warning in the record.
    """
    unknown = sorted(set(meta) - set(META_FIELDS))
    if unknown:
        raise InputError(
            origin,
            f"unknown metadata field(s) {', '.join(unknown)} (known: {', '.join(META_FIELDS)})",
        )
    check_characters(text, origin)
    warnings: list[str] = list(fixed.pop("warnings", []))
    values: dict[str, Any] = {}
    for key in ("id", "url", "outlet", "title", "published"):
        value = meta.get(key)
        if value is None:
            continue
        if isinstance(value, int | float) and not isinstance(value, bool) and key == "id":
            value = str(value)
        if not isinstance(value, str):
            raise InputError(origin, must_be(TEXT, value, f"metadata field {key!r}"))
        value = value.strip()
        check_characters(value, origin, f"metadata field {key!r}")
        if value:
            values[key] = value
    published = values.get("published")
    if published is not None:
        kept, warning = check_published(published)
        if warning:
            warnings.append(warning)
        if kept is None:
            del values["published"]
        else:
            values["published"] = kept
    authors = meta.get("authors")
    if authors is not None:
        if isinstance(authors, str):
            authors = [a for a in re.split(r"\s*;\s*", authors) if a]
        if not isinstance(authors, list):
            raise InputError(origin, must_be(TEXTS, authors, "metadata field 'authors'"))
        for n, a in enumerate(authors, start=1):
            if not isinstance(a, str):
                raise InputError(origin, must_be(TEXTS, a, "metadata field 'authors'", item=n))
        for a in authors:
            check_characters(a, origin, "metadata field 'authors'")
        values["authors"] = [a.strip() for a in authors if a.strip()]
    for key, value in fixed.items():
        if key in META_FIELDS and key in values:
            continue  # the caller's metadata wins over what was extracted
        if isinstance(value, str):  # extracted, not given: a NUL is dropped, not refused
            value = value.replace("\x00", "")
        elif isinstance(value, list):
            value = [v.replace("\x00", "") if isinstance(v, str) else v for v in value]
        if value is not None and value != []:
            values[key] = value
    return Article(text=text, origin=origin, warnings=warnings, **values)


def content_fingerprint(
    text: str, outlet: str | None, url: str | None, title: str | None, published: str | None
) -> str:
    """What makes two articles the same: their text and the document metadata given (the
    store's ``content_hash`` and :func:`unique_ids` both compare this)."""
    key = [text, outlet, url, title, published]
    data = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def _fingerprint(article: Article) -> str:
    a = article
    return content_fingerprint(a.text, a.outlet, a.url, a.title, a.published)


def unique_ids(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
    """``items`` with each article whose record id an earlier article of the stream holds for
    different content turned into a :class:`Failure` naming both inputs (the first is kept).

    The same article again (same id, same content) passes: the store keeps it once.
    """
    seen: dict[str, tuple[str, str]] = {}
    for item in items:
        if isinstance(item, Article):
            rid, fp = item.record_id(), _fingerprint(item)
            first = seen.setdefault(rid, (item.origin, fp))
            if first[1] != fp:
                if item.id:
                    problem = (
                        f"has id {rid!r}, which {first[0]} already has for a different article "
                        "(ids must be unique in one run: give it another id or file name)"
                    )
                else:
                    problem = (
                        f"has the text of {first[0]} with different metadata, so the same id "
                        f"{rid}; give each an 'id'"
                    )
                yield Failure(item.origin, InputError(item.origin, problem))
                continue
        yield item
