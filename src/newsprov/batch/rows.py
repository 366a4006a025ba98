"""Input rows (JSON Lines, JSON, Parquet, WARC) to articles, and articles to output rows.

Shared by both engines: what runs in a Spark executor's ``mapPartitions`` is exactly what the
local engine runs, so the two give identical records for identical inputs.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsprov.errors import InputError
from newsprov.ingest import Article, article_from_html
from newsprov.ingest.article import META_FIELDS
from newsprov.ingest.jsonl import (
    article_from_object,
    check_object,
    json_document_items,
    parse_json_line,
)
from newsprov.ingest.readers import cannot_read
from newsprov.options import Options

META_KEYS = META_FIELDS


def detect_format(path: str) -> str:
    name = path.lower().rstrip("/")
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    if name.endswith(".parquet") or name.endswith(".pq"):
        return "parquet"
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return "jsonl"
    if name.endswith(".json"):
        return "json"  # one document (a list of articles, or one), read whole
    if name.endswith((".txt", ".text", ".html", ".htm", ".xhtml")):  # "name it .jsonl" misled
        kind = "an HTML" if name.endswith(("html", "htm")) else "a plain text"
        raise InputError(
            path,
            f"is {kind} file, not a batch input: give it to newsprov analyze or newsprov "
            "ingest (batch reads .jsonl, .json, .parquet or .warc(.gz))",
        )
    raise InputError(path, "unknown input format: name it .jsonl, .json, .parquet or .warc(.gz)")


def row_to_article(row: dict[str, Any], options: Options) -> Article:
    """One input row to an :class:`Article`; raises :class:`InputError` naming the row.

    A row is checked as ``newsprov analyze`` checks a JSON Lines line
    (:func:`newsprov.ingest.jsonl.article_from_object`): ``text`` and ``html`` must be text,
    ``authors`` a list of strings (or a ``;``-string), the other metadata strings (an ``id``
    may be a number). Parquet dates and timestamps count as their ISO text; HTML as bytes (a
    WARC payload, a binary Parquet column) is decoded as an HTML file is.
    """
    origin = str(row.get("_origin") or row.get("id") or "<row>")
    if row.get("_error"):
        raise InputError(origin, str(row["_error"]))
    obj = {
        k: v.isoformat() if isinstance(v, dt.date) else v
        for k, v in row.items()
        if not k.startswith("_")
    }
    html = obj.get("html")
    if isinstance(html, bytes) and obj.get("text") is None:
        meta = {k: obj[k] for k in META_KEYS if obj.get(k) is not None}
        return article_from_html(html, origin, options, **meta)
    return article_from_object(obj, origin, options)


def error_row(origin: str, ident: str | None, reason: str) -> dict[str, Any]:
    return {"input": origin, "id": ident, "reason": reason}


# -- readers (local files; the Spark engine reads through Spark for Hadoop URLs) -------------
def json_line_row(line: str | bytes, where: str) -> dict[str, Any] | None:
    """The row of one JSON Lines line (``where`` is its ``path:line``); None for a blank one."""
    if not line.strip():
        return None
    try:
        obj = parse_json_line(line, where)
    except InputError as e:
        return {"_origin": where, "_error": e.problem}
    return _row(obj, where)


def _row(obj: dict[str, Any], where: str) -> dict[str, Any]:
    # an input's own "_error" or "_origin" key is no row field (the engines' own keys)
    return {**{k: v for k, v in obj.items() if not k.startswith("_")}, "_origin": where}


def jsonl_rows(lines: Iterable[str | bytes], origin: str) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(lines, 1):
        row = json_line_row(line, f"{origin}:{n}")
        if row is not None:
            yield row


def json_rows(data: bytes, origin: str) -> Iterator[dict[str, Any]]:
    """The rows of a whole ``.json`` file, as ``newsprov analyze`` reads one
    (:func:`newsprov.ingest.jsonl.json_document_items`): a list of articles is a row per item
    (``origin:#N``), one object one row (``origin``), a file of JSON Lines a row per line
    (``origin:LINE``); a list that does not parse, or is empty, is one error row for the file.
    Both engines read ``.json`` inputs through this."""
    try:
        items = json_document_items(data, origin)
    except InputError as e:
        yield {"_origin": origin, "_error": e.problem}
        return
    if items is None:
        yield from jsonl_rows(data.splitlines(), origin)
        return
    for where, item in items:
        if isinstance(item, dict):
            yield _row(item, where)
        else:  # refused as a JSON Lines line that is no object is
            try:
                check_object(item, where)
            except InputError as e:
                yield {"_origin": where, "_error": e.problem}


def warc_rows(stream: io.BufferedIOBase | io.BytesIO, origin: str) -> Iterator[dict[str, Any]]:
    from warcio.archiveiterator import ArchiveIterator

    seen = html = 0
    try:
        for rec in ArchiveIterator(stream):
            seen += 1
            if rec.rec_type != "response":
                continue
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            html += 1
            url = rec.rec_headers.get_header("WARC-Target-URI")
            rid = rec.rec_headers.get_header("WARC-Record-ID") or url
            where = f"{origin}#{rid}"
            try:
                payload = rec.content_stream().read()
            except Exception as e:  # a truncated record: report it, go on
                yield {"_origin": where, "_error": f"unreadable WARC payload ({e})"}
                continue
            yield {"_origin": where, "id": _warc_id(rid), "url": url, "html": payload}
    except Exception as e:  # warcio raises plain exceptions on corrupt archives
        yield {
            "_origin": origin,
            "_error": f"is not a readable WARC file ({type(e).__name__}: {e})",
        }
        return
    if not html:  # an input that gives no article is reported, never silently skipped
        what = "no WARC records" if not seen else "no HTML response records"
        yield {"_origin": origin, "_error": f"holds {what}"}


def _warc_id(rid: str | None) -> str | None:
    if not rid:
        return None
    return rid.strip("<>").removeprefix("urn:uuid:")


def parquet_rows(path: str) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as e:
        yield {"_origin": path, "_error": f"is not a readable Parquet file ({e})"}
        return
    for n, row in enumerate(table.to_pylist(), 1):
        row["_origin"] = f"{path}:{n}"
        yield row


def _unreadable(origin: str, e: OSError | UnicodeDecodeError) -> dict[str, Any]:
    """The error row of an input that cannot be read, in ingest's words
    (:func:`newsprov.ingest.readers.cannot_read`)."""
    return {"_origin": origin, "_error": cannot_read(e)}


def local_rows(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Rows of every input file (directories are walked in name order)."""
    for p in paths:
        path = Path(p.removeprefix("file://"))
        try:
            if not path.exists():
                yield {"_origin": p, "_error": "does not exist"}
                continue
            walked = path.is_dir()
            files = sorted(path.rglob("*")) if walked else [path]
        except OSError as e:  # its status refused (a link into /proc): was an internal error
            yield _unreadable(p, e)
            continue
        for f in files:
            if f.name.startswith((".", "_")):
                continue
            try:
                if walked and not f.is_file():  # a folder, a pipe or a broken link in it
                    continue
            except OSError as e:
                yield _unreadable(str(f), e)
                continue
            try:
                fmt = detect_format(str(f))
            except InputError as e:
                yield {"_origin": str(f), "_error": e.problem}
                continue
            if fmt == "parquet":
                yield from parquet_rows(str(f))
            elif fmt == "warc":
                try:
                    raw = open(f, "rb")  # noqa: SIM115 (closed below; only the open is guarded)
                except OSError as e:
                    yield _unreadable(str(f), e)
                    continue
                with raw:
                    yield from warc_rows(raw, str(f))
            elif fmt == "json":
                try:
                    data = f.read_bytes()
                except OSError as e:
                    yield _unreadable(str(f), e)
                    continue
                yield from json_rows(data, str(f))
            else:
                import gzip

                opener = gzip.open if f.name.endswith(".gz") else open
                try:
                    with opener(f, "rt", encoding="utf-8", newline="") as fh:  # type: ignore[operator]
                        yield from jsonl_rows(fh, str(f))
                except (OSError, UnicodeDecodeError) as e:
                    yield _unreadable(str(f), e)


def analyze_rows(
    rows: Iterable[dict[str, Any]], options: Options
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Analyse rows with this process's one analyser; yields ("record", row) or ("error", row).

    A row whose id an earlier row of ``rows`` has for a different article is an error row
    (:func:`newsprov.ingest.article.unique_ids`)."""
    from newsprov.analysis import get_analyzer
    from newsprov.batch.layout import record_row
    from newsprov.ingest import Failure
    from newsprov.ingest.article import unique_ids

    analyzer = get_analyzer(options)
    ids: dict[str, str | None] = {}

    def articles() -> Iterator[Article | Failure]:
        for row in rows:
            origin = str(row.get("_origin") or row.get("id") or "<row>")
            ids[origin] = row.get("id")
            try:
                yield row_to_article(row, options)
            except InputError as e:
                yield Failure(origin, e)

    # an id given twice for different articles is an error row for the later one (on Spark:
    # within one partition; `newsprov load` refuses the later of two left in the output)
    for outcome in analyzer.analyze_stream(unique_ids(articles()), progress=False):
        if outcome.record is not None:
            yield "record", record_row(outcome.record.to_dict())
        else:
            err = outcome.error
            reason = err.problem if isinstance(err, InputError) else str(err)
            yield "error", error_row(outcome.origin, ids.get(outcome.origin), reason)
