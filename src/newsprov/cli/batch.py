"""``newsprov batch INPUT [INPUT ...] OUTPUT`` (local or Spark) and ``newsprov load OUTPUT``.

``batch`` exits as ``analyze`` does: 0 when every article was analysed, 1 when some failed,
2 when none could be analysed (or an option is bad). ``load`` puts batch output into the store.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from newsprov.cli.analyze import add_limits, exit_status
from newsprov.errors import ConfigError
from newsprov.options import Options, checked_flag
from newsprov.terminal import plain

ORDER = 60


def _partitions(value: object) -> int:
    """``--partitions``: a whole number, at least 1 (checked as it is parsed)."""
    if not isinstance(value, int) or value < 1:
        shown = repr(value) if isinstance(value, str) else value
        raise ConfigError(f"--partitions {shown}: partitions must be a whole number, at least 1")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "batch",
        help="analyse JSON Lines / JSON / Parquet / WARC inputs into Parquet (local or Spark)",
        description=(
            "Analyse every article in the inputs into OUTPUT/records (the records as Parquet) and "
            "OUTPUT/errors (one row per input that failed, with the reason). Inputs: JSON Lines "
            "(.jsonl, .ndjson, .jsonl.gz: one object a line with 'text' or 'html' and "
            "optional id, url, outlet, title, published, authors), JSON (.json: a list of such "
            "objects, pretty-printed or not, or one; a bad item is reported as FILE:#N), "
            "Parquet (.parquet, .pq: the "
            "same columns), WARC (.warc, .warc.gz, .arc, .arc.gz: the HTML responses), and with "
            "the local engine directories of those. Plain text and HTML files are not batch "
            "inputs: use newsprov analyze or newsprov ingest for them. Exit status: 0 when every "
            "article was analysed, 1 when some failed, 2 when none could be analysed or the "
            "inputs hold no article."
        ),
    )
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="input files, directories or (Spark) URLs"
    )
    p.add_argument("output", metavar="OUTPUT", help="the output directory (or Spark URL)")
    p.add_argument(
        "--engine",
        choices=["local", "spark"],
        default="local",
        help="local (default: this process) or spark (Apache Spark, --master)",
    )
    p.add_argument(
        "--master", default=None, help="Spark master URL (default local[2] for --engine spark)"
    )
    p.add_argument(
        "--partitions",
        type=checked_flag(int, _partitions),
        default=None,
        help="Spark partitions to analyse in (default: as Spark reads the inputs)",
    )
    p.add_argument("--overwrite", action="store_true", help="replace an existing output directory")
    add_limits(
        p,
        batch_size=False,
        over_time="an article over it is an error row",
        progress="progress bar for the local engine",
    )
    p.set_defaults(func=run_batch)

    c = sub.add_parser(
        "batch-corpus",
        help="group batch output into stories and quote clusters on Spark (MinHashLSH)",
        description="Writes OUTPUT/stories and OUTPUT/quotes (Parquet) from OUTPUT/records.",
    )
    c.add_argument("output", metavar="OUTPUT", help="a directory written by newsprov batch")
    c.add_argument("--master", default="local[2]", help="Spark master URL (default local[2])")
    c.set_defaults(func=run_batch_corpus)

    q = sub.add_parser(
        "load",
        help="load batch output (records/) into the store",
        description="Add the records of a `newsprov batch` output (OUTPUT/records, Parquet) to "
        "the store, without analysing again: stories, quotes, relays and the source directory "
        "are filed as by `newsprov ingest`; a record already stored is left unchanged.",
    )
    q.add_argument("output", metavar="OUTPUT", help="a directory written by newsprov batch")
    q.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="store: SQLite file, sqlite:///PATH or postgresql://... "
        "(default NEWSPROV_DB or newsprov.db)",
    )
    q.set_defaults(func=run_load)


def run_batch(args: argparse.Namespace) -> int:
    inputs, output = args.inputs, args.output
    if args.engine == "local":
        given = [f for f, v in (("--master", args.master), ("--partitions", args.partitions)) if v]
        if given:  # silently ignored, they made a local run look like a Spark one
            raise ConfigError(
                f"{' and '.join(given)} {'apply' if len(given) > 1 else 'applies'} to Spark "
                "only: add --engine spark "
                "(the default engine, local, runs in this process)"
            )
    options = Options.from_env(
        flags=True, max_bytes=args.max_bytes, time_limit=args.time_limit, progress=False
    )
    if args.engine == "spark":
        from newsprov.batch.spark import run_spark

        summary = run_spark(
            inputs,
            output,
            options,
            master=args.master or "local[2]",
            partitions=args.partitions,
            overwrite=args.overwrite,
        )
    else:
        from newsprov.batch.local import run_local

        summary = run_local(
            inputs, output, options, overwrite=args.overwrite, progress=args.progress
        )
    for line in summary.error_samples:  # plain: names and reasons come from the inputs
        print(plain(f"newsprov: error: {line}"), file=sys.stderr)
    if summary.errors > len(summary.error_samples):
        print(
            f"newsprov: ... and {summary.errors - len(summary.error_samples)} more in {output}/errors",
            file=sys.stderr,
        )
    print(summary.line(), file=sys.stderr)
    return exit_status(summary.records, summary.errors)


def run_batch_corpus(args: argparse.Namespace) -> int:
    from newsprov.batch.output import check_batch_output

    check_batch_output(args.output)  # before pyspark is even imported
    from newsprov.batch.corpus import run_corpus

    print(run_corpus(args.output, master=args.master).line(), file=sys.stderr)
    return 0


def run_load(args: argparse.Namespace) -> int:
    from newsprov.batch.output import check_batch_output, read_rows
    from newsprov.errors import RecordError
    from newsprov.record import Record
    from newsprov.store import open_store
    from newsprov.store.writer import IngestSummary

    check_batch_output(args.output)  # before the store is opened (or made)
    options = Options.from_env(flags=True, db=args.db)
    unread = IngestSummary()

    def records() -> Iterator[Record]:
        """The rows as records; a row that is no record is reported and the rest go on (it
        stopped the load, with the rows before it stored)."""
        for origin, row in read_rows(args.output):
            try:
                yield Record.from_dict(row)
            except RecordError as e:
                unread.failed += 1
                unread.errors.append(f"{origin}: {e}")

    store = open_store(args.db, options, lazy=True)  # made when a record is stored
    try:
        summary = store.add_records(records())
    finally:
        store.close()
    summary.merge(unread)
    from newsprov.cli.store import report_summary

    report_summary(summary)
    made = "; nothing stored, so no store was made" if store.deferred else ""
    print(f"newsprov load: {summary.line()}{made}", file=sys.stderr)
    return 0 if summary.failed == 0 else 1
