"""Reading inputs: files (by extension, else by content), directories, and stdin (``-``)."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsprov.errors import InputError, LimitError
from newsprov.ingest.article import Article, Failure, check_size, unique_ids
from newsprov.ingest.html import article_from_html, looks_like_html
from newsprov.ingest.jsonl import read_json_document, read_json_lines
from newsprov.ingest.text import article_from_text
from newsprov.options import Options

__all__ = ["article_from_html", "article_from_text", "read_inputs", "sniff", "KINDS"]

#: File extensions and the reader each selects; a directory yields only these (and files
#: without an extension, sniffed by content).
KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}


def sniff(head: bytes) -> str:
    """``html``, ``jsonl`` or ``text`` from the first bytes of an input."""
    text = head.decode("utf-8", errors="replace")
    if looks_like_html(text):
        return "html"
    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "text"


def _read_capped(stream: BinaryIO, origin: str, options: Options) -> bytes:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise LimitError(
            origin,
            f"is over the {options.max_bytes:,}-byte limit (--max-bytes / NEWSPROV_MAX_BYTES)",
        )
    return data


def _from_bytes(
    data: bytes, kind: str, origin: str, ident: str | None, options: Options
) -> Iterator[Article | Failure]:
    if kind in ("jsonl", "json"):
        yield from (
            read_json_lines(data.splitlines(), origin, options)
            if kind == "jsonl"
            else read_json_document(data, origin, options)
        )
        return
    meta = {"id": ident} if ident else {}
    try:
        if kind == "html":
            yield article_from_html(data, origin, options, **meta)
        else:
            yield article_from_text(data, origin, options, **meta)
    except InputError as e:
        yield Failure(origin, e)


def read_path(
    path: Path, options: Options, kind: str | None = None, ident: str | None = None
) -> Iterator[Article | Failure]:
    """Articles from one file: text, HTML, JSON Lines or JSON (``kind`` None: by extension,
    else sniffed from the content). A text or HTML file's id is ``ident``, else its name
    without the extension; JSON Lines and JSON articles carry their own."""
    origin = str(path)
    kind = kind or KINDS.get(path.suffix.lower())
    try:
        if kind == "json" and path.stat().st_size > options.max_bytes:
            kind = "jsonl"  # too big to hold as one document: read it line by line
        if kind == "jsonl":  # one article per line: the size limit applies per line
            with path.open("rb") as f:
                yield from read_json_lines(f, origin, options)
            return
        if kind != "json":
            check_size(path.stat().st_size, origin, options)
        with path.open("rb") as f:
            data = f.read() if kind == "json" else _read_capped(f, origin, options)
    except InputError as e:
        yield Failure(origin, e)
        return
    except OSError as e:
        yield Failure(origin, _unreadable(origin, e))
        return
    yield from _from_bytes(data, kind or sniff(data[:8192]), origin, ident or path.stem, options)


def read_stdin(options: Options, stream: BinaryIO | None = None) -> Iterator[Article | Failure]:
    """Articles from standard input, sniffed: HTML, JSON Lines, or plain text."""
    origin = "<stdin>"
    source = stream if stream is not None else sys.stdin.buffer
    head = source.read(8192)
    kind = sniff(head)
    if kind == "jsonl":
        rest = source.read()
        yield from read_json_lines((head + rest).splitlines(), origin, options)
        return
    try:
        data = head + _read_capped(source, origin, options)
        check_size(len(data), origin, options)
    except InputError as e:
        yield Failure(origin, e)
        return
    yield from _from_bytes(data, kind, origin, None, options)


def read_inputs(
    paths: Iterable[str], options: Options | None = None, skipped: list[str] | None = None
) -> Iterator[Article | Failure]:
    """Yield an :class:`Article` or a :class:`Failure` for every input.

    ``"-"`` is stdin. A directory yields its files (recursively, sorted, hidden files and
    folders skipped) whose extension is in :data:`KINDS` or that have none; other files are
    listed in ``skipped`` when a list is given. A text or HTML file's id is its path relative
    to the directory given, without the extension (``DIR/a/report.txt`` is ``a/report``); a
    file given by itself is its name without the extension. An article whose id an earlier one
    of the same call has for different content becomes a :class:`Failure` naming both
    (:func:`~newsprov.ingest.article.unique_ids`). Failures never stop the stream.
    """
    return unique_ids(_read_all(paths, options or Options(), skipped))


def _read_all(
    paths: Iterable[str], opts: Options, skipped: list[str] | None
) -> Iterator[Article | Failure]:
    for p in paths:
        if p == "-":
            yield from read_stdin(opts)
            continue
        path = Path(p)
        try:
            kind = _path_kind(path)
        except OSError as e:  # a path whose status is refused (a link into /proc, say)
            yield Failure(p, _unreadable(p, e))
            continue
        if kind == "dir":
            yield from _read_dir(path, opts, skipped)
        elif kind == "missing":
            yield Failure(p, InputError(p, _missing(p)))
        elif kind == "other":
            yield Failure(p, InputError(p, "is not a regular file or directory"))
        else:
            yield from read_path(path, opts)


def _path_kind(path: Path) -> str:
    """``dir``, ``file``, ``missing`` or ``other``; an :class:`OSError` other than a missing
    path (permission refused on the status itself) is raised for the caller to name."""
    if path.is_dir():
        return "dir"
    if not path.exists():
        return "missing"
    return "file" if path.is_file() else "other"


def cannot_read(e: OSError | UnicodeDecodeError) -> str:
    """Why a file cannot be read, in the one wording of every reader (ingest's and the batch
    rows'): ``cannot be read (REASON)``, the system's reason alone (``Permission denied``, not
    ``[Errno 13] Permission denied: '/path'``: the origin names the path), else the error's
    own words (a bad gzip stream, a byte that is no UTF-8)."""
    return f"cannot be read ({getattr(e, 'strerror', None) or e})"


def _unreadable(origin: str, e: OSError) -> InputError:
    return InputError(origin, cannot_read(e))


#: A scheme and ``//`` at the start of an argument: a URL (``https://``, ``s3://``, ``ftp://``).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _missing(p: str) -> str:
    """Why no file ``p`` exists: a URL is named as one (it read "does not exist", as if a local
    file were meant), since newsprov reads files and never fetches a page itself."""
    if p.lower().startswith("file://"):
        return "is a file:// URL: give the file's path itself"
    if _URL.match(p):
        return (
            "is a URL, and newsprov does not fetch pages: save the page (curl -o page.html "
            "URL) and give the file, or '-' to read it from stdin"
        )
    return "does not exist"


def _read_dir(
    root: Path, options: Options, skipped: list[str] | None
) -> Iterator[Article | Failure]:
    try:
        children = sorted(root.rglob("*"))
    except OSError as e:
        yield Failure(str(root), InputError(str(root), f"cannot be listed ({e.strerror or e})"))
        return
    found = False
    for child in children:
        rel = child.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        try:
            kind = _path_kind(child)
        except OSError as e:  # its status refused: named, and the other files go on
            found = True
            yield Failure(str(child), _unreadable(str(child), e))
            continue
        if kind == "dir":
            continue
        if child.suffix and child.suffix.lower() not in KINDS:
            if skipped is not None:
                skipped.append(str(child))
            continue
        found = True
        if kind != "file":  # was left out without a word
            problem = (
                "is a broken symbolic link"
                if child.is_symlink() and kind == "missing"
                else "is not a regular file (a pipe, socket or device)"
            )
            yield Failure(str(child), InputError(str(child), problem))
            continue
        yield from read_path(child, options, ident=rel.with_suffix("").as_posix())
    if not found:
        yield Failure(
            str(root),
            InputError(str(root), "is a directory without .txt, .html, .jsonl or .json files"),
        )
