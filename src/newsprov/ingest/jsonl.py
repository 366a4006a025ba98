"""JSON Lines (and JSON) inputs: one article per line, each line's errors reported on its own."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsprov.errors import InputError
from newsprov.ingest.article import META_FIELDS, Article, Failure, check_size
from newsprov.ingest.decode import binary_kind
from newsprov.ingest.html import article_from_html
from newsprov.ingest.text import article_from_text
from newsprov.options import Options
from newsprov.wording import ARTICLE_OBJECT, TEXT, must_be


def parse_json_line(raw: bytes | str, origin: str, options: Options | None = None) -> Any:
    """The JSON object of one JSON Lines line; raises :class:`InputError` naming ``origin``.

    ``options`` given, a line over ``max_bytes`` is refused before it is parsed. ``newsprov
    analyze``/``ingest`` and both batch engines read their lines through this. A byte-order
    mark opening the line (files written by Windows tools; JSON itself never starts with one)
    is not part of the JSON.
    """
    if options is not None:
        size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
        check_size(size, origin, options)
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(origin, f"is not UTF-8 (byte {e.start + 1})") from None
    try:
        obj = json.loads(raw.removeprefix("\ufeff"))
    except json.JSONDecodeError as e:
        raise InputError(origin, f"is not valid JSON ({e.msg} at column {e.colno})") from None
    check_object(obj, origin)
    return obj


def check_object(obj: Any, origin: str) -> None:
    """Refuse a JSON value that is not an object (an article is one)."""
    if not isinstance(obj, dict):
        raise InputError(origin, must_be(ARTICLE_OBJECT, obj))


def article_from_object(obj: Any, origin: str, options: Options) -> Article:
    """One article from a decoded JSON object with ``text`` or ``html`` and optional metadata.

    Fields other than those known are ignored (a JSON Lines file may carry more); a
    version-1 record's ``document`` gives the metadata the line does not. The one
    check of a JSON Lines row: ``analyze``, ``ingest``, the HTTP API's JSON and both batch
    engines' rows (JSON Lines and Parquet) go through it.
    """
    check_object(obj, origin)
    meta = {k: v for k, v in obj.items() if k in META_FIELDS}
    doc = obj.get("document")
    if "schema_version" in obj and isinstance(doc, dict):
        # a version-1 record (`newsprov export --jsonl`, `analyze --format jsonl`) keeps its
        # metadata in `document`: ingesting one lost its outlet, title, date, URL and authors
        for k in META_FIELDS:
            if k != "id" and k not in meta and doc.get(k) not in (None, "", []):
                meta[k] = doc[k]
    text, html = obj.get("text"), obj.get("html")
    if text is not None and html is not None:
        raise InputError(origin, "has both 'text' and 'html'; give one")
    if text is None and html is None:
        raise InputError(origin, "has neither 'text' nor 'html'")
    body = text if text is not None else html
    if not isinstance(body, str):
        field = "text" if text is not None else "html"
        raise InputError(origin, must_be(TEXT, body, f"'{field}'"))
    if text is not None:
        art = article_from_text(text, origin, options, **meta)
        art.input_format = "jsonl"
        return art
    return article_from_html(body, origin, options, **meta)


def read_json_lines(
    lines: Iterable[bytes], name: str, options: Options
) -> Iterator[Article | Failure]:
    """Yield an article or a failure (``name:LINE: problem``) per non-blank line; a file with
    no line that is not blank is one failure (``name: is empty``), not a run with nothing."""
    found = False
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if not raw.strip():
            continue
        if not found and isinstance(raw, bytes) and (kind := binary_kind(raw)):
            # a gzip archive or an image named .jsonl: one line for the file, where each of its
            # "lines" was an error ("is not UTF-8 (byte 2)")
            yield Failure(name, InputError(name, f"is {kind}, not JSON Lines"))
            return
        found = True
        try:
            obj = parse_json_line(raw, origin, options)
            yield article_from_object(obj, origin, options)
        except InputError as e:
            yield Failure(origin, e)
    if not found:
        yield Failure(name, InputError(name, "is empty (no JSON lines, so no articles)"))


def json_document_items(data: bytes, name: str) -> list[tuple[str, Any]] | None:
    """The values of a ``.json`` file that holds one JSON document, each with its origin:
    ``name`` for one object, ``name:#N`` for the Nth item of a list (a pretty-printed list or
    object spread over many lines is one document, not one line each).

    ``None`` when the file is JSON Lines (two objects or more, a line each) or not UTF-8, to be
    read line by line. A document that starts as a list (``[``) or as an object whose first
    line is only ``{`` but does not parse is one :class:`InputError` naming the file, the line
    and the column (``name: is not valid JSON (Expecting ',' delimiter at line 5 column 3)``),
    as is an empty list. ``newsprov analyze``/``ingest`` and both batch engines read a
    ``.json`` file through this, so they agree on every file.
    """
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark is not the JSON's
    except UnicodeDecodeError:
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        body = text.lstrip()
        first = body.split("\n", 1)[0].strip()
        if body.startswith("[") or first == "{":
            raise InputError(
                name, f"is not valid JSON ({e.msg} at line {e.lineno} column {e.colno})"
            ) from None
        return None  # JSON Lines (or a file of lines that are not JSON: an error each)
    except RecursionError:
        raise InputError(name, "is nested too deeply to read as JSON") from None
    if not isinstance(obj, list):
        return [(name, obj)]
    if not obj:
        raise InputError(name, "is an empty JSON list (no articles)")
    return [(f"{name}:#{i}", item) for i, item in enumerate(obj, start=1)]


def read_json_document(data: bytes, name: str, options: Options) -> Iterator[Article | Failure]:
    """A ``.json`` file: one object, a list of objects (``name:#N``), or JSON Lines
    (:func:`json_document_items` decides)."""
    try:
        items = json_document_items(data, name)
    except InputError as e:
        yield Failure(name, e)
        return
    if items is None:
        yield from read_json_lines(data.splitlines(), name, options)
        return
    for origin, item in items:
        try:
            yield article_from_object(item, origin, options)
        except InputError as e:
            yield Failure(origin, e)
