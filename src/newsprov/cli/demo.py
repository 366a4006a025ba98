"""``newsprov demo``: the main job on the bundled samples (what ``make demo`` runs).

The bundled samples are six MEANTIME/Wikinews articles (CC BY, see
``newsprov/samples/ATTRIBUTION.md``); the shared sample article is added when ``../shared``
exists. Each gets a readable sourced summary.
"""

from __future__ import annotations

import argparse
import os
import re
from datetime import datetime
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from newsprov.cli.analyze import report_error
from newsprov.ingest import Article, Failure, article_from_text, read_inputs
from newsprov.options import Options
from newsprov.record import Record
from newsprov.serve.listen import port_flag
from newsprov.wording import count_of

ORDER = 90
SHARED_SAMPLE = "samples/almasdar-2020-03-pentagon-iraq-escalation.txt"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="analyse the bundled sample articles and show the results",
        description="Analyse the six bundled MEANTIME/Wikinews sample articles (and the shared "
        "sample article when SHARED/samples has it), print a sourced summary of each, store "
        "them in the store (--db; default NEWSPROV_DB or ./newsprov.db), print the corpus "
        "overview, then serve the web pages on http://127.0.0.1:PORT/ until Ctrl-C. With "
        "NEWSPROV_DEMO_NO_SERVE=1 it ends after the overview instead of serving.",
    )
    p.add_argument(
        "--shared",
        default="../shared",
        metavar="SHARED",
        help="the shared folder, for its sample article (default ../shared)",
    )
    p.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="the store to fill: SQLite file or postgresql://... "
        "(default NEWSPROV_DB or ./newsprov.db)",
    )
    p.add_argument(
        "--port",
        type=port_flag,
        default=8000,
        help="port of the pages, loopback only (default 8000)",
    )
    p.set_defaults(func=run)


def bundled_paths() -> list[Path]:
    """The bundled MEANTIME/Wikinews sample files, sorted."""
    folder = resources.files("newsprov") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def sample_paths(shared: str | None) -> list[Path]:
    """The bundled samples, plus the shared sample article when present."""
    paths = bundled_paths()
    if shared:
        extra = Path(shared) / SHARED_SAMPLE
        if extra.is_file():
            paths.append(extra)
    return paths


def bundled_article(path: Path) -> Article:
    """A bundled sample with the metadata its layout states: title on line 1, date on line 2,
    published by Wikinews (the URL is built from the title, as Wikinews does)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n", 2)
    title = lines[0].strip()
    published = None
    if len(lines) > 1:
        try:
            published = datetime.strptime(lines[1].strip(), "%B %d, %Y").date().isoformat()
        except ValueError:
            published = None
    url = "https://en.wikinews.org/wiki/" + quote(re.sub(r"\s+", "_", title))
    return article_from_text(
        text,
        str(path),
        None,
        id=path.stem,
        title=title,
        outlet="Wikinews",
        url=url,
        published=published,
    )


def demo_items(shared: str | None) -> list[Article | Failure]:
    items: list[Article | Failure] = [bundled_article(p) for p in bundled_paths()]
    if shared:
        extra = Path(shared) / SHARED_SAMPLE
        if extra.is_file():
            items.extend(read_inputs([str(extra)]))
    return items


def run(args: argparse.Namespace) -> int:
    from newsprov.analysis import Analyzer, freeze_loaded
    from newsprov.report import render_text
    from newsprov.store.engine import check_sqlite_file

    options = Options.from_env(progress=False)
    db = args.db or options.db
    # a bad --db (a malformed URL, a file that is no store) or --port is named before the
    # samples are analysed
    check_sqlite_file(db, True)
    if not os.environ.get("NEWSPROV_DEMO_NO_SERVE"):
        from newsprov.serve.listen import check_port

        check_port(args.port)
    items = demo_items(args.shared)
    if not (Path(args.shared) / SHARED_SAMPLE).is_file():
        print(f"newsprov demo: {args.shared}/{SHARED_SAMPLE} not found; bundled samples only")
    print(f"newsprov demo: analysing {count_of(len(items), 'sample article')}\n", flush=True)
    analyzer = Analyzer(options)
    freeze_loaded()
    failed = 0
    records = []
    for outcome in analyzer.analyze_stream(items):
        if outcome.record is None:
            failed += 1
            report_error(outcome.origin, outcome.error)
            continue
        records.append(outcome.record)
        print(render_text(outcome.record) + "\n", flush=True)
    print(f"newsprov demo: {count_of(len(records), 'article')} analysed, {failed} failed.\n")
    store_and_overview(records, db, analyzer.options)
    if os.environ.get("NEWSPROV_DEMO_NO_SERVE"):
        return 0 if failed == 0 else 1
    from newsprov.serve.demo import serve_demo

    serve_demo([], db=db, port=args.port, options=analyzer.options)
    return 0 if failed == 0 else 1


def store_and_overview(records: list[Record], db: str, options: Options) -> None:
    """Ingest the demo's records into the embedded store and print the corpus overview."""
    from newsprov.cli.store import render_overview
    from newsprov.store import open_store
    from newsprov.store.engine import safe_url

    with open_store(db, options) as store:
        summary = store.add_records(records, progress=False)
        overview = store.overview()
    print(
        f"newsprov demo: stored in {safe_url(db)}: {summary.added} added, "
        f"{summary.unchanged} unchanged"
        f"{f', {summary.failed} failed' if summary.failed else ''}.\n"
    )
    print(render_overview(overview), flush=True)
