"""``newsprov serve``: the HTTP API and the web pages (uvicorn)."""

from __future__ import annotations

import argparse
import ipaddress
import sys

from newsprov.errors import ConfigError
from newsprov.options import Options, setting_flag
from newsprov.serve.listen import port_flag
from newsprov.serve.security import SERVE_RULES

ORDER = 60


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="serve the HTTP API and the web pages",
        description=(
            "Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the pages over a store. "
            "Writes (POST /api/ingest) need NEWSPROV_TOKEN. Listening beyond loopback makes "
            "reads need the token too, unless --public is given."
        ),
    )
    p.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="store: SQLite file, sqlite:///PATH or postgresql://... "
        "(default NEWSPROV_DB or newsprov.db)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=port_flag, default=8000, help="port (default 8000)")
    p.add_argument(
        "--public",
        action="store_true",
        help="when listening beyond loopback, let anyone read without the token",
    )
    p.add_argument(
        "--rate-limit",
        type=setting_flag("rate_limit", SERVE_RULES),
        default=None,
        help="requests per minute per client (0: none; default NEWSPROV_RATE_LIMIT or 600)",
    )
    p.add_argument(
        "--max-body",
        type=setting_flag("max_body", SERVE_RULES),
        default=None,
        help="largest request body in bytes (default NEWSPROV_MAX_BODY, or when unset or 0: "
        "max_bytes plus 64 KiB)",
    )
    p.set_defaults(func=run)


def is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_new_store(url: str) -> bool:
    """True when ``url`` names a SQLite file that is missing or empty, or a PostgreSQL
    database with no table: opening makes a new, empty store there (a typo in a PostgreSQL
    URL's database name, or the server's own ``postgres`` database, was served as an empty
    site without a word)."""
    from newsprov.store.engine import pg_database_empty, sqlite_path

    try:
        path = sqlite_path(url)
        if path is None:
            return pg_database_empty(url)
        return not path.exists() or path.stat().st_size == 0
    except (OSError, ValueError):
        return False  # opening the store names what is wrong with it


def new_store_notice(url: str, writable: bool) -> str:
    """The line saying the store served is new and empty, and how it can be filled."""
    how = "POST /api/ingest or " if writable else ""
    unless = "" if writable else "; without NEWSPROV_TOKEN the API cannot"
    return (
        f"newsprov: {url} held no store: serving a new, empty one; check --db "
        f"({how}`newsprov ingest PATH --db {url}` fills it{unless})"
    )


def run(args: argparse.Namespace) -> int:
    from newsprov.serve.app import create_app
    from newsprov.serve.listen import bind, check_port, resolve, serve_on
    from newsprov.serve.security import ServeSettings

    check_port(args.port)
    options = Options.from_env(flags=True, db=args.db)
    resolve(args.host, args.port)  # a typo in --host is named as one, whatever else holds
    local = is_loopback(args.host)
    settings = ServeSettings.from_env(
        flags=True,
        rate_limit=args.rate_limit,
        max_body=args.max_body,
        open_reads=True if (local or args.public) else False,
    )
    if not local and not args.public and not settings.token:
        raise ConfigError(
            f"--host {args.host} listens beyond this machine: set NEWSPROV_TOKEN "
            "(reads then need it) or pass --public"
        )
    from newsprov.store.engine import safe_url

    app = create_app(options, settings=settings)
    new = is_new_store(options.db)
    shown = safe_url(options.db)  # a PostgreSQL URL's password was printed as given
    app.state.ctx.open_store()  # a bad --db fails now, before serving
    sock = bind(args.host, args.port)  # a busy port or unknown host fails now, before the notice
    print(
        f"newsprov: serving {shown} on http://{args.host}:{args.port}/ "
        f"(writes {'need the token' if settings.token else 'disabled: no NEWSPROV_TOKEN'})",
        file=sys.stderr,
        flush=True,
    )
    if new:  # a typo in --db served an empty site without a word
        print(new_store_notice(shown, bool(settings.token)), file=sys.stderr, flush=True)
    serve_on(app, sock, args.host, args.port)
    return 0
