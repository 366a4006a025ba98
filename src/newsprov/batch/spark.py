"""The Spark engine: rows read through Spark (any Hadoop-compatible URL), analysed in
``mapPartitions`` with one spaCy pipeline per executor process, written as Parquet."""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

from newsprov.batch.layout import ERROR_FIELDS, RECORD_FIELDS, spark_schema
from newsprov.batch.output import ERRORS, RECORDS, BatchSummary, check_output, no_article
from newsprov.batch.rows import analyze_rows, detect_format, json_line_row, json_rows, warc_rows
from newsprov.errors import ConfigError
from newsprov.options import Options


def spark_session(master: str | None = None, app: str = "newsprov-batch") -> Any:
    """A SparkSession; for a local master, executors run this very Python.

    Under ``spark-submit`` the session is the one spark-submit configured: its ``--master``
    (and every ``--conf``) rules, and ``master`` here is ignored, so a default such as
    ``local[2]`` never turns a cluster job into a local one.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError(
            "the Spark engine needs pyspark (pip install 'newsprov[spark]')"
        ) from None
    if submitted():
        try:
            session = SparkSession.builder.appName(app).getOrCreate()
            session.conf.set("spark.sql.session.timeZone", "UTC")
            return session
        except Exception as e:
            raise ConfigError(f"could not start Spark under spark-submit: {e}") from None
    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # local mode stays on loopback
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
    )
    if master is None or master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    try:
        session = builder.getOrCreate()
        session.sparkContext.setLogLevel("ERROR")
        return session
    except Exception as e:  # Java missing, bad master URL
        raise ConfigError(f"could not start Spark ({master or 'default master'}): {e}") from None


def submitted() -> bool:
    """True when this driver was started by spark-submit (which hands it the JVM gateway)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def _rows_rdd(spark: Any, path: str) -> Any:
    sc = spark.sparkContext
    fmt = detect_format(path)
    if fmt == "jsonl":
        lines = sc.textFile(path).zipWithIndex()
        return lines.flatMap(
            lambda ln: [row] if (row := json_line_row(ln[0], f"{path}:{ln[1] + 1}")) else []
        )
    if fmt == "parquet":
        return (
            spark.read.parquet(path)
            .rdd.zipWithIndex()
            .map(lambda rn: {**rn[0].asDict(recursive=True), "_origin": f"{path}:{rn[1] + 1}"})
        )
    if fmt == "json":
        # one document per file, read whole by one task (as a WARC file is) and split into its
        # articles by the local engine's own reader; a plain path keeps its name in messages
        glob = any(c in path for c in "*?[{")
        return sc.binaryFiles(path).flatMap(
            lambda fb: list(json_rows(fb[1], fb[0] if glob else path))
        )
    return sc.binaryFiles(path).flatMap(lambda fb: list(warc_rows(io.BytesIO(fb[1]), fb[0])))


def run_spark(
    inputs: Sequence[str],
    output: str,
    options: Options | None = None,
    *,
    master: str | None = "local[2]",
    partitions: int | None = None,
    overwrite: bool = False,
    spark: Any = None,
) -> BatchSummary:
    """Analyse every input row on Spark into ``OUTPUT/records`` and ``OUTPUT/errors``."""
    opts = options or Options(progress=False)
    check_output(output, overwrite, inputs)
    started = time.monotonic()
    session = spark or spark_session(master)
    rdds = [_rows_rdd(session, p) for p in inputs]
    rows = rdds[0] if len(rdds) == 1 else session.sparkContext.union(rdds)
    if partitions:
        rows = rows.repartition(partitions)

    def analyse(part: Iterator[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
        return analyze_rows(part, opts)

    from pyspark import StorageLevel

    # kept on disk when memory is short: a partition dropped from memory would be analysed again
    out = rows.mapPartitions(analyse).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        if out.isEmpty():  # analysed here, kept for the writes below
            raise no_article(inputs)
        mode = "overwrite" if overwrite else "errorifexists"
        recs = out.filter(lambda kr: kr[0] == "record").map(lambda kr: kr[1])
        errs = out.filter(lambda kr: kr[0] == "error").map(lambda kr: kr[1])
        rec_df = session.createDataFrame(recs, schema=spark_schema(RECORD_FIELDS))
        err_df = session.createDataFrame(errs, schema=spark_schema(ERROR_FIELDS))
        base = output.rstrip("/")
        rec_df.write.mode(mode).parquet(f"{base}/{RECORDS}")
        err_df.write.mode(mode).parquet(f"{base}/{ERRORS}")
        n_rec, n_err = rec_df.count(), err_df.count()
        samples = [f"{r['input']}: {r['reason']}" for r in err_df.limit(5).collect()]
    finally:
        out.unpersist()
    return BatchSummary(
        records=n_rec,
        errors=n_err,
        output=output,
        engine=f"spark {session.sparkContext.master}",
        seconds=time.monotonic() - started,
        error_samples=samples,
    )
