"""The local engine: the same row analysis as Spark's executors, in this one process."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from newsprov.batch.output import (
    BatchSummary,
    error_writer,
    no_article,
    record_writer,
    staged_output,
)
from newsprov.batch.rows import analyze_rows, local_rows
from newsprov.options import Options


def run_local(
    inputs: Sequence[str],
    output: str,
    options: Options | None = None,
    *,
    overwrite: bool = False,
    progress: bool | None = None,
) -> BatchSummary:
    """Analyse every input row into ``OUTPUT/records`` and ``OUTPUT/errors`` (Parquet)."""
    opts = options or Options()
    for p in inputs:
        if "://" in p and not p.startswith("file://"):
            from newsprov.errors import ConfigError

            raise ConfigError(
                f"{p}: the local engine reads local paths; use --engine spark for URLs"
            )
    started = time.monotonic()
    summary = BatchSummary(output=output, engine="local")
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit="article", file=sys.stderr, dynamic_ncols=True)
    with staged_output(output, overwrite, inputs) as root:
        recs, errs = record_writer(root), error_writer(root)
        try:
            for kind, row in analyze_rows(local_rows(inputs), opts):
                if kind == "record":
                    recs.add(row)
                else:
                    errs.add(row)
                    if len(summary.error_samples) < 5:
                        summary.error_samples.append(f"{row['input']}: {row['reason']}")
                if bar is not None:
                    bar.update(1)
        finally:
            recs.close()
            errs.close()
            if bar is not None:
                bar.close()
        summary.records, summary.errors = recs.count, errs.count
        if recs.count == errs.count == 0:
            raise no_article(inputs)  # inside the staging block: nothing replaces OUTPUT
    summary.seconds = time.monotonic() - started
    return summary
