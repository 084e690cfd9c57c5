"""The store: articles (and, as extraction lands, what is read from them) in
SQLite by default or any database SQLAlchemy reaches by URL.

A SQLite store runs in WAL mode so that readers (the CLI, the API) never block
an ingest. Each article is written in one transaction: a crash or a failed
input never leaves half an article behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..models import Article
from . import facts as _facts
from . import migrations, schema

if TYPE_CHECKING:
    from ..extract import ArticleFacts

__all__ = ["DEFAULT_DB", "ENV_DB", "Store", "resolve_db"]

DEFAULT_DB = "talkwatch.db"
ENV_DB = "TALKWATCH_DB"
_SQLITE_HEADER = b"SQLite format 3\x00"
_GAP_FIELDS = ("url", "outlet", "title", "published")


def resolve_db(db: str | None = None) -> str:
    """The store to use: the one given, else $TALKWATCH_DB, else talkwatch.db here."""
    return db or os.environ.get(ENV_DB) or DEFAULT_DB


def _is_url(db: str) -> bool:
    return "://" in db


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store here (run 'talkwatch ingest' first, or give --db)")
        if not path.parent.exists():
            raise StoreError(f"{path}: directory {path.parent} does not exist")
        return
    with path.open("rb") as fh:
        header = fh.read(len(_SQLITE_HEADER))
    if header and header != _SQLITE_HEADER:
        raise StoreError(f"{path} is not a talkwatch store (not a SQLite database)")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _article_row(row: Any) -> dict[str, Any]:
    out = dict(row._mapping)
    out["authors"] = json.loads(out.get("authors") or "[]")
    out["published_inferred"] = bool(out["published_inferred"])
    return out


class Store:
    """A talkwatch store, created or upgraded to the current schema when opened.

    Args:
        db: a SQLite file path or an SQLAlchemy URL; see `resolve_db` for the default.
        create: make a new store when there is none; when False, a missing
            SQLite file is an error (for commands that only read).
    """

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        self.location = resolve_db(db)
        if _is_url(self.location):
            url = self.location
        else:
            path = Path(self.location).expanduser()
            _check_sqlite_file(path, create)
            url = f"sqlite:///{path.resolve()}"
        try:
            self.engine: Engine = create_engine(url)
        except (SQLAlchemyError, ImportError) as err:
            raise StoreError(f"{self.location}: cannot open store ({err})") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._migrate()
        self._written_actors: dict[str, Any] = {}

    def _migrate(self) -> None:
        try:
            with self.engine.begin() as conn:
                version = migrations.current_version(conn, self.location)
            if version > schema.SCHEMA_VERSION:
                raise StoreError(f"{self.location} was written by a newer talkwatch (schema {version}, "
                                 f"this one knows up to {schema.SCHEMA_VERSION}); upgrade talkwatch")
            while version < schema.SCHEMA_VERSION:
                with self.engine.begin() as conn:
                    migrations.upgrade(conn, version)
                version += 1
            if self.engine.dialect.name == "sqlite":
                # WAL mode is written into the file, so it is set only once the file is known to be ours.
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        except SQLAlchemyError as err:
            raise StoreError(f"{self.location} is not a usable store ({err.__class__.__name__}: "
                             f"{str(err.orig if hasattr(err, 'orig') else err).splitlines()[0]})") from None

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return migrations.current_version(conn, self.location)

    def add_article(self, article: Article) -> bool:
        """Store an article unless its text is already stored; True when it was new.

        A known article gets the extra source recorded, and metadata it lacked
        (date, outlet, title, URL) filled in from this copy; nothing is overwritten.
        """
        aid, now = article.id, _now()
        try:
            with self.engine.begin() as conn:
                row = conn.execute(select(schema.articles).where(schema.articles.c.id == aid)).first()
                if row is None:
                    conn.execute(insert(schema.articles).values(
                        id=aid, source=article.source, url=article.url, outlet=article.outlet,
                        title=article.title, authors=json.dumps(article.authors, ensure_ascii=False),
                        published=article.published, published_inferred=article.published_inferred,
                        text=article.text, ingested_at=now,
                    ))
                else:
                    gaps = {f: getattr(article, f) for f in _GAP_FIELDS
                            if getattr(row, f) is None and getattr(article, f) is not None}
                    if row.published_inferred and article.published and not article.published_inferred:
                        gaps.update(published=article.published, published_inferred=False)
                    if gaps:
                        conn.execute(update(schema.articles).where(schema.articles.c.id == aid).values(**gaps))
                known = conn.execute(select(schema.article_sources.c.source).where(
                    schema.article_sources.c.article == aid, schema.article_sources.c.source == article.source)).first()
                if known is None:
                    conn.execute(insert(schema.article_sources).values(article=aid, source=article.source, seen_at=now))
                return row is None
        except IntegrityError:
            return False  # another process stored the same article at the same moment

    def articles(self) -> list[dict[str, Any]]:
        """Every stored article as a dict of its columns, oldest publication first (undated last)."""
        table = schema.articles
        query = select(table).order_by(table.c.published.is_(None), table.c.published, table.c.ingested_at, table.c.id)
        with self.engine.connect() as conn:
            return [_article_row(r) for r in conn.execute(query)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.articles).where(schema.articles.c.id == article_id)).first()
        return _article_row(row) if row is not None else None

    def sources(self, article_id: str) -> list[str]:
        """Every input the article was read from, first seen first."""
        table = schema.article_sources
        query = select(table.c.source).where(table.c.article == article_id).order_by(table.c.seen_at, table.c.source)
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def articles_to_extract(self, *, every: bool = False) -> list[dict[str, Any]]:
        """Articles the NLP pass has not read yet (all of them with `every`), oldest first."""
        table = schema.articles
        query = select(table.c.id, table.c.text, table.c.published, table.c.published_inferred)
        if not every:
            query = query.where(table.c.extracted_at.is_(None))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(table.c.ingested_at, table.c.id))]

    def published_dates(self) -> list[str]:
        """Publication dates read from metadata: the prior for dating the others."""
        table = schema.articles
        query = select(table.c.published).where(table.c.published.is_not(None), table.c.published_inferred.is_(False))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def save_facts(self, batch: Sequence[ArticleFacts]) -> None:
        """Replace what is stored as read from these articles (mentions, dates, actors, events,
        quotes, positions), in one transaction."""
        _facts.save_facts(self.engine, batch, _now(), self._written_actors)

    def actors(self, *, side: str | None = None, with_mentions: bool = True) -> list[dict[str, Any]]:
        """Mentioned actors, most mentioned first, with their mentions unless told not to."""
        return _facts.actor_rows(self.engine, side=side, with_mentions=with_mentions)

    def events(self) -> list[dict[str, Any]]:
        return _facts.record_rows(self.engine, "events")

    def quotes(self) -> list[dict[str, Any]]:
        return _facts.record_rows(self.engine, "quotes")

    def positions(self) -> list[dict[str, Any]]:
        return _facts.record_rows(self.engine, "positions")

    def timeline(self) -> list[dict[str, Any]]:
        """Timeline entries, oldest first (undated last)."""
        return _facts.timeline_rows(self.engine)

    def timeline_state(self) -> tuple[dict[str, str], dict[str, str]]:
        return _facts.timeline_state(self.engine)

    def save_timeline(self, rows: list[dict[str, Any]], removed: set[str], placed: dict[str, str],
                      unplaced: set[str]) -> None:
        _facts.save_timeline(self.engine, rows, removed, placed, unplaced)

    def dates(self, article_id: str) -> list[dict[str, Any]]:
        """The date expressions of an article, resolved or not."""
        return _facts.date_rows(self.engine, article_id)

    def save_links(self, duplicate_of: dict[str, str], rewrite_of: dict[str, str], story: dict[str, str]) -> None:
        """Write the cross-article links of every article (None where it has none), in one transaction."""
        table = schema.articles
        with self.engine.begin() as conn:
            current = conn.execute(select(table.c.id, table.c.duplicate_of, table.c.rewrite_of, table.c.story))
            for aid, dup, rewrite, old_story in current.all():
                new = (duplicate_of.get(aid), rewrite_of.get(aid), story.get(aid))
                if new != (dup, rewrite, old_story):  # most articles keep their links between runs
                    conn.execute(update(table).where(table.c.id == aid).values(
                        duplicate_of=new[0], rewrite_of=new[1], story=new[2]))

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.articles)).scalar_one())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Per-connection settings only: nothing here may change the file (see _migrate for WAL).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # In WAL mode NORMAL cannot corrupt the file; it only skips the disk sync at each commit
    # (one article a commit), which FULL pays for durability of the very last commits on power loss.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
