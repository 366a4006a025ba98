"""The end of ``make demo``: store the demo's records and serve the pages on loopback."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from newsprov.options import Options
from newsprov.record import Record


def serve_demo(
    records: Iterable[Record],
    db: str = "newsprov-demo.db",
    host: str = "127.0.0.1",
    port: int = 8000,
    options: Options | None = None,
) -> int:
    """Add ``records`` to the store ``db`` (idempotent) and serve the pages until Ctrl-C."""
    import uvicorn

    from newsprov.errors import ConfigError
    from newsprov.serve.app import create_app
    from newsprov.serve.security import ServeSettings
    from newsprov.store import open_store

    opts = (options or Options.from_env()).with_(db=db)
    todo = list(records)
    with open_store(db, opts) as st:
        summary = st.add_records(todo, progress=False) if todo else None
        count = st.count_articles()
    app = create_app(opts, db, settings=ServeSettings.from_env())
    where = Path(db).resolve() if "://" not in db else db
    if summary is not None:
        print(f"newsprov demo: {summary.added} new, {summary.unchanged} unchanged.")
    print(
        f"newsprov demo: {count} article(s) in {where}.\n"
        f"newsprov demo: the pages are at http://{host}:{port}/ (Ctrl-C to stop)",
        flush=True,
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    except SystemExit as e:  # uvicorn exits when it cannot bind
        raise ConfigError(f"cannot serve on {host}:{port} (is the port in use?)") from e
    print("newsprov demo: stopped", file=sys.stderr)
    return 0
