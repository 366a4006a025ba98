"""``newsprov analyze FILE...``: print version-1 records (JSON, JSON Lines) or a text view."""

from __future__ import annotations

import argparse
import sys

from newsprov.options import Options

ORDER = 10


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "analyze",
        help="analyse articles and print their records",
        description="Analyse articles (text, HTML, JSON Lines, directories; '-' for stdin).",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="input files or directories; - for stdin")
    p.add_argument(
        "--format",
        choices=["json", "jsonl", "text"],
        default=None,
        help="json (one record, indented; several become JSON Lines), jsonl, or text for people",
    )
    p.add_argument("--max-bytes", type=int, default=None, help="refuse inputs larger than this")
    p.add_argument("--time-limit", type=float, default=None, help="seconds per article (0: none)")
    p.add_argument("--batch-size", type=int, default=None, help="articles per spaCy batch")
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar (default: when stderr is a terminal)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsprov.analysis import Analyzer
    from newsprov.ingest import read_inputs
    from newsprov.report import render_text

    options = Options.from_env(
        max_bytes=args.max_bytes,
        time_limit=args.time_limit,
        batch_size=args.batch_size,
        progress=args.progress,
    )
    items = list(read_inputs(args.inputs, options))
    fmt = args.format or "json"
    analyzer = Analyzer(options)
    ok = failed = 0
    single = len(items) == 1
    out = sys.stdout
    for outcome in analyzer.analyze_stream(items, total=len(items)):
        if outcome.record is None:
            failed += 1
            print(f"newsprov: error: {outcome.error}", file=sys.stderr)
            continue
        ok += 1
        rec = outcome.record
        if fmt == "text":
            out.write(render_text(rec) + "\n\n")
        elif fmt == "json" and single:
            out.write(rec.to_json(indent=2) + "\n")
        else:
            out.write(rec.to_json() + "\n")
        out.flush()
    if not single or failed:
        print(f"newsprov: {ok} analysed, {failed} failed", file=sys.stderr)
    return 0 if failed == 0 else 1
