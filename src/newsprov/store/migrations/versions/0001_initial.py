"""The first store schema: articles, sources, attributions, directory, stories, quotes, relays,
state, and full-text search (FTS5 on SQLite, tsvector on PostgreSQL).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(400), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("published", sa.String(40)),
        sa.Column("url", sa.Text),
        sa.Column("n_attributions", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("story_id", sa.String(80)),
        sa.Column("attributed_share", sa.Float),
        sa.Column("record", sa.LargeBinary, nullable=False),
        sa.Column("ingested_at", sa.String(40), nullable=False),
    )
    for col in ("content_hash", "outlet", "published", "story_id"):
        op.create_index(f"ix_articles_{col}", "articles", [col])
    op.create_table(
        "sources",
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("sid", sa.String(20), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.UniqueConstraint("article_pk", "sid"),
    )
    op.create_index("ix_sources_key", "sources", ["key"])
    op.create_index("ix_sources_kind", "sources", ["kind"])
    op.create_table(
        "attributions",
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("aid", sa.String(20), nullable=False),
        sa.Column("source_key", sa.String(300)),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("content", sa.Text),
        sa.Column("chain", sa.Text),
        sa.Column("quote_id", sa.String(80)),
        sa.UniqueConstraint("article_pk", "aid"),
    )
    op.create_index("ix_attributions_source_key", "attributions", ["source_key"])
    op.create_index("ix_attributions_quote_id", "attributions", ["quote_id"])
    op.create_table(
        "directory",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("id", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("lname", sa.Text, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_attributions", sa.Integer, nullable=False),
    )
    op.create_index("ix_directory_n_articles", "directory", ["n_articles"])
    op.create_index("ix_directory_lname", "directory", ["lname"])
    op.create_index("ix_directory_kind", "directory", ["kind"])
    op.create_table(
        "aliases",
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("lalias", sa.Text, nullable=False),
        sa.UniqueConstraint("key", "alias"),
    )
    op.create_index("ix_aliases_lalias", "aliases", ["lalias"])
    op.create_table(
        "stories",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("first_published", sa.String(40)),
        sa.Column("last_published", sa.String(40)),
    )
    op.create_index("ix_stories_last_published", "stories", ["last_published"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ltext", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("n_appearances", sa.Integer, nullable=False),
        sa.Column("first_article", sa.String(400)),
        sa.Column("first_outlet", sa.String(200)),
        sa.Column("first_published", sa.String(40)),
    )
    op.create_index("ix_quotes_n_appearances", "quotes", ["n_appearances"])
    op.create_table(
        "relays",
        sa.Column("from_pk", sa.Integer, nullable=False),
        sa.Column("to_outlet", sa.String(200), nullable=False),
        sa.Column("to_article", sa.String(400)),
        sa.Column("attributions", sa.Integer, nullable=False),
        sa.Column("aligned", sa.Text),
        sa.UniqueConstraint("from_pk", "to_outlet"),
    )
    op.create_index("ix_relays_to_outlet", "relays", ["to_outlet"])
    op.create_table(
        "state",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("value", sa.LargeBinary),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.add_column("articles", sa.Column("tsv", sa.dialects.postgresql.TSVECTOR))
        op.create_index("ix_articles_tsv", "articles", ["tsv"], postgresql_using="gin")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize='porter unicode61')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS article_fts")
    for name in (
        "state",
        "relays",
        "quotes",
        "stories",
        "aliases",
        "directory",
        "attributions",
        "sources",
        "articles",
    ):
        op.drop_table(name)
