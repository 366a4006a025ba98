"""JSON Lines (and JSON) inputs: one article per line, each line's errors reported on its own."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain
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
        raise InputError(origin, f"is not valid JSON ({json_error(e, lines=False)})") from None
    check_object(obj, origin)
    return obj


def json_error(e: json.JSONDecodeError, *, lines: bool = True) -> str:
    """A JSON syntax error and its place: ``Expecting ',' delimiter at line 4 column 5`` (at
    ``column 5`` alone for one line). Python's words that end in "at" ("Invalid control
    character at") read "at at" before the place."""
    at = f"line {e.lineno} column {e.colno}" if lines else f"column {e.colno}"
    return f"{e.msg.removesuffix(' at')} at {at}"


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
    lines: Iterable[bytes], name: str, options: Options, *, check_spread: bool = True
) -> Iterator[Article | Failure]:
    """Yield an article or a failure (``name:LINE: problem``) per non-blank line; a file with
    no line that is not blank is one failure (``name: is empty``), not a run with nothing.

    A file whose first line opens a JSON object it does not close, and whose next line is not
    a whole object either, is one JSON object written over several lines (pretty-printed),
    not JSON Lines: one failure for the file (:func:`spread_problem`), where each of its
    lines was an error of its own. ``check_spread`` False: that is not looked for (a ``.json`` file
    :func:`json_document_items` read whole already)."""
    it = iter(lines)
    ahead: list[bytes] = []  # the lines read to decide, up to the second that is not blank
    heads: list[bytes | str] = []
    for raw in it if check_spread else ():
        ahead.append(raw)
        if raw.strip():
            heads.append(raw)
            if len(heads) == 2 or not _may_open(raw, options):
                break
    if len(heads) == 2 and spread_over_lines(_text(heads[0]), _text(heads[1])):
        yield Failure(name, InputError(name, _spread_lines_problem(ahead, it, options)))
        return
    found = False
    for number, raw in enumerate(chain(ahead, it), start=1):
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


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw


def _may_open(raw: bytes | str, options: Options) -> bool:
    """A first line worth the check: it starts with ``{`` and is within ``max_bytes``."""
    head = _text(raw[:16]).lstrip().lstrip("\ufeff")
    return head.startswith("{") and len(raw) <= options.max_bytes


def _cut_short(line: str) -> bool:
    """``line`` opens a JSON object it does not close: it reads as JSON up to its very end (an
    object or list left open, a string running on past it)."""
    line = line.strip().lstrip("\ufeff")
    if not line.startswith("{"):
        return False
    try:
        json.loads(line)
    except json.JSONDecodeError as e:
        return e.pos >= len(line) or e.msg.startswith("Unterminated string")
    except RecursionError:
        return False
    return False


def _whole_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line.strip().lstrip("\ufeff")), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def spread_over_lines(first: str, second: str) -> bool:
    """True when ``first`` and ``second``, the first two lines of a file that are not blank,
    are those of one JSON object written over several lines (pretty-printed), not JSON Lines:
    the first opens an object it does not close (``{``, ``{"text": "...",``), and the second
    is not a whole object of its own, as the next line of a JSON Lines file whose first line
    was cut short is."""
    return _cut_short(first) and not _whole_object(second)


#: What a file is when :func:`spread_over_lines` says so.
_SPREAD = "one JSON object written over several lines (its first line opens it without closing it)"
#: What else to do with one.
_ONE_A_LINE = "or write each article as JSON on a line of its own (JSON Lines)"


def spread_problem(e: json.JSONDecodeError | None, *, lines_file: bool) -> str:
    """Why a file that is one JSON object written over several lines (:func:`spread_over_lines`)
    gives no article, and what to do: ``e`` is the syntax error of the whole, named by its
    line and column (None: the whole parses). ``lines_file``: the file is read as JSON Lines
    (``.jsonl``, a ``.json`` file over ``max_bytes``), where a whole object is refused too."""
    if e is None:
        return f"is {_SPREAD}, not JSON Lines: name the file .json to read it whole, {_ONE_A_LINE}"
    at = f"line {e.lineno} column {e.colno}"
    head = f"is not valid JSON ({json_error(e)}); the file is {_SPREAD}"
    if lines_file:
        return f"{head}, not JSON Lines: mend it at {at} and name the file .json, {_ONE_A_LINE}"
    return f"{head}: mend it at {at}, {_ONE_A_LINE}"


def _spread_lines_problem(ahead: list[bytes], rest: Iterator[bytes], options: Options) -> str:
    """:func:`spread_problem` for a file read as JSON Lines: the whole is read (up to
    ``max_bytes``) to find its syntax error's place."""
    parts: list[bytes | str] = []
    size = 0
    for raw in chain(ahead, rest):
        size += len(raw)
        if size > options.max_bytes:
            return (
                f"is {_SPREAD}, not JSON Lines, and over the {options.max_bytes:,}-byte limit "
                f"(--max-bytes) to be read whole: {_ONE_A_LINE.removeprefix('or ')}"
            )
        parts.append(raw)
    text = "\n".join(_text(p).rstrip("\r\n") for p in parts).lstrip("\ufeff")
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        return spread_problem(e, lines_file=True)
    except RecursionError:
        return "is nested too deeply to read as JSON"
    return spread_problem(None, lines_file=True)


def json_document_items(data: bytes, name: str) -> list[tuple[str, Any]] | None:
    """The values of a ``.json`` file that holds one JSON document, each with its origin:
    ``name`` for one object, ``name:#N`` for the Nth item of a list (a pretty-printed list or
    object spread over many lines is one document, not one line each).

    ``None`` when the file is JSON Lines (two objects or more, a line each) or not UTF-8, to be
    read line by line. A document that starts as a list (``[``) but does not parse is one
    :class:`InputError` naming the file, the line and the column (``name: is not valid JSON
    (Expecting ',' delimiter at line 5 column 3)``), as is an empty list, and so is one object
    written over several lines (:func:`spread_over_lines`: its first line is only ``{``, or
    opens the object without closing it, ``{"text": "...",``, and the next is no whole object)
    that does not parse, with what to do (:func:`spread_problem`), where its lines were read
    as JSON Lines, an error each. ``newsprov analyze``/``ingest`` and both batch engines read a
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
        if body.startswith("["):
            raise InputError(name, f"is not valid JSON ({json_error(e)})") from None
        lines = iter(body.splitlines())
        first = next(lines, "").strip()
        second = next((line for line in lines if line.strip()), None)
        if first == "{" or (second is not None and spread_over_lines(first, second)):
            raise InputError(name, spread_problem(e, lines_file=False)) from None
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
        yield from read_json_lines(data.splitlines(), name, options, check_spread=False)
        return
    for origin, item in items:
        try:
            yield article_from_object(item, origin, options)
        except InputError as e:
            yield Failure(origin, e)
