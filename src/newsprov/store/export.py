"""Exporting the whole store: records as JSON Lines, tables as Parquet files."""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import Table, func, select

from newsprov.errors import ConfigError, StoreError
from newsprov.store import tables as t
from newsprov.store.writer import unpack
from newsprov.terminal import progress_bar

if TYPE_CHECKING:
    from newsprov.options import Options
    from newsprov.record import Record

CHUNK = 2000


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _check_path(path: str | Path | None, what: str) -> None:
    """An export needs a place to go: an empty name (an unset shell variable) named the
    current folder, or no file at all."""
    if path is None or not str(path).strip():
        raise ConfigError(
            f"{str(path or '')!r}: the export needs {what} to write to, not an empty name"
        )


def _kind(target: Path) -> str:
    """``missing``, ``dir``, ``file`` (a regular file, or a link to one) or ``special``."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return "missing"
    if stat.S_ISDIR(mode):
        return "dir"
    return "file" if stat.S_ISREG(mode) else "special"


class Export:
    """Mixed into :class:`~newsprov.store.store.Store`."""

    _read: Any
    url: str
    options: Options

    if TYPE_CHECKING:

        def iter_records(self, chunk: int = ...) -> Iterator[Record]: ...

        def count_articles(self) -> int: ...

    def _export_bar(self, progress: bool | None, total: int, unit: str) -> Any:
        """The export's progress bar on stderr, as ``ingest``'s: ``progress`` (else the
        store's option; unset, only when stderr is a terminal), counting ``unit``s to
        ``total``."""
        show = progress if progress is not None else self.options.progress
        return progress_bar(show, "exported", total=total, unit=unit)

    def _check_not_the_store(self, path: str | Path) -> None:
        """Refuse to write an export over the store's own SQLite file (or its ``-wal``,
        ``-shm`` or ``-journal``): ``--jsonl newsprov.db`` replaced the store with its
        records as JSON Lines."""
        from newsprov.store.engine import sqlite_path

        db = sqlite_path(self.url)
        if db is None:
            return
        try:
            target = Path(path).resolve()
        except OSError:  # a path refused (under /proc/1/cwd): the write below names it
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            if target == Path(f"{db}{suffix}").resolve():
                raise ConfigError(
                    f"{path}: is the store's own file{' (' + suffix[1:] + ')' if suffix else ''}; "
                    "export to another file"
                )

    def write_jsonl(self, out: TextIO, progress: bool | None = None) -> int:
        """Write every stored record as one JSON line to ``out``; returns how many.
        ``progress``: a bar counting the records on stderr (see :meth:`_export_bar`)."""
        n = 0
        bar = self._export_bar(progress, self.count_articles(), "record")
        try:
            for rec in self.iter_records(CHUNK):
                out.write(rec.to_json() + "\n")
                n += 1
                if bar is not None:
                    bar.update(1)
        finally:
            if bar is not None:
                bar.close()
        return n

    def export_jsonl(self, path: str | Path, progress: bool | None = None) -> int:
        """Write every stored record as one JSON line to the file ``path``; returns how many.

        The lines go to a temporary file beside ``path``, renamed to it once complete: a
        failed export leaves no half file, and an earlier export there stays as it was.
        A ``path`` that is no regular file (a device, a pipe, ``/dev/stdout``) is written
        straight, since a rename would put a file in its place; a symbolic link's file is
        replaced, not the link."""
        _check_path(path, "a file")
        self._check_not_the_store(path)
        target = Path(path)
        tmp: str | None = None
        try:
            kind = _kind(target)
            if kind == "dir":
                raise IsADirectoryError(21, "Is a directory")
            if kind == "special":
                with open(target, "w", encoding="utf-8") as out:
                    return self.write_jsonl(out, progress)
            if kind == "file" and target.is_symlink():
                target = Path(os.path.realpath(target))
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                n = self.write_jsonl(out, progress)
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, target)
            tmp = None
        except OSError as e:
            raise StoreError(f"{path}: cannot write the export ({e.strerror or e})") from None
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
        return n

    def export_parquet(self, directory: str | Path, progress: bool | None = None) -> list[Path]:
        """Write one Parquet file per table (records as JSON text); returns the files.
        ``progress``: a bar counting the rows of every table on stderr.

        The files are written in a temporary folder inside ``directory`` and moved into it
        only when all are complete: a failed export leaves the folder's files as they were."""
        _check_path(directory, "a folder")
        out = Path(directory)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # said "cannot create the export folder (File exists)"
            raise StoreError(
                f"{out}: is a file, not a folder (the Parquet export writes one file per "
                "table into a folder)"
            ) from None
        except OSError as e:
            raise StoreError(
                f"{out}: cannot create the export folder ({e.strerror or e})"
            ) from None
        staging: Path | None = None
        try:
            staging = Path(tempfile.mkdtemp(prefix=".export-", dir=out))
            names = self._write_parquet(staging, progress)
            written = []
            for name in names:
                os.replace(staging / name, out / name)
                written.append(out / name)
            return written
        except OSError as e:
            raise StoreError(f"{out}: cannot write the export ({e.strerror or e})") from None
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)

    def _write_parquet(self, out: Path, progress: bool | None = None) -> list[str]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        written = []
        specs: list[tuple[str, Table, list[str]]] = [
            ("articles", t.articles, [c.name for c in t.articles.c]),
            ("sources", t.sources, [c.name for c in t.sources.c]),
            ("attributions", t.attributions, [c.name for c in t.attributions.c]),
            ("directory", t.directory, [c.name for c in t.directory.c]),
            ("aliases", t.aliases, [c.name for c in t.aliases.c]),
            ("stories", t.stories, [c.name for c in t.stories.c]),
            ("quotes", t.quotes, [c.name for c in t.quotes.c]),
            ("quote_links", t.quote_links, [c.name for c in t.quote_links.c]),
            ("relays", t.relays, [c.name for c in t.relays.c]),
        ]
        with self._read() as conn:
            rows_in_all = sum(
                conn.execute(select(func.count()).select_from(table)).scalar_one()
                for _, table, _ in specs
            )
        bar = self._export_bar(progress, rows_in_all, "row")
        try:
            for name, table, cols in specs:
                self._write_table(pq, pa, out / f"{name}.parquet", table, cols, bar)
                written.append(f"{name}.parquet")
        finally:
            if bar is not None:
                bar.close()
        return written

    def _write_table(
        self, pq: Any, pa: Any, path: Path, table: Table, cols: list[str], bar: Any
    ) -> None:
        """One table's rows, ``CHUNK`` at a time, into the Parquet file ``path``."""
        schema = pa.schema([(c, _arrow_type(table, c)) for c in cols])
        with pq.ParquetWriter(path, schema) as writer:
            offset = 0
            order = list(table.primary_key.columns) or [table.c[cols[0]], table.c[cols[1]]]
            while True:
                with self._read() as conn:
                    rows = conn.execute(
                        select(*[table.c[c] for c in cols])
                        .order_by(*order)
                        .limit(CHUNK)
                        .offset(offset)
                    ).all()
                if not rows:
                    break
                offset += len(rows)
                data = {c: [_cell(c, r[i]) for r in rows] for i, c in enumerate(cols)}
                writer.write_table(pa.table(data, schema=schema))
                if bar is not None:
                    bar.update(len(rows))


def _arrow_type(table: Table, col: str) -> Any:
    import pyarrow as pa

    if col == "record":
        return pa.string()
    py = table.c[col].type.python_type
    return {int: pa.int64(), float: pa.float64()}.get(py, pa.string())


def _cell(col: str, value: Any) -> Any:
    if col == "record" and value is not None:
        return json.dumps(unpack(value).to_dict(), ensure_ascii=False)
    return value
