"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Full-text search lives outside this metadata because it differs by backend: an FTS5 table
``article_fts`` on SQLite, a ``tsv`` tsvector column with a GIN index on PostgreSQL; the
migrations create both kinds of object. So does the trigram index of source names (revision
``0004``): an FTS5 table ``source_names`` kept by triggers on SQLite, ``pg_trgm`` GIN indexes
on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

metadata = MetaData()

#: One row per stored article: its metadata, content hash and compressed record JSON.
articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(400), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("outlet", String(200), index=True),
    Column("published", String(40), index=True),
    Column("url", Text),
    Column("n_attributions", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("story_id", String(80), index=True),
    Column("attributed_share", Float),
    Column("language", String(40)),  # the record's document language (revision 0003)
    Column("opening", Text),  # the text's first 300 characters (revision 0003)
    Column("record", LargeBinary, nullable=False),  # zlib-compressed record JSON
    Column("ingested_at", String(40), nullable=False),
)

#: The lists' order, newest first and undated last, read from the index (revision 0003).
Index(
    "ix_articles_newest", articles.c.published.is_(None), articles.c.published.desc(), articles.c.id
)
#: ``lower(outlet)``, what every outlet filter compares.
Index("ix_articles_loutlet", func.lower(articles.c.outlet))
#: A story's titled articles in the order its title is chosen by (revision 0005): the article
#: that gives a story its title is one index seek away.
Index(
    "ix_articles_story_titled",
    articles.c.story_id,
    articles.c.published.is_(None),
    articles.c.published,
    articles.c.pk,
    sqlite_where=articles.c.title.is_not(None),
    postgresql_where=articles.c.title.is_not(None),
)

#: The sources of each article, with their directory key (one entry across articles).
sources = Table(
    "sources",
    metadata,
    Column("article_pk", Integer, nullable=False),
    Column("sid", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("title", Text),
    Column("key", String(300), nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    UniqueConstraint("article_pk", "sid"),
    Index("ix_sources_key_article", "key", "article_pk"),  # an entry's articles, index only
    Index("ix_sources_kind", "kind"),
)

#: Every attribution, flattened to text for queries (cue, content, chain names).
attributions = Table(
    "attributions",
    metadata,
    Column("article_pk", Integer, nullable=False),
    Column("aid", String(20), nullable=False),
    Column("source_key", String(300)),
    Column("form", String(20), nullable=False),
    Column("cue", Text),
    Column("content", Text),
    Column("chain", Text),  # JSON list of source names, inner to outer
    Column("quote_id", String(80)),
    UniqueConstraint("article_pk", "aid"),
    Index("ix_attributions_source_key", "source_key"),
    Index("ix_attributions_quote_id", "quote_id"),
)

#: The source directory: one entry per directory key.
directory = Table(
    "directory",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("lname", Text, nullable=False),  # lower-cased name, for lookups by name
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_attributions", Integer, nullable=False, default=0),
    Index("ix_directory_lname", "lname"),
    Index("ix_directory_n_articles", "n_articles"),
    Index("ix_directory_kind", "kind"),
)

#: Name variants seen for a directory entry ("Pompeo", "Mike Pompeo").
aliases = Table(
    "aliases",
    metadata,
    Column("key", String(300), nullable=False),
    Column("alias", Text, nullable=False),
    Column("lalias", Text, nullable=False),
    UniqueConstraint("key", "alias"),
    Index("ix_aliases_lalias", "lalias"),
)

#: Stories (events across outlets); members are ``articles.story_id``.
stories = Table(
    "stories",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("title", Text),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("first_published", String(40)),
    Column("last_published", String(40), index=True),
)
Index(
    "ix_stories_newest",
    stories.c.last_published.is_(None),
    stories.c.last_published.desc(),
    stories.c.id,
)

#: Every (attribution, quote cluster) pair: an attribution whose content has several quoted
#: passages carries each one's cluster. ``attributions.quote_id`` keeps the first passage's.
quote_links = Table(
    "quote_links",
    metadata,
    Column("article_pk", Integer, nullable=False),
    Column("aid", String(20), nullable=False),
    Column("quote_id", String(80), nullable=False),
    UniqueConstraint("article_pk", "aid", "quote_id"),
    Index("ix_quote_links_quote_article", "quote_id", "article_pk"),  # counted from the index
)

#: Quote clusters; appearances are ``quote_links`` rows.
quotes = Table(
    "quotes",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("text", Text, nullable=False),
    Column("ltext", Text, nullable=False),
    Column("speaker", Text),
    Column("n_appearances", Integer, nullable=False, default=0),
    Column("first_article", String(400)),
    Column("first_outlet", String(200)),
    Column("first_published", String(40)),
    Index("ix_quotes_n_appearances", "n_appearances"),
)
#: The quotes list's order: most carried first, then by first publication, undated last.
Index(
    "ix_quotes_order",
    quotes.c.n_appearances.desc(),
    quotes.c.first_published.is_(None),
    quotes.c.first_published,
    quotes.c.id,
)

#: Relay edges: an article attributing to an outlet, and that outlet's article when stored.
relays = Table(
    "relays",
    metadata,
    Column("from_pk", Integer, nullable=False),
    Column("to_outlet", String(200), nullable=False),
    Column("to_article", String(400)),
    Column("attributions", Integer, nullable=False, default=0),
    Column("aligned", Text),  # JSON list of {"from": [s, e], "to": [s, e]}
    UniqueConstraint("from_pk", "to_outlet"),
    Index("ix_relays_to_outlet", "to_outlet"),
)

#: Key-value state: the corpus index's serialised state and how far it has read.
state = Table(
    "state",
    metadata,
    Column("name", String(80), primary_key=True),
    Column("seq", Integer, nullable=False, default=0),
    Column("value", LargeBinary),
)
