"""Quote links: every quoted passage of an attribution gets its quote cluster (before, only the
first passage's cluster was kept, in ``attributions.quote_id``, and a quote shared by two
articles as the second passage of one of them was not found in both).

The links of stored articles are filled from ``attributions.quote_id``; the passages after the
first of articles stored before this revision are linked when the article is stored again.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quote_links",
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("aid", sa.String(20), nullable=False),
        sa.Column("quote_id", sa.String(80), nullable=False),
        sa.UniqueConstraint("article_pk", "aid", "quote_id"),
    )
    op.create_index("ix_quote_links_quote_id", "quote_links", ["quote_id"])
    op.execute(
        "INSERT INTO quote_links (article_pk, aid, quote_id) "
        "SELECT article_pk, aid, quote_id FROM attributions WHERE quote_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_quote_links_quote_id", table_name="quote_links")
    op.drop_table("quote_links")
