"""Batch: analysis of large corpora into Parquet, on one machine or on Apache Spark.

Owns ``newsprov batch INPUT... OUTPUT`` (JSON Lines, Parquet or WARC in; ``records/`` and
``errors/`` Parquet out) and ``newsprov load`` (batch output into the store). Both engines share
the row conversion in :mod:`newsprov.batch.rows` and the Parquet layout in
:mod:`newsprov.batch.layout`, so identical inputs give identical records.
"""

from newsprov.batch.local import run_local

__all__ = ["run_local"]
