"""The end of ``make demo``: store the demo's records and serve the pages on loopback."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from newsprov.options import Options
from newsprov.record import Record
from newsprov.wording import count_of


def serve_demo(
    records: Iterable[Record],
    db: str = "newsprov-demo.db",
    host: str = "127.0.0.1",
    port: int = 8000,
    options: Options | None = None,
) -> int:
    """Add ``records`` to the store ``db`` (idempotent) and serve the pages until Ctrl-C."""
    from newsprov.serve.app import create_app
    from newsprov.serve.listen import bind, serve_on
    from newsprov.serve.security import ServeSettings
    from newsprov.store import open_store
    from newsprov.store.engine import safe_url

    opts = (options or Options.from_env()).with_(db=db)
    todo = list(records)
    with open_store(db, opts) as st:
        summary = st.add_records(todo, progress=False) if todo else None
        count = st.count_articles()
    app = create_app(opts, db, settings=ServeSettings.from_env())
    sock = bind(host, port)  # a busy port fails here, before the pages are announced
    where = Path(db).resolve() if "://" not in db else safe_url(db)  # no password shown
    if summary is not None:
        print(f"newsprov demo: {summary.added} new, {summary.unchanged} unchanged.")
    print(
        f"newsprov demo: {count_of(count, 'article')} in {where}.\n"
        f"newsprov demo: the pages are at http://{host}:{port}/ (Ctrl-C to stop)",
        flush=True,
    )
    serve_on(app, sock, host, port)
    print("newsprov demo: stopped", file=sys.stderr)
    return 0
