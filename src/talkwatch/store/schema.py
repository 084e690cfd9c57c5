"""Tables of the store (SQLAlchemy Core). They mirror the export format
(spec/EXPORT.md); `migrations.py` creates and upgrades them."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = 3
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
    Column("extracted_at", String(32)),  # null until the NLP pass has read it (schema 2)
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


# Schema 2: what extraction reads from articles.

actors = Table(
    "actors", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("country", String(20)),
    Column("role", Text),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list
    Index("ix_actors_country", "country"),
)

mentions = Table(
    "mentions", metadata,
    Column("article", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Index("ix_mentions_actor", "actor"),
)

date_mentions = Table(
    "date_mentions", metadata,
    Column("article", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("tense", String(10), nullable=False),
    Column("value", String(10)),  # ISO at its precision; null when unresolved
    Column("precision", String(10)),
    Column("first", String(10)),
    Column("last", String(10)),
    Index("ix_date_mentions_value", "value"),
)


# Schema 3: events, quotes and positions, one row each, JSON for lists of actor ids.

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("article", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("plover", String(32)),
    Column("actors", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("location", Text),
    Column("date", String(10)),
    Column("date_text", Text),
    Column("date_first", String(10)),  # the range the date covers: a week, a month
    Column("date_last", String(10)),
    Column("status", String(16), nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_events_article", "article"),
    Index("ix_events_kind_date", "kind", "date"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", String(64), primary_key=True),
    Column("article", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("speaker", String(200)),
    Column("speaker_text", Text),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("direct", Boolean, nullable=False),
    Index("ix_quotes_article", "article"),
    Index("ix_quotes_speaker", "speaker"),
)

positions = Table(
    "positions", metadata,
    Column("id", String(64), primary_key=True),
    Column("article", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("issue", String(64), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("condition", Text),
    Column("date", String(10)),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_positions_article", "article"),
    Index("ix_positions_issue", "issue", "actor"),
)

timeline = Table(
    "timeline", metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("date", String(10)),
    Column("data", Text, nullable=False),  # the export row, as JSON
    Index("ix_timeline_kind_date", "kind", "date"),
)

# Which entry each event was placed in: what makes the timeline incremental.
timeline_events = Table(
    "timeline_events", metadata,
    Column("event", String(64), primary_key=True),
    Column("entry", String(64), nullable=False),
    Index("ix_timeline_events_entry", "entry"),
)

# Lists of actor ids stored as JSON text, per table.
JSON_COLUMNS = {"events": ("actors", "source", "target")}
