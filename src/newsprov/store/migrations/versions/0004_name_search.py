"""Source-name search fast on a large store: the directory's name filter (``sources(q=...)``,
a piece of a name or alias anywhere in it) is answered from a trigram index instead of a scan
of every name and alias.

* SQLite: an FTS5 table ``source_names`` with the ``trigram`` tokenizer (SQLite 3.34 or
  newer), one row per alias (``aliases.lalias``) and per directory name (``directory.lname``)
  that is not one of its entry's aliases already, with the entry's key; triggers on
  ``aliases`` and ``directory`` add a row for each new alias, entry or changed name, so every
  write keeps it whole (rows are only added: directory entries and aliases are never deleted,
  and a name an entry had before stays an alias of it). Where SQLite has no ``trigram``
  tokenizer the table is not made and the filter scans, as before.
* PostgreSQL: GIN indexes ``ix_directory_lname_trgm`` and ``ix_aliases_lalias_trgm`` with
  ``gin_trgm_ops`` of the ``pg_trgm`` extension, which PostgreSQL's ``LIKE`` uses by itself.
  The extension is created when the server has it and the store's user may create it (it is a
  trusted extension from PostgreSQL 13: a database owner may); otherwise the indexes are not
  made and the filter scans, as before.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The SQLite table and its triggers (frozen here as a migration must be; the queries name the
#: table as ``newsprov.store.selects.NAMES_TABLE``).
SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE source_names USING fts5(key UNINDEXED, name, tokenize='trigram')"
)
SQLITE_TRIGGERS = {
    "source_names_alias": (
        "CREATE TRIGGER source_names_alias AFTER INSERT ON aliases BEGIN"
        " INSERT INTO source_names(key, name) VALUES (new.key, new.lalias); END"
    ),
    "source_names_entry": (
        "CREATE TRIGGER source_names_entry AFTER INSERT ON directory"
        " WHEN new.lname NOT IN (SELECT lalias FROM aliases WHERE key = new.key) BEGIN"
        " INSERT INTO source_names(key, name) VALUES (new.key, new.lname); END"
    ),
    "source_names_rename": (
        "CREATE TRIGGER source_names_rename AFTER UPDATE OF lname ON directory"
        " WHEN new.lname IS NOT old.lname"
        " AND new.lname NOT IN (SELECT lalias FROM aliases WHERE key = new.key) BEGIN"
        " INSERT INTO source_names(key, name) VALUES (new.key, new.lname); END"
    ),
}
SQLITE_FILL = (
    "INSERT INTO source_names(key, name) SELECT key, lalias FROM aliases",
    "INSERT INTO source_names(key, name) SELECT key, lname FROM directory AS d"
    " WHERE lname NOT IN (SELECT lalias FROM aliases WHERE key = d.key)",
)
PG_INDEXES = {
    "ix_directory_lname_trgm": ("directory", "lname"),
    "ix_aliases_lalias_trgm": ("aliases", "lalias"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        if _pg_trgm(bind):
            for name, (table, column) in PG_INDEXES.items():
                op.execute(
                    f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
                )
        return
    if "source_names" in sa.inspect(bind).get_table_names():
        return
    try:  # a failed statement leaves SQLite's transaction as it was
        bind.exec_driver_sql(SQLITE_TABLE)
    except sa.exc.OperationalError:  # no such tokenizer: trigram (SQLite before 3.34)
        return
    for stmt in SQLITE_FILL:
        bind.exec_driver_sql(stmt)
    for stmt in SQLITE_TRIGGERS.values():
        bind.exec_driver_sql(stmt)


def _pg_trgm(bind: sa.Connection) -> bool:
    """Whether ``pg_trgm`` is there, made here when the server has it and it may be."""
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        return True
    if not bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first():
        return False
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:  # not allowed to: the filter scans
        return False
    return True


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name in PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
        return
    for name in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS source_names")
