"""Tables of the store (SQLAlchemy Core). They mirror the export format
(spec/EXPORT.md); `migrations.py` creates and upgrades them."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, MetaData, String, Table, Text

SCHEMA_VERSION = 1
APPLICATION = "talkwatch"

metadata = MetaData()

meta = Table(
    "talkwatch_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("authors", Text, nullable=False, default="[]"),  # JSON list
    Column("published", String(10)),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("text", Text, nullable=False),
    Column("duplicate_of", String(32)),
    Column("rewrite_of", String(32)),
    Column("story", String(64)),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet"),
)

# Every input an article was read from: a copy of the same text from another
# file or URL adds a row here and nothing else.
article_sources = Table(
    "article_sources", metadata,
    Column("article", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("source", Text, primary_key=True),
    Column("seen_at", String(32), nullable=False),
)
