"""Writing what extraction read from articles, and reading it back for views
and the export. An article's facts are replaced whole, a batch of articles in
one transaction: a batch that fails leaves its articles unread, to be read again."""

from __future__ import annotations

import json
from dataclasses import replace
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from . import schema

if TYPE_CHECKING:
    from ..extract import ActorInfo, ArticleFacts


def _upsert_actor(conn: Connection, actor: ActorInfo) -> ActorInfo:
    """Insert or merge an actor (aliases add up; a known side or role is kept); returns it as stored."""
    table = schema.actors
    row = conn.execute(select(table.c.aliases, table.c.role, table.c.country).where(table.c.id == actor.id)).first()
    if row is None:
        conn.execute(insert(table).values(id=actor.id, name=actor.name, kind=actor.kind, country=actor.country,
                                          role=actor.role, aliases=json.dumps(actor.aliases, ensure_ascii=False)))
        return actor
    stored = replace(actor, aliases=sorted(set(json.loads(row.aliases)) | set(actor.aliases)),
                     country=actor.country or row.country, role=actor.role or row.role)
    conn.execute(update(table).where(table.c.id == actor.id).values(
        name=stored.name, kind=stored.kind, aliases=json.dumps(stored.aliases, ensure_ascii=False),
        country=stored.country, role=stored.role))
    return stored


def _unchanged(actor: ActorInfo, known: dict[str, ActorInfo]) -> bool:
    seen = known.get(actor.id)
    return seen is not None and set(actor.aliases) <= set(seen.aliases) and actor.name == seen.name \
        and actor.role in (None, seen.role) and actor.country in (None, seen.country)


def save_facts(engine: Engine, batch: Sequence[ArticleFacts], when: str, known: dict[str, ActorInfo]) -> None:
    """Replace the stored facts of these articles with theirs, in one transaction: each
    table is written with one statement for the whole batch, not one per article.

    `known` holds the actors this process has already written; most articles
    name the same few, so only actors with something new are written again.
    """
    if not batch:
        return
    ids = [f.article for f in batch]
    with engine.begin() as conn:
        for table in (schema.mentions, schema.date_mentions, schema.events, schema.quotes, schema.positions):
            conn.execute(delete(table).where(table.c.article.in_(ids)))
        for table, field in ((schema.events, "events"), (schema.quotes, "quotes"), (schema.positions, "positions")):
            rows = [_to_row(table.name, r) for f in batch for r in getattr(f, field)]
            if rows:
                conn.execute(insert(table), rows)
        for actor in (a for f in batch for a in f.actors):
            if not _unchanged(actor, known):
                known[actor.id] = _upsert_actor(conn, actor)
        mentions = [{"article": f.article, "start": m.start, "end": m.end, "actor": m.actor, "text": m.text,
                     "kind": m.kind} for f in batch for m in f.mentions]
        if mentions:
            conn.execute(insert(schema.mentions), mentions)
        dates = [{"article": f.article, "start": d.start, "end": d.end, "text": d.text, "tense": d.tense,
                  "value": d.resolved.value if d.resolved else None,
                  "precision": d.resolved.precision if d.resolved else None,
                  "first": d.resolved.first if d.resolved else None,
                  "last": d.resolved.last if d.resolved else None} for f in batch for d in f.dates]
        if dates:
            conn.execute(insert(schema.date_mentions), dates)
        articles = schema.articles
        # Never overwrite a date read from metadata with an inferred one.
        inferred = [{"id_": f.article, "published": f.published, "published_inferred": f.published_inferred}
                    for f in batch if f.published_inferred or f.published is None]
        if inferred:
            conn.execute(update(articles).where(articles.c.id == bindparam("id_"), articles.c.published.is_(None)
                                                | articles.c.published_inferred), inferred)
        conn.execute(update(articles).where(articles.c.id.in_(ids)).values(extracted_at=when))


def _to_row(table: str, record: dict[str, Any]) -> dict[str, Any]:
    row = dict(record)
    for column in schema.JSON_COLUMNS.get(table, ()):
        row[column] = json.dumps(row[column], ensure_ascii=False)
    return row


def _from_row(table: str, row: Any) -> dict[str, Any]:
    out = dict(row._mapping)
    for column in schema.JSON_COLUMNS.get(table, ()):
        out[column] = json.loads(out[column])
    return out


def record_rows(engine: Engine, table_name: str) -> list[dict[str, Any]]:
    """Every event, quote or position, in article and text order."""
    table = schema.metadata.tables[table_name]
    with engine.connect() as conn:
        return [_from_row(table_name, r) for r in conn.execute(select(table).order_by(table.c.article, table.c.start))]


def actor_rows(engine: Engine, *, side: str | None = None, with_mentions: bool = True) -> list[dict[str, Any]]:
    """Actors with at least one mention, most mentioned first, each with its mentions
    (without them, `mentions` is empty: what linking and the views need is the rest)."""
    actors, mentions = schema.actors, schema.mentions
    query = select(actors).where(actors.c.id.in_(select(mentions.c.actor)))
    if side:
        query = query.where(func.upper(actors.c.country) == side.upper())
    by_actor: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
        wanted = {r["id"] for r in rows} if with_mentions else set()
        for m in conn.execute(select(mentions).order_by(mentions.c.article, mentions.c.start)) if wanted else ():
            if m.actor in wanted:
                by_actor[m.actor].append({"article": m.article, "start": m.start, "end": m.end, "text": m.text,
                                          "kind": m.kind})
    for r in rows:
        r["aliases"] = json.loads(r["aliases"])
        r["mentions"] = by_actor[r["id"]]
    rows.sort(key=lambda r: (-len(r["mentions"]), r["name"]))
    return rows


def date_rows(engine: Engine, article: str) -> list[dict[str, Any]]:
    table = schema.date_mentions
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(table).where(table.c.article == article).order_by(table.c.start))]


def timeline_state(engine: Engine) -> tuple[dict[str, str], dict[str, str]]:
    """(entry id -> kind, event id -> entry id) as stored."""
    with engine.connect() as conn:
        entries = {i: k for i, k in conn.execute(select(schema.timeline.c.id, schema.timeline.c.kind))}
        placed = {e: t for e, t in conn.execute(select(schema.timeline_events.c.event, schema.timeline_events.c.entry))}
    return entries, placed


def save_timeline(engine: Engine, rows: list[dict[str, Any]], removed: set[str], placed: dict[str, str],
                  unplaced: set[str]) -> None:
    """Write changed entries, drop emptied ones, and record where events were placed, in one transaction."""
    timeline, links = schema.timeline, schema.timeline_events
    with engine.begin() as conn:
        ids = [r["id"] for r in rows] + list(removed)
        if ids:
            conn.execute(delete(timeline).where(timeline.c.id.in_(ids)))
        if rows:
            conn.execute(insert(timeline), [{"id": r["id"], "kind": r["kind"], "date": r["date"],
                                             "data": json.dumps(r, ensure_ascii=False)} for r in rows])
        if unplaced:
            conn.execute(delete(links).where(links.c.event.in_(list(unplaced))))
        if placed:
            conn.execute(delete(links).where(links.c.event.in_(list(placed))))
            conn.execute(insert(links), [{"event": e, "entry": t} for e, t in placed.items()])


def timeline_rows(engine: Engine) -> list[dict[str, Any]]:
    table = schema.timeline
    with engine.connect() as conn:
        rows = [json.loads(d) for d in conn.execute(select(table.c.data)).scalars()]
    return sorted(rows, key=lambda r: (r.get("date") or "9999", r["id"]))
