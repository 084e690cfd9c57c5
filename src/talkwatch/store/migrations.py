"""Schema versions and the steps between them.

The version lives in `talkwatch_meta` (key `schema_version`); `upgrade` runs
each missing step in order, each in its own transaction, so a store written by
an older talkwatch opens in a newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from ..errors import StoreError
from . import schema


def _create_v1(conn: Connection) -> None:
    for table in (schema.meta, schema.articles, schema.article_sources):
        table.create(conn)
    # Created from today's table definition, so a new store has schema 2's
    # column already; _to_v2 adds it only where it is missing.
    conn.execute(schema.meta.insert().values(key="application", value=schema.APPLICATION))


def _to_v2(conn: Connection) -> None:
    """Extraction: actors, their mentions, date expressions, and when each article was read."""
    columns = {c["name"] for c in inspect(conn).get_columns(schema.articles.name)}
    if "extracted_at" not in columns:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN extracted_at VARCHAR(32)")
    for table in (schema.actors, schema.mentions, schema.date_mentions):
        table.create(conn)


def _to_v3(conn: Connection) -> None:
    """Events, quotes, positions, and the timeline merged from the events."""
    for table in (schema.events, schema.quotes, schema.positions, schema.timeline, schema.timeline_events):
        table.create(conn)


# STEPS[n] takes a store from version n to n + 1.
STEPS: dict[int, Callable[[Connection], None]] = {0: _create_v1, 1: _to_v2, 2: _to_v3}
assert len(STEPS) == schema.SCHEMA_VERSION


def current_version(conn: Connection, where: str) -> int:
    """The schema version of the store at the other end of `conn`; 0 for an empty database.

    Raises StoreError when the database holds tables but is not a talkwatch store.
    """
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return 0
    if schema.meta.name not in tables:
        listed = ", ".join(sorted(tables)[:5])
        raise StoreError(f"{where} is not a talkwatch store (it holds other tables: {listed})")
    # Rows unpack as (key, value) tuples; Result.tuples() is deprecated since SQLAlchemy 2.1.
    rows = {key: value for key, value in conn.execute(select(schema.meta.c.key, schema.meta.c.value))}
    if rows.get("application") != schema.APPLICATION or "schema_version" not in rows:
        raise StoreError(f"{where} is not a talkwatch store (its talkwatch_meta table is not ours)")
    return int(rows["schema_version"])


def upgrade(conn: Connection, version: int) -> None:
    """Run the steps from `version` to the current one; the caller commits each step."""
    step = STEPS[version]
    step(conn)
    table = schema.meta
    if version == 0:
        conn.execute(table.insert().values(key="schema_version", value=str(version + 1)))
    else:
        conn.execute(table.update().where(table.c.key == "schema_version").values(value=str(version + 1)))
