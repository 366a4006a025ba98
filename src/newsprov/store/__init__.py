"""The store: analysed records in SQLite (default, one file) or PostgreSQL, with the corpus
links (stories, quote clusters, relays, source directory) kept up to date on ingest, and the
read queries the CLI and HTTP API use. See ``docs/store.md``.
"""

from newsprov.store.store import Store, open_store
from newsprov.store.writer import IngestOutcome, IngestSummary

__all__ = ["IngestOutcome", "IngestSummary", "Store", "open_store"]
