"""``newsprov analyze FILE...``: print version-1 records (JSON, JSON Lines) or a text view.

Inputs are streamed: each bad input gets one line on stderr naming it and the problem, the
others are still analysed, and a summary counts both. Exit status: 0 when every input was
analysed, 1 when some failed, 2 when none could be analysed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from typing import Any

from newsprov.errors import ConfigError
from newsprov.options import Options, setting_flag
from newsprov.terminal import plain
from newsprov.wording import count_of

ORDER = 10


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse articles and print their records",
        description=(
            "Analyse articles: plain text (.txt, taken exactly), HTML (.html/.htm), JSON Lines "
            "(.jsonl/.ndjson: one object a line with 'text' or 'html' and optional id, url, "
            "outlet, title, published, authors), JSON (.json: one such object or a list), "
            "directories of those (files without an extension are sniffed), and '-' for "
            "stdin (sniffed)."
        ),
    )
    p.add_argument(
        "inputs", nargs="+", metavar="FILE", help="input files or directories; - for stdin"
    )
    p.add_argument(
        "--format",
        choices=["json", "jsonl", "text"],
        default=None,
        help="json (the default: indented for one text or HTML file; stdin, JSON inputs, "
        "directories and several files give JSON Lines), jsonl, or text for people",
    )
    add_limits(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsprov.ingest import Article, Failure, read_inputs
    from newsprov.report import render_text

    options = input_options(args)
    fmt = args.format or "json"
    skipped: list[str] = []
    items = iter(read_inputs(args.inputs, options, skipped=skipped))
    ok = failed = 0
    # Failures before the first article are reported without loading the model at all.
    first: Article | None = None
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            report_error(item.origin, item.error)
        else:
            first = item
            break
    if first is not None:
        # loads spaCy: only when there is an article
        from newsprov.analysis import Analyzer, freeze_loaded

        pretty = fmt == "json" and len(args.inputs) == 1 and _single_file(args.inputs[0])
        out = sys.stdout
        analyzer = Analyzer(options)
        freeze_loaded()
        for outcome in analyzer.analyze_stream(itertools.chain([first], items)):
            if outcome.record is None:
                failed += 1
                report_error(outcome.origin, outcome.error)
                continue
            ok += 1
            rec = outcome.record
            if fmt == "text":
                out.write(render_text(rec) + "\n\n")
            elif pretty:
                out.write(rec.to_json(indent=2) + "\n")
            else:
                out.write(rec.to_json() + "\n")
            out.flush()
    report_skipped(skipped)
    if ok + failed != 1 or failed:
        print(f"newsprov: {ok} analysed, {failed} failed", file=sys.stderr)
    return exit_status(ok, failed)


def input_options(args: argparse.Namespace, **more: Any) -> Options:
    """The options of a command that reads articles (``analyze``, ``ingest``): its limit and
    progress flags over the environment, and ``more``; stdin ("-") at most once."""
    if args.inputs.count("-") > 1:
        raise ConfigError("'-' (stdin) can be given only once")
    return Options.from_env(
        flags=True,
        max_bytes=args.max_bytes,
        time_limit=args.time_limit,
        batch_size=args.batch_size,
        progress=args.progress,
        **more,
    )


def add_limits(
    p: argparse.ArgumentParser,
    batch_size: bool = True,
    over_time: str = "",
    progress: str = "progress bar",
) -> None:
    """The analysis limits ``analyze``, ``ingest`` and ``batch`` share, with their defaults and
    variables, and their ``--progress`` flag (``progress`` names the bar); ``over_time`` adds
    what becomes of an article over the time limit."""
    p.add_argument(
        "--max-bytes",
        type=setting_flag("max_bytes"),
        default=None,
        help=f"refuse inputs larger than this (default {Options.max_bytes:,} bytes, "
        "or NEWSPROV_MAX_BYTES)",
    )
    p.add_argument(
        "--time-limit",
        type=setting_flag("time_limit"),
        default=None,
        help=f"seconds per article, 0 for none (default {Options.time_limit:g}, "
        f"or NEWSPROV_TIME_LIMIT{'; ' + over_time if over_time else ''})",
    )
    if batch_size:
        p.add_argument(
            "--batch-size",
            type=setting_flag("batch_size"),
            default=None,
            help=f"articles per spaCy batch (default {Options.batch_size}, or NEWSPROV_BATCH_SIZE)",
        )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"{progress} (default: when stderr is a terminal)",
    )


def exit_status(ok: int, failed: int) -> int:
    """0 when every article went through, 1 when some failed, 2 when none could be."""
    if failed == 0:
        return 0
    return 1 if ok else 2


def report_skipped(skipped: list[str]) -> None:
    """One line on stderr counting the files a directory held that are not inputs."""
    if skipped:
        example = ", ".join(skipped[:3]) + (", ..." if len(skipped) > 3 else "")
        print(  # plain: a file's name could drive the terminal (ESC [2J) or break the line
            plain(
                f"newsprov: skipped {count_of(len(skipped), 'file')} that "
                f"{'is' if len(skipped) == 1 else 'are'} not .txt, .html, .jsonl or .json "
                f"({example})"
            ),
            file=sys.stderr,
        )


def report_error(origin: str, error: object) -> None:
    """One line on stderr naming the input and the problem."""
    message = str(error)
    if not message.startswith(origin):
        message = f"{origin}: {message}"
    print(plain(f"newsprov: error: {message}"), file=sys.stderr, flush=True)


def _single_file(name: str) -> bool:
    """True when the one input is a plain file that is not JSON Lines (so one record)."""
    from pathlib import Path

    if name == "-":
        return False
    path = Path(name)
    return path.is_file() and path.suffix.lower() not in (".jsonl", ".ndjson", ".json")
