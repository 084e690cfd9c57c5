"""The store: every article once, its sources, gap filling, schema version, SQLite set-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from talkwatch import Article, Store, StoreError
from talkwatch.models import article_id
from talkwatch.store import DEFAULT_DB, ENV_DB, resolve_db
from talkwatch.store.schema import SCHEMA_VERSION

TEXT = ("Envoys from Washington and Moscow met in Riyadh on Monday to discuss a \u201cpause\u201d in fighting"
        " at sea.\n\nBoth delegations called the talks useful \u2014 and said experts would meet again.")
# The same words as TEXT, copied with other whitespace and straight quotes and dashes.
TEXT_COPY = ("Envoys from Washington and Moscow met in Riyadh on Monday\nto discuss a \"pause\" in fighting"
             "   at sea.  \n\n\nBoth delegations called the talks useful - and said experts"
             " would meet again.\n")


def article(text: str = TEXT, source: str = "a.txt", **meta: object) -> Article:
    return Article(text=text, source=source, **meta)


def full_article() -> Article:
    return article(title="Envoys meet in Riyadh", outlet="Harbor Wire", published="2025-03-24",
                   published_inferred=True, url="https://harborwire.example.org/riyadh",
                   authors=["Mira Holt", "Dan Ortega"])


def meta_value(path: Path, key: str) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM talkwatch_meta WHERE key = ?", (key,)).fetchone()
    conn.close()
    return row[0] if row else None


# --- articles -------------------------------------------------------------------------------


def test_add_then_read_back_every_field(store: Store) -> None:
    given = full_article()
    assert store.add_article(given) is True
    row = store.article(given.id)
    assert row is not None
    assert row["id"] == given.id
    for name in ("text", "source", "title", "outlet", "published", "published_inferred", "url", "authors"):
        assert row[name] == getattr(given, name), name


def test_articles_lists_what_was_added(store: Store) -> None:
    given = full_article()
    store.add_article(given)
    [row] = store.articles()
    assert row == store.article(given.id)
    assert store.count_articles() == 1


def test_missing_metadata_reads_back_as_none(store: Store) -> None:
    given = article()
    store.add_article(given)
    row = store.article(given.id)
    assert (row["title"], row["outlet"], row["published"], row["url"]) == (None, None, None, None)
    assert (row["published_inferred"], row["authors"]) == (False, [])
    assert (row["duplicate_of"], row["rewrite_of"], row["story"]) == (None, None, None)


def test_unknown_article_is_none(store: Store) -> None:
    assert store.article("0123456789abcdef") is None


def test_article_id_is_the_hash_of_the_normalised_text() -> None:
    assert article().id == article(TEXT_COPY).id == article_id(TEXT)
    assert len(article().id) == 16


def test_same_text_twice_is_one_article_with_two_sources(store: Store) -> None:
    assert store.add_article(article(TEXT, "first.txt")) is True
    assert store.add_article(article(TEXT_COPY, "https://mirror.example.org/copy")) is False
    assert store.count_articles() == 1
    aid = article().id
    assert store.sources(aid) == ["first.txt", "https://mirror.example.org/copy"]
    assert store.article(aid)["source"] == "first.txt"
    assert store.article(aid)["text"] == TEXT  # the first copy's text stays


def test_same_source_twice_is_recorded_once(store: Store) -> None:
    store.add_article(article(source="a.txt"))
    store.add_article(article(source="a.txt"))
    assert store.sources(article().id) == ["a.txt"]


def test_second_copy_fills_a_missing_published_date(store: Store) -> None:
    store.add_article(article(source="first.txt"))
    store.add_article(article(TEXT_COPY, "second.txt", published="2025-03-24"))
    assert store.article(article().id)["published"] == "2025-03-24"


def test_second_copy_fills_every_missing_field(store: Store) -> None:
    store.add_article(article(source="first.txt"))
    store.add_article(article(TEXT_COPY, "second.txt", outlet="Harbor Wire", title="Envoys meet",
                              url="https://harborwire.example.org/riyadh"))
    row = store.article(article().id)
    assert (row["outlet"], row["title"], row["url"]) == ("Harbor Wire", "Envoys meet",
                                                         "https://harborwire.example.org/riyadh")


def test_second_copy_never_overwrites(store: Store) -> None:
    store.add_article(article(source="first.txt", published="2025-03-24", outlet="Harbor Wire", title="One"))
    store.add_article(article(TEXT_COPY, "second.txt", published="2025-03-25", outlet="CNN", title="Two"))
    row = store.article(article().id)
    assert (row["published"], row["outlet"], row["title"]) == ("2025-03-24", "Harbor Wire", "One")


def test_articles_are_ordered_by_publication_undated_last(store: Store) -> None:
    store.add_article(article("Undated report of the talks.", "c.txt"))
    store.add_article(article("Later report of the talks.", "b.txt", published="2025-04-25"))
    store.add_article(article("Earlier report of the talks.", "a.txt", published="2025-02-18"))
    assert [row["published"] for row in store.articles()] == ["2025-02-18", "2025-04-25", None]


# --- the database ---------------------------------------------------------------------------


def test_schema_version_is_current_and_stored_in_talkwatch_meta(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(str(path)) as store:
        assert store.schema_version == SCHEMA_VERSION
    assert meta_value(path, "schema_version") == str(SCHEMA_VERSION)
    assert meta_value(path, "application") == "talkwatch"


def test_reopened_store_keeps_its_articles(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    given = full_article()
    with Store(path) as store:
        store.add_article(given)
        store.add_article(article(TEXT_COPY, "second.txt"))
    with Store(path, create=False) as store:
        assert store.count_articles() == 1
        assert store.article(given.id)["title"] == given.title
        assert store.sources(given.id) == ["a.txt", "second.txt"]


def test_sqlite_store_is_in_wal_mode(store: Store, tmp_path: Path) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(sql("PRAGMA journal_mode")).scalar() == "wal"
    # WAL is a property of the file: a plain connection sees it too.
    conn = sqlite3.connect(tmp_path / "store.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_store_of_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE talkwatch_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(str(path))
    assert meta_value(path, "schema_version") == str(SCHEMA_VERSION + 1)  # refused, not changed


def test_empty_sqlite_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store(str(path)) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.add_article(article()) is True
    assert meta_value(path, "schema_version") == str(SCHEMA_VERSION)


def test_sqlite_database_without_tables_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    with Store(str(path)) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_missing_file_without_create_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no store"):
        Store(str(path), create=False)
    assert not path.exists()


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "nowhere" / "s.db"))


def test_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not a talkwatch store"):
        Store(str(path))
    assert path.read_text(encoding="utf-8") == "shopping list\n"


def test_other_sqlite_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a talkwatch store"):
        Store(str(path))
    assert path.read_bytes() == before


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory"):
        Store(str(tmp_path))


def test_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'url.db'}") as store:
        store.add_article(article())
        assert store.count_articles() == 1


# --- which store -----------------------------------------------------------------------------


def test_talkwatch_db_env_var_chooses_the_default_store(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "from-env.db"
    monkeypatch.setenv(ENV_DB, str(chosen))
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        store.add_article(article())
        assert store.location == str(chosen)
    assert chosen.is_file()
    assert not (tmp_path / DEFAULT_DB).exists()


def test_without_env_var_the_default_is_talkwatch_db_here(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DB, raising=False)
    monkeypatch.chdir(tmp_path)
    with Store():
        pass
    assert (tmp_path / "talkwatch.db").is_file()


def test_given_db_wins_over_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DB, str(tmp_path / "from-env.db"))
    assert resolve_db(str(tmp_path / "given.db")) == str(tmp_path / "given.db")


# A store as talkwatch 0.1 wrote it (schema 1), to check the upgrade path.
SCHEMA_1 = """
CREATE TABLE talkwatch_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (id VARCHAR(32) PRIMARY KEY, source TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT,
    authors TEXT NOT NULL, published VARCHAR(10), published_inferred BOOLEAN NOT NULL, text TEXT NOT NULL,
    duplicate_of VARCHAR(32), rewrite_of VARCHAR(32), story VARCHAR(64), ingested_at VARCHAR(32) NOT NULL);
CREATE TABLE article_sources (article VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source TEXT NOT NULL, seen_at VARCHAR(32) NOT NULL, PRIMARY KEY (article, source));
INSERT INTO talkwatch_meta VALUES ('application', 'talkwatch'), ('schema_version', '1');
INSERT INTO articles VALUES ('00000000000000aa', 'old.txt', NULL, 'Harbor Wire', 'Old report', '[]', '2025-03-11', 0,
    'Ukraine accepted a 30-day ceasefire proposal in Jeddah.', NULL, NULL, NULL, '2025-03-12T00:00:00+00:00');
"""


@pytest.mark.issue(3)
def test_schema_1_store_is_upgraded_keeping_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_1)
    conn.close()
    with Store(str(path)) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [a["title"] for a in store.articles()] == ["Old report"]
        assert [a["id"] for a in store.articles_to_extract()] == ["00000000000000aa"]
