"""Batch output directories: ``records/`` and ``errors/`` as Parquet, written whole or not at all."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsprov.batch.layout import (
    ERROR_FIELDS,
    NEEDED_COLUMNS,
    RECORD_FIELDS,
    arrow_schema,
    row_record,
)
from newsprov.errors import ConfigError, InputError
from newsprov.wording import count_of

RECORDS = "records"
ERRORS = "errors"


@dataclass
class BatchSummary:
    records: int = 0
    errors: int = 0
    output: str = ""
    engine: str = "local"
    seconds: float = 0.0
    error_samples: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        return (
            f"newsprov batch ({self.engine}): {count_of(self.records, 'record')}, {count_of(self.errors, 'error')} "
            f"in {self.seconds:.1f}s ({rate:.1f} articles/s) -> {self.output}"
        )


def _local(path: str) -> Path | None:
    """A local path (plain or ``file://``) made absolute, else ``None`` (``hdfs://``...)."""
    if "://" in path and not path.startswith("file://"):
        return None
    return Path(path.removeprefix("file://")).resolve()


def check_output(output: str, overwrite: bool, inputs: Sequence[str] = ()) -> None:
    """Refuse an OUTPUT that cannot take the run: a file, a non-empty directory without
    ``overwrite``, an input or a directory holding one (``--overwrite`` deleted the inputs
    with it), or a directory inside an input directory (a later run would read its Parquet
    records as articles). Local paths only; remote outputs are checked by Spark."""
    path = _local(output)
    if path is None:
        return  # remote outputs are checked by Spark (mode errorifexists)
    if path.exists() and not path.is_dir():  # was an internal error (NotADirectoryError)
        raise ConfigError(f"{output}: is a file, not an output directory")
    for folder in path.parents:  # was an internal error too (FileExistsError)
        if folder.exists() and not folder.is_dir():
            raise ConfigError(f"{output}: {folder} is a file, not a folder to put the output in")
    for given in inputs:
        source = _local(given)
        if source is None:
            continue
        if source == path or path in source.parents:
            raise ConfigError(
                f"{output}: {'is' if source == path else 'holds'} the input {given}; "
                "give the output a directory of its own (--overwrite would delete the input)"
            )
        if source in path.parents and source.is_dir():
            raise ConfigError(
                f"{output}: is inside the input directory {given}, where a later run would read "
                "its records as articles; give the output a directory outside it"
            )
    if path.exists() and any(path.iterdir()) and not overwrite:
        raise ConfigError(f"{output}: output directory exists and is not empty (use --overwrite)")


@contextmanager
def staged_output(output: str, overwrite: bool, inputs: Sequence[str] = ()) -> Iterator[Path]:
    """A temporary directory beside ``output`` that replaces it only when the block succeeds."""
    check_output(output, overwrite, inputs)
    final = Path(output.removeprefix("file://"))
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    except OSError as e:  # a read-only or foreign folder was an internal error (exit 70)
        raise ConfigError(
            f"{output}: cannot write the output in {final.parent} ({e.strerror or e}); "
            "give an OUTPUT in a folder you can write to"
        ) from None
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        if final.exists():
            shutil.rmtree(final)
        tmp.rename(final)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ConfigError(f"{output}: cannot put the output in place ({e.strerror or e})") from None


def no_article(inputs: Sequence[str]) -> InputError:
    """The error of a run whose inputs hold no article: raised before anything is written, so
    an earlier OUTPUT, even under --overwrite, stays as it was (either engine)."""
    return InputError(", ".join(inputs), "holds no article (no rows to analyse); nothing written")


class PartWriter:
    """Writes rows to ``DIR/part-00000.parquet`` in row groups, with a fixed schema."""

    def __init__(self, directory: Path, fields: dict[str, Any], group: int = 256) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.schema = arrow_schema(fields)
        self.path = directory / "part-00000.parquet"
        self.writer = pq.ParquetWriter(self.path, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.group = group
        self.count = 0

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= self.group:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def record_writer(root: Path) -> PartWriter:
    return PartWriter(root / RECORDS, RECORD_FIELDS)


def error_writer(root: Path) -> PartWriter:
    return PartWriter(root / ERRORS, ERROR_FIELDS)


def check_batch_output(output: str) -> None:
    """Refuse an output directory without ``records/`` before any work starts (Spark, a store).
    Only local paths (plain or ``file://``) are checked; other URLs (``hdfs://``...) are left
    to Spark."""
    if "://" in output and not output.startswith("file://"):
        return
    local = Path(output.removeprefix("file://"))
    if not local.exists():
        raise ConfigError(
            f"{output}: no such directory (give a directory written by newsprov batch)"
        )
    if not (local / RECORDS).is_dir():
        raise ConfigError(f"{output}: not a batch output directory (no {RECORDS}/ inside)")


def read_records(output: str) -> Iterator[dict[str, Any]]:
    """Record dicts from a batch output directory (either engine's)."""
    for _origin, row in read_rows(output):
        yield row


def read_rows(output: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(origin, record dict)`` from a batch output directory (either engine's); ``origin``
    names the row as ``records/part-00000.parquet#3`` (1-based). Every file is opened and its
    columns checked before the first row is given, so a file that is not a batch output's
    (:class:`InputError` naming it) stops nothing half-way."""
    check_batch_output(output)
    root = Path(output.removeprefix("file://")) / RECORDS
    files = []
    for part in sorted(root.glob("*.parquet")):  # all opened first: a bad one stops nothing half
        try:
            f = pq.ParquetFile(part)
        except (OSError, pa.ArrowException) as e:  # was an internal error (exit 70)
            raise InputError(str(part), f"is not a readable Parquet file ({e})") from None
        missing = [c for c in NEEDED_COLUMNS if c not in f.schema_arrow.names]
        if missing:  # was an internal error (KeyError, exit 70) or a stop at the first row
            raise InputError(
                str(part),
                f"is not a newsprov batch output's records file: it has no "
                f"{', '.join(repr(c) for c in missing)} column{'s' if len(missing) > 1 else ''}",
            )
        files.append((part, f))
    for part, f in files:
        n = 0
        for batch in f.iter_batches(batch_size=256):
            for row in batch.to_pylist():
                n += 1
                yield f"{part}#{n}", row_record(row)


def read_errors(output: str) -> list[dict[str, Any]]:
    root = Path(output.removeprefix("file://")) / ERRORS
    rows: list[dict[str, Any]] = []
    for part in sorted(root.glob("*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows
