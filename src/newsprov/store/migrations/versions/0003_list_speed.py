"""Lists fast on a large store: each article's ``language`` and ``opening`` (the first 300
characters of its text) as columns, so the pages name and mark up the articles they list
without decompressing each record; indexes for the lists' orders and filters.

* ``articles.language``, ``articles.opening``: filled here from every stored record (about a
  millisecond an article, once: some 30 s for a store of 30,000 articles), then by each write.
* ``ix_articles_newest`` and ``ix_stories_newest``: the lists' order (newest first, undated
  last, then id), so a page reads its rows in order instead of sorting the whole table.
* ``ix_articles_loutlet``: ``lower(outlet)``, which every outlet filter compares.
* ``ix_sources_key_article``: (key, article_pk), so an entry's articles are read from the
  index alone; it replaces ``ix_sources_key``, its first column.
* ``ix_quote_links_quote_article``: (quote_id, article_pk), so the articles carrying a quote
  (the quotes list's figures, the overview's repeated quotes) are counted from the index
  alone; it replaces ``ix_quote_links_quote_id``.
* ``ix_quotes_order``: the quotes list's order (most carried first, then by first publication,
  undated last, then id).

Each step is skipped when its column or index is there already.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json
import zlib

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Characters of the text kept as ``opening`` (``newsprov.store.writer.OPENING``, frozen here
#: as a migration must be).
OPENING = 300
#: Records read and decompressed at a time while the new columns are filled.
CHUNK = 500

INDEXES = {
    "ix_articles_newest": ("articles", ["(published IS NULL)", "published DESC", "id"]),
    "ix_stories_newest": ("stories", ["(last_published IS NULL)", "last_published DESC", "id"]),
    "ix_articles_loutlet": ("articles", ["lower(outlet)"]),
    "ix_sources_key_article": ("sources", ["key", "article_pk"]),
    "ix_quote_links_quote_article": ("quote_links", ["quote_id", "article_pk"]),
    "ix_quotes_order": (
        "quotes",
        ["n_appearances DESC", "(first_published IS NULL)", "first_published", "id"],
    ),
}
#: Indexes the new ones replace (their first columns), by table.
REPLACED = {
    "ix_sources_key": ("sources", ["key"]),
    "ix_quote_links_quote_id": ("quote_links", ["quote_id"]),
}


def upgrade() -> None:
    bind = op.get_bind()
    insp = sa.inspect(bind)
    columns = {c["name"] for c in insp.get_columns("articles")}
    if "language" not in columns:
        op.add_column("articles", sa.Column("language", sa.String(40)))
    if "opening" not in columns:
        op.add_column("articles", sa.Column("opening", sa.Text))
    fill_heads(bind)
    for name, (table, exprs) in INDEXES.items():
        parts = [sa.text(e) if " " in e or "(" in e else e for e in exprs]
        op.create_index(name, table, parts, if_not_exists=True)
    for name, (table, _) in REPLACED.items():
        op.drop_index(name, table_name=table, if_exists=True)


def fill_heads(bind: sa.Connection) -> None:
    """``language`` and ``opening`` of every article that has no opening yet, from its record."""
    art = sa.table(
        "articles",
        sa.column("pk", sa.Integer),
        sa.column("record", sa.LargeBinary),
        sa.column("language", sa.String),
        sa.column("opening", sa.Text),
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(art.c.pk, art.c.record)
            .where(art.c.pk > last, art.c.opening.is_(None))
            .order_by(art.c.pk)
            .limit(CHUNK)
        ).all()
        if not rows:
            return
        heads = []
        for pk, blob in rows:
            data = json.loads(zlib.decompress(blob))
            heads.append(
                {
                    "b_pk": pk,
                    "language": (data.get("document") or {}).get("language"),
                    "opening": str(data.get("text") or "")[:OPENING],
                }
            )
            last = pk
        bind.execute(
            art.update()
            .where(art.c.pk == sa.bindparam("b_pk"))
            .values(language=sa.bindparam("language"), opening=sa.bindparam("opening")),
            heads,
        )


def downgrade() -> None:
    for name, (table, columns) in REPLACED.items():
        op.create_index(name, table, columns, if_not_exists=True)
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
    op.drop_column("articles", "opening")
    op.drop_column("articles", "language")
