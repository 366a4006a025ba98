"""Store commands: ``newsprov ingest``, ``sources``, ``source``, ``quotes``, ``quote``,
``stories``, ``story``, ``relays``, ``search``, ``export``; each query with
``--format table|json|csv`` and ``--db URL``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from newsprov.cli.analyze import add_limits
from newsprov.csvout import write_csv
from newsprov.options import Options, checked_flag
from newsprov.record import SOURCE_KINDS
from newsprov.terminal import plain
from newsprov.wording import count_of

ORDER = 30
KINDS = ", ".join(SOURCE_KINDS)
DATES = "YYYY, YYYY-MM or YYYY-MM-DD"
OUTLET = " (its name, an alias or abbreviation such as NYT, or its domain)"


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="store: SQLite file, sqlite:///PATH or postgresql://... (default NEWSPROV_DB or newsprov.db)",
    )


def _query(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_: str,
    func: Callable[[argparse.Namespace], int],
    *,
    paged: bool = True,
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_, description=help_)
    _db(p)
    p.add_argument(
        "--format",
        choices=["table", "json", "csv"],
        default="table",
        help="table for people (default), json, or csv with a header row",
    )
    if paged:
        p.add_argument(
            "--limit",
            type=checked_flag(int, _limit),
            default=50,
            help="rows to show, 1-10,000 (default 50)",
        )
        p.add_argument(
            "--offset", type=checked_flag(int, _offset), default=0, help="rows to skip (default 0)"
        )
    p.set_defaults(func=func)
    return p


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ingest",
        help="analyse articles and add them to the store",
        description="Analyse articles (files, directories, JSON Lines; '-' for stdin) and store "
        "them. The same article twice is stored once; unreadable ones are reported and skipped.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH",
        help="a file (text, HTML, JSON Lines), a directory of them, or '-' for stdin",
    )
    _db(p)
    add_limits(p)
    p.set_defaults(func=run_ingest)

    q = _query(sub, "sources", "list the source directory (most-cited first)", run_sources)
    q.add_argument("--kind", default=None, help=f"only sources of this kind ({KINDS})")
    q.add_argument("--name", dest="q", default=None, help="only names containing this text")
    q.add_argument("--outlet", default=None, help="only sources cited by this outlet" + OUTLET)
    q = _query(sub, "source", "one source: its statements over time", run_source, paged=False)
    q.add_argument(
        "key",
        metavar="NAME",
        help="a source's name, alias or directory id, or a word of its name (a surname); "
        "when a word names several sources they are listed",
    )
    q = _query(sub, "quotes", "quote clusters (search by text)", run_quotes)
    q.add_argument(
        "text",
        nargs="?",
        default=None,
        metavar="TEXT",
        help="only quotes containing this text (case and spacing ignored)",
    )
    q.add_argument("--outlet", default=None, help="only quotes carried by this outlet" + OUTLET)
    q.add_argument(
        "--since",
        default=None,
        metavar="DATE",
        help=f"only quotes first published on or after DATE ({DATES}): the date of the "
        "earliest dated article carrying them, their first publisher's",
    )
    q.add_argument(
        "--until",
        default=None,
        metavar="DATE",
        help=f"only quotes first published on or before DATE ({DATES})",
    )
    q = _query(sub, "quote", "one quote cluster with its appearances", run_quote, paged=False)
    q.add_argument("quote_id", metavar="ID", help="a quote cluster's id (from `newsprov quotes`)")
    q = _query(sub, "stories", "stories: the same event across outlets", run_stories)
    q.add_argument("--outlet", default=None, help="only stories this outlet reported" + OUTLET)
    q.add_argument(
        "--since",
        default=None,
        metavar="DATE",
        help=f"only stories whose last article was published on or after DATE ({DATES})",
    )
    q.add_argument(
        "--until",
        default=None,
        metavar="DATE",
        help=(
            f"only stories whose first article was published on or before DATE ({DATES}); "
            "with --since: stories running during the period, whether or not one of their "
            "articles falls inside it"
        ),
    )
    q = _query(sub, "story", "one story: its timeline and relays", run_story, paged=False)
    q.add_argument("story_id", metavar="ID", help="a story's id (from `newsprov stories`)")
    q = _query(sub, "relays", "who relays whom: articles attributing to other outlets", run_relays)
    q.add_argument("--outlet", default=None, help="edges from or to this outlet" + OUTLET)
    q = _query(sub, "search", "full-text search of the stored articles", run_search)
    q.add_argument("text", metavar="TEXT", help="words to find in titles and article texts")

    q = _query(sub, "overview", "the corpus at a glance", run_overview, paged=False)

    e = sub.add_parser(
        "export",
        help="export the whole store to JSON Lines or Parquet",
        description="Write every stored record, either as JSON Lines (--jsonl FILE: one "
        "version-1 record a line) or as Parquet (--parquet DIR: one file per store table). "
        "Exactly one of the two is required.",
    )
    _db(e)
    g = e.add_mutually_exclusive_group(required=True)
    g.add_argument(
        "--jsonl", metavar="FILE", help="every record, one JSON object a line ('-': stdout)"
    )
    g.add_argument("--parquet", metavar="DIR", help="one Parquet file per table")
    e.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar of the records (Parquet: the rows) exported "
        "(default: when stderr is a terminal, or NEWSPROV_PROGRESS)",
    )
    e.set_defaults(func=run_export)


def _open(args: argparse.Namespace, create: bool = False) -> Any:
    """The store named by ``--db`` (or NEWSPROV_DB); queries never create or change a file
    that is not a newsprov store already, and writes make a new one only when they store
    something."""
    from newsprov.store import open_store

    options = Options.from_env(flags=True, db=args.db, progress=getattr(args, "progress", None))
    return open_store(options.db, options, create=create, lazy=create)


def run_ingest(args: argparse.Namespace) -> int:
    from newsprov.analysis import Analyzer, freeze_loaded
    from newsprov.cli.analyze import exit_status, input_options, report_skipped
    from newsprov.errors import NewsprovError, StoreError
    from newsprov.ingest import read_inputs
    from newsprov.store.store import BATCH

    options = input_options(args, db=args.db)
    skipped: list[str] = []
    # the store first: a store that cannot be opened is said before the inputs are read
    with _open(args, create=True) as store:
        items = list(read_inputs(args.inputs, options, skipped=skipped))
        analyzer = Analyzer(options)
        freeze_loaded()
        try:
            summary = store.ingest(items, analyzer, total=len(items))
        except KeyboardInterrupt:
            # what Ctrl-C left: whole batches only (the one being written is rolled back)
            print(
                f"newsprov: interrupted: {holds(store)}; articles are stored in whole batches "
                f"of {BATCH}, so none is half-written, and running the command again stores the "
                "rest (the stored ones come out unchanged)",
                file=sys.stderr,
            )
            return 130
        except StoreError as e:  # a write failed (a held lock, a full disk): what was kept
            print(plain(f"newsprov: error: {e}"), file=sys.stderr)
            try:
                kept = holds(store)
            except NewsprovError:
                return e.exit_code
            print(
                f"newsprov: stopped: {kept}; articles are stored in whole batches of {BATCH}, "
                "so none is half-written, and running the command again stores the rest",
                file=sys.stderr,
            )
            return e.exit_code
        report_summary(summary)
        report_skipped(skipped)
        print(f"newsprov: {summary.line()}; {holds(store)}", file=sys.stderr)
    return exit_status(summary.added + summary.unchanged, summary.failed)


def holds(store: Any) -> str:
    """What the store holds after a write command (a new store that got nothing is not made)."""
    from newsprov.store.engine import safe_url

    if store.deferred:
        return f"nothing stored, so no store was made at {plain(safe_url(store.url))}"
    return f"the store now holds {count_of(store.count_articles(), 'article')}"


def report_summary(summary: Any) -> None:
    """A line on stderr for each input that failed and each stored article replaced."""
    for err in summary.errors:
        print(plain(f"newsprov: skipped: {err}"), file=sys.stderr)
    for rid in summary.replaced:
        print(
            plain(
                f"newsprov: replaced: {rid}: the store held other content under this id; "
                "the new version replaces it"
            ),
            file=sys.stderr,
        )


PAGE_FLAGS = ("--limit", "--offset")


def _limit(value: object) -> int:
    """``--limit``, checked as it is parsed by the store's own rule; a value that is no whole
    number in the same words (``--limit: give the rows to show, 1 to 10,000, not 'abc'``)."""
    from newsprov.errors import InputError
    from newsprov.store.filters import ROWS_TO_SHOW, page_bounds

    if isinstance(value, str):
        raise InputError(PAGE_FLAGS[0], f"{ROWS_TO_SHOW}, not {value!r}")
    return page_bounds(value, 0, PAGE_FLAGS)[0]


def _offset(value: object) -> int:
    """``--offset``, checked as it is parsed by the store's own rule, as ``--limit`` is."""
    from newsprov.errors import InputError
    from newsprov.store.filters import ROWS_TO_SKIP, page_bounds

    if isinstance(value, str):
        raise InputError(PAGE_FLAGS[1], f"{ROWS_TO_SKIP}, not {value!r}")
    return page_bounds(1, value, PAGE_FLAGS)[1]


def _page(args: argparse.Namespace) -> dict[str, int]:
    """``--limit`` and ``--offset``, checked by the store's own rule (a limit of 0 printed
    "(none)" as if nothing matched), here so that the message names the options."""
    from newsprov.store.filters import page_bounds

    limit, offset = page_bounds(args.limit, args.offset, PAGE_FLAGS)
    return {"limit": limit, "offset": offset}


def _filters(args: argparse.Namespace, st: Any) -> dict[str, Any]:
    """The command's filters, checked as the HTTP API checks them (one line naming the option
    on a bad value); an outlet neither the registry nor the store knows is an error too."""
    from newsprov.store.filters import kind_filter, period_filter

    out: dict[str, Any] = {}
    if hasattr(args, "since") or hasattr(args, "until"):
        since, until = period_filter(
            getattr(args, "since", None), getattr(args, "until", None), ("--since", "--until")
        )
        out.update({k: v for k, v in (("since", since), ("until", until)) if hasattr(args, k)})
    if hasattr(args, "kind"):
        out["kind"] = kind_filter("--kind", args.kind)
    if hasattr(args, "outlet"):
        if args.outlet is not None:
            st.check_outlet(args.outlet, "--outlet")
        out["outlet"] = args.outlet
    return out


def run_sources(args: argparse.Namespace) -> int:
    from newsprov.store.filters import text_filter

    text_filter("--name", args.q)
    with _open(args) as st:
        rows = st.sources(q=args.q, **_filters(args, st), **_page(args))
    return emit(args.format, rows, ["id", "name", "kind", "articles", "attributions"])


def source_header(src: dict[str, Any]) -> list[str]:
    """The lines above a source's statements: titles (when it has some), aliases and outlets;
    an empty list is said in words ("outlets: " ended the line when no article named one)."""
    lines = ["titles:  " + "; ".join(src["titles"])] if src["titles"] else []
    lines.append("aliases: " + ("; ".join(src["aliases"]) or "(none)"))
    lines.append("outlets: " + ("; ".join(src["outlets"]) or "(none named by its articles)"))
    return lines


def run_source(args: argparse.Namespace) -> int:
    from newsprov.store.filters import key_filter

    key_filter("NAME", args.key, "a source's name, alias or directory id")
    with _open(args) as st:
        src = st.source(args.key)
    if args.format == "json":
        return emit("json", src, [])
    if args.format == "table":
        print(plain(f"{src['name']} ({src['kind']}, {src['id']})"))
        for line in source_header(src):
            print(plain(line))
        print()
    return emit(
        args.format,
        src["statements"],
        ["published", "outlet", "article", "form", "cue", "content", "chain"],
    )


def run_quotes(args: argparse.Namespace) -> int:
    from newsprov.store.filters import text_filter

    text_filter("TEXT", args.text)
    with _open(args) as st:
        rows = st.quotes(text=args.text, **_filters(args, st), **_page(args))
    return emit(
        args.format, rows, ["id", "appearances", "speaker", "first_publisher", "outlets", "text"]
    )


def run_quote(args: argparse.Namespace) -> int:
    from newsprov.store.filters import key_filter

    key_filter("ID", args.quote_id, "a quote cluster's id")
    with _open(args) as st:
        q = st.quote(args.quote_id)
    if args.format == "json":
        return emit("json", q, [])
    if args.format == "table":
        fp = q["first_publisher"]
        print(plain(f"{q['id']}: “{q['text']}” — {q['speaker'] or 'unknown speaker'}"))
        print(
            plain(
                f"first: {fp['outlet'] or 'outlet unknown'}, {fp['published'] or 'date unknown'} "
                f"({fp['article']})"
            )
        )
        print(f"in {count_of(len(q['appearances']), 'article')}\n")
    return emit(
        args.format,
        q["appearances"],
        ["published", "outlet", "article", "attributions", "text"],
    )


def run_stories(args: argparse.Namespace) -> int:
    with _open(args) as st:
        rows = st.stories(**_filters(args, st), **_page(args))
    return emit(
        args.format,
        rows,
        ["id", "first_published", "last_published", "outlets", "articles", "title"],
    )


def run_story(args: argparse.Namespace) -> int:
    from newsprov.store.filters import key_filter

    key_filter("ID", args.story_id, "a story's id")
    with _open(args) as st:
        s = st.story(args.story_id)
    if args.format == "json":
        return emit("json", s, [])
    if args.format == "table":
        print(plain(f"{s['id']}: {_story_title(s)}  ({_outlets(s['outlets'])})") + "\n")
    emit(args.format, s["timeline"], ["published", "outlet", "article", "title"])
    if args.format == "table" and s["relays"]:
        print()
        emit("table", s["relays"], ["from_article", "from_outlet", "to_outlet", "to_article"])
    return 0


def run_relays(args: argparse.Namespace) -> int:
    with _open(args) as st:
        rows = st.relays(**_filters(args, st), **_page(args))
    return emit(
        args.format,
        rows,
        ["from_article", "from_outlet", "to_outlet", "to_article", "attributions", "aligned"],
    )


def run_search(args: argparse.Namespace) -> int:
    from newsprov.errors import InputError
    from newsprov.store.filters import search_words

    search_words("TEXT", args.text)  # a blank or wordless TEXT printed "(none)"
    with _open(args) as st:
        try:
            rows = st.search(args.text, **_page(args))
        except InputError as e:  # named as the command names it (stop words on PostgreSQL)
            raise InputError("TEXT", e.problem) if e.name == "q" else e from None
    return emit(args.format, rows, ["id", "published", "outlet", "title", "snippet"])


def run_overview(args: argparse.Namespace) -> int:
    with _open(args) as st:
        ov = st.overview()
    if args.format == "json":
        return emit("json", ov, [])
    if args.format == "csv":  # the counts and dates, one row; the lists are JSON's
        return emit("csv", [ov], OVERVIEW_COLUMNS)
    print(render_overview(ov))
    return 0


#: The columns of ``newsprov overview --format csv``.
OVERVIEW_COLUMNS = [
    "articles",
    "first_published",
    "last_published",
    "sources",
    "attributions",
    "stories",
    "cross_outlet_stories",
    "quotes",
    "repeated_quotes",
    "relays",
    "linked_relays",
]


def _articles_line(ov: dict[str, Any]) -> str:
    """ "5 articles from 4 outlets (1 without one)": how many name no outlet, in the words
    of the articles page (it said "1 article from 0 outlets" of an article with none)."""
    n, outlets = ov["articles"], ov["outlets"]
    unplaced = n - sum(outlets.values())
    line = f"{count_of(n, 'article')} from {count_of(len(outlets), 'outlet')}"
    return line + (f" ({unplaced} without one)" if unplaced > 0 else "")


def render_overview(ov: dict[str, Any]) -> str:
    """The overview as a few lines of text (``newsprov overview``, ``make demo``)."""
    lines = [
        _articles_line(ov)
        + (f", {ov['first_published']} to {ov['last_published']}" if ov["first_published"] else ""),
        f"{count_of(ov['sources'], 'source')} in the directory, "
        f"{count_of(ov['attributions'], 'attribution')}",
        f"{count_of(ov['stories'], 'story')}, {ov['cross_outlet_stories']} with more than one article",
        f"{count_of(ov['quotes'], 'quote cluster')}, {ov['repeated_quotes']} quoted in more than"
        " one article",
        f"{count_of(ov['relays'], 'relay edge')}, {ov['linked_relays']} linked to the relayed"
        " article",
    ]
    if ov["top_sources"]:
        lines.append("most-cited sources:")
        lines += [
            f"  {s['name']} ({s['kind']}): {count_of(len(s['articles']), 'article')}, "
            f"{count_of(s['attributions'], 'attribution')}"
            for s in ov["top_sources"]
        ]
    if ov["most_relayed"]:
        lines.append("most-relayed outlets:")
        lines += [
            f"  {x['outlet']}: relayed by {count_of(x['articles'], 'article')}"
            for x in ov["most_relayed"]
        ]
    if ov["top_stories"]:
        lines.append("largest stories:")
        lines += [
            f"  {s['id']}: {_story_title(s)} ({count_of(len(s['articles']), 'article')}: "
            f"{_outlets(s['outlets'])})"
            for s in ov["top_stories"]
        ]
    return "\n".join(plain(x) for x in lines)


def _outlets(names: list[str]) -> str:
    return ", ".join(names) if names else "outlet unknown"


def _story_title(story: dict[str, Any]) -> str:
    """A story's title, or its first article's id when no article has a title."""
    if story.get("title"):
        return str(story["title"])
    first = story["articles"][0] if story.get("articles") else None
    return f"(untitled) {first}" if first else "(untitled)"


def run_export(args: argparse.Namespace) -> int:
    with _open(args) as st:
        if args.jsonl == "-":
            n = st.write_jsonl(sys.stdout)  # the bar (stderr) as the store's options say
            sys.stdout.flush()
            print(f"newsprov: exported {count_of(n, 'record')} to standard output", file=sys.stderr)
        elif args.jsonl is not None:
            n = st.export_jsonl(args.jsonl)
            print(f"newsprov: exported {count_of(n, 'record')} to {args.jsonl}", file=sys.stderr)
        else:
            files = st.export_parquet(args.parquet)
            print(
                f"newsprov: wrote {count_of(len(files), 'Parquet file')} to {args.parquet}",
                file=sys.stderr,
            )
    return 0


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dict):
        return " ".join(str(x) for x in v.values() if x is not None)
    if isinstance(v, list):
        return ";".join(
            json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else str(x) for x in v
        )
    return str(v)


def _number_or_cell(v: Any) -> str | int | float:
    return v if isinstance(v, int | float) and not isinstance(v, bool) else _cell(v)


def emit(fmt: str, data: Any, cols: list[str], width: int = 60) -> int:
    """Print ``data`` (a list of dicts, or one dict for json) as a table, JSON or CSV."""
    out = sys.stdout
    if fmt == "json":
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    if fmt == "csv":  # numbers stay numbers; text is made inert for spreadsheets
        write_csv(out, cols, [[_number_or_cell(r.get(c)) for c in cols] for r in data])
        return 0
    rows = [[_cell(r.get(c)) for c in cols] for r in data]
    if not rows:
        out.write("(none)\n")
        return 0
    rows = [[plain(x) for x in row] for row in rows]
    cut = [[x if len(x) <= width else x[: width - 1] + "…" for x in row] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cut)) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(widths[i]) for i, c in enumerate(cols)).rstrip() + "\n")
    for row in cut:
        out.write("  ".join(x.ljust(widths[i]) for i, x in enumerate(row)).rstrip() + "\n")
    return 0
