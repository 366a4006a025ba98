"""Stories refreshed from a batch's rows: the per-batch refresh updates a story that only
gained the batch's new articles from those articles (``newsprov.store.writer``), and asks which
of its stored articles gives its title (its first titled article: undated last, then by pk)
from ``ix_articles_story_titled``, an index of the titled articles by (story_id, published
undated last, published, pk), so the answer is one index seek whatever the story's size.

The index is skipped when it is there already.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME = "ix_articles_story_titled"
COLUMNS = ["story_id", "(published IS NULL)", "published", "pk"]
WHERE = "title IS NOT NULL"


def upgrade() -> None:
    parts = [sa.text(c) if "(" in c else c for c in COLUMNS]
    op.create_index(
        NAME,
        "articles",
        parts,
        if_not_exists=True,
        sqlite_where=sa.text(WHERE),
        postgresql_where=sa.text(WHERE),
    )


def downgrade() -> None:
    op.drop_index(NAME, table_name="articles", if_exists=True)
