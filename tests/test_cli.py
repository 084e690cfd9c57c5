"""The talkwatch command: stores it refuses, re-ingesting, stdin, metadata options,
listing, export, version and help."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from talkwatch import __version__
from talkwatch.cli import app

JEDDAH = ("US and Ukrainian delegations met in Jeddah on 11 March 2025 for more than eight hours.\n\n"
          "Kyiv said afterwards that it was ready to accept a 30-day ceasefire if Moscow did the same.\n")
RIYADH = ("Russian and American officials met in Riyadh on 18 February 2025 without Ukraine at the table.\n\n"
          "They agreed to restore embassy staff and to name teams for talks on the war.\n")
MOSCOW = ("Steve Witkoff met Vladimir Putin in Moscow on 25 April 2025 for three hours of talks.\n\n"
          "The Kremlin called the meeting useful; no date was set for a next round.\n")
ERROR = "talkwatch: error: "


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _ingest(runner, db: Path, *args: str, **kwargs):
    return runner.invoke(app, ["ingest", *args, "--db", str(db)], **kwargs)


def _articles(runner, db: Path) -> list[dict]:
    result = runner.invoke(app, ["articles", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(ERROR)]


# --- a store file that is not a talkwatch store is refused, never changed ------------------------


def _text_file(tmp: Path) -> Path:
    return _write(tmp / "notes.db", "Jeddah, 11 March: call the delegation about the ceasefire text.\n")


def _other_sqlite(tmp: Path) -> Path:
    path = tmp / "bookmarks.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org/jeddah')")
    conn.commit()
    conn.close()
    return path


FOREIGN = [pytest.param(_text_file, id="text-file"), pytest.param(_other_sqlite, id="other-sqlite")]
COMMANDS = [pytest.param(["ingest", "jeddah.txt"], id="ingest"), pytest.param(["articles"], id="articles"),
            pytest.param(["export", "--format", "json"], id="export")]


def _invoke_on(runner, tmp_path, command, db):
    _write(tmp_path / "jeddah.txt", JEDDAH)
    args = [str(tmp_path / a) if a.endswith(".txt") else a for a in command]
    return runner.invoke(app, [*args, "--db", str(db)])


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("make", FOREIGN)
def test_foreign_store_exits_with_status_2(make, command, runner, tmp_path):
    result = _invoke_on(runner, tmp_path, command, make(tmp_path))
    assert (type(result.exception), result.exit_code) == (SystemExit, 2)


@pytest.mark.parametrize("make", FOREIGN)
def test_foreign_store_gets_one_error_line(make, runner, tmp_path):
    db = make(tmp_path)
    result = _invoke_on(runner, tmp_path, ["ingest", "jeddah.txt"], db)
    assert _error_lines(result.stderr) == [line for line in result.stderr.splitlines() if line.strip()]
    assert len(_error_lines(result.stderr)) == 1
    assert _error_lines(result.stderr)[0].startswith(f"{ERROR}{db} is not a talkwatch store")


@pytest.mark.parametrize("make", FOREIGN)
def test_foreign_store_shows_no_traceback(make, runner, tmp_path):
    result = _invoke_on(runner, tmp_path, ["ingest", "jeddah.txt"], make(tmp_path))
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("make", FOREIGN)
def test_foreign_store_file_is_unchanged(make, command, runner, tmp_path):
    db = make(tmp_path)
    before = db.read_bytes()
    _invoke_on(runner, tmp_path, command, db)
    assert db.read_bytes() == before


def test_missing_store_is_an_error_for_reading_commands(runner, tmp_path):
    result = runner.invoke(app, ["articles", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert _error_lines(result.stderr) == [f"{ERROR}{tmp_path / 'none.db'}: no store here "
                                           "(run 'talkwatch ingest' first, or give --db)"]


# --- ingest --------------------------------------------------------------------------------------


def test_ingest_prints_summary(runner, tmp_path):
    result = _ingest(runner, tmp_path / "s.db", str(_write(tmp_path / "jeddah.txt", JEDDAH)))
    assert (result.exit_code, result.stdout) == (0, "ingested 1, already known 0, failed 0\n")


def test_reingest_adds_nothing(runner, tmp_path):
    db = tmp_path / "s.db"
    inputs = [str(_write(tmp_path / "jeddah.txt", JEDDAH)), str(_write(tmp_path / "riyadh.md", RIYADH))]
    _ingest(runner, db, *inputs)
    result = _ingest(runner, db, *inputs)
    assert (result.exit_code, result.stdout) == (0, "ingested 0, already known 2, failed 0\n")


def test_reingest_keeps_one_copy(runner, tmp_path):
    db = tmp_path / "s.db"
    path = str(_write(tmp_path / "jeddah.txt", JEDDAH))
    _ingest(runner, db, path)
    _ingest(runner, db, path)
    assert len(_articles(runner, db)) == 1


def test_quiet_prints_no_summary(runner, tmp_path):
    result = _ingest(runner, tmp_path / "s.db", str(_write(tmp_path / "jeddah.txt", JEDDAH)), "--quiet")
    assert (result.exit_code, result.stdout) == (0, "")


def test_stdin_text_is_ingested(runner, tmp_path):
    result = _ingest(runner, tmp_path / "s.db", "-", input=JEDDAH)
    assert (result.exit_code, result.stdout) == (0, "ingested 1, already known 0, failed 0\n")


def test_stdin_article_source_is_stdin(runner, tmp_path):
    _ingest(runner, tmp_path / "s.db", "-", input=JEDDAH)
    assert [a["source"] for a in _articles(runner, tmp_path / "s.db")] == ["<stdin>"]


def test_stdin_json_lines_are_detected(runner, tmp_path):
    lines = "".join(json.dumps({"text": t, "title": title}) + "\n"
                    for t, title in ((JEDDAH, "Jeddah talks"), (RIYADH, "Riyadh talks")))
    _ingest(runner, tmp_path / "s.db", "-", input=lines)
    titles = sorted(a["title"] for a in _articles(runner, tmp_path / "s.db"))
    assert titles == ["Jeddah talks", "Riyadh talks"]


def test_stdin_over_size_limit_is_refused(runner, tmp_path):
    result = _ingest(runner, tmp_path / "s.db", "-", "--max-size", "1k", input=JEDDAH * 8)
    assert result.exit_code == 1
    assert _error_lines(result.stderr) == [f"{ERROR}<stdin>: input is over the 1 kB limit (see --max-size)"]


def test_published_option_fills_in_missing_date(runner, tmp_path):
    _ingest(runner, tmp_path / "s.db", str(_write(tmp_path / "a.txt", JEDDAH)), "--published", "2025-03-11")
    assert _articles(runner, tmp_path / "s.db")[0]["published"] == "2025-03-11"


def test_outlet_option_fills_in_missing_outlet(runner, tmp_path):
    _ingest(runner, tmp_path / "s.db", str(_write(tmp_path / "a.txt", JEDDAH)), "--outlet", "Harbor Wire")
    assert _articles(runner, tmp_path / "s.db")[0]["outlet"] == "Harbor Wire"


def _with_front_matter(tmp: Path) -> str:
    return str(_write(tmp / "moscow.md", "---\ntitle: Witkoff meets Putin\noutlet: Meridian Post\n"
                                         "published: 2025-04-25\n---\n" + MOSCOW))


def test_published_option_keeps_date_of_article(runner, tmp_path):
    _ingest(runner, tmp_path / "s.db", _with_front_matter(tmp_path), "--published", "2025-05-01")
    assert _articles(runner, tmp_path / "s.db")[0]["published"] == "2025-04-25"


def test_outlet_option_keeps_outlet_of_article(runner, tmp_path):
    _ingest(runner, tmp_path / "s.db", _with_front_matter(tmp_path), "--outlet", "Harbor Wire")
    assert _articles(runner, tmp_path / "s.db")[0]["outlet"] == "Meridian Post"


def test_bad_published_option_is_a_usage_error(runner, tmp_path):
    path = str(_write(tmp_path / "a.txt", JEDDAH))
    result = _ingest(runner, tmp_path / "s.db", path, "--published", "soon")
    assert result.exit_code == 2
    assert "not a date: 'soon'" in result.stderr


def test_bad_max_size_option_is_a_usage_error(runner, tmp_path):
    result = _ingest(runner, tmp_path / "s.db", str(_write(tmp_path / "a.txt", JEDDAH)), "--max-size", "lots")
    assert result.exit_code == 2
    assert "not a size: 'lots'" in result.stderr


# --- articles, export, version, help ----------------------------------------------------------------


def test_articles_json_lists_stored_articles(runner, tmp_path):
    db = tmp_path / "s.db"
    jeddah, riyadh = _write(tmp_path / "jeddah.txt", JEDDAH), _write(tmp_path / "riyadh.txt", RIYADH)
    _ingest(runner, db, str(jeddah), str(riyadh))
    assert sorted(a["source"] for a in _articles(runner, db)) == sorted([str(jeddah), str(riyadh)])


def test_articles_table_shows_count(runner, tmp_path):
    db = tmp_path / "s.db"
    _ingest(runner, db, str(_write(tmp_path / "jeddah.txt", JEDDAH)))
    result = runner.invoke(app, ["articles", "--db", str(db)])
    assert (result.exit_code, result.stdout.splitlines()[0].startswith("1 article")) == (0, True)


def test_export_json_is_valid(runner, tmp_path):
    db = tmp_path / "s.db"
    _ingest(runner, db, str(_write(tmp_path / "jeddah.txt", JEDDAH)), "--outlet", "Harbor Wire")
    result = runner.invoke(app, ["export", "--format", "json", "--db", str(db)])
    data = json.loads(result.stdout)
    assert (data["format"], [a["outlet"] for a in data["articles"]]) == ("talkwatch-export", ["Harbor Wire"])


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"talkwatch {__version__}\n")


def test_short_help_lists_commands(runner):
    result = runner.invoke(app, ["-h"])
    assert result.exit_code == 0
    assert all(command in result.stdout for command in ("ingest", "export", "articles"))


def test_command_help_shows_example(runner):
    result = runner.invoke(app, ["ingest", "-h"])
    assert (result.exit_code, "Example:" in result.stdout) == (0, True)



def test_a_fault_of_talkwatch_is_one_line_and_exit_70(monkeypatch, capsys):
    import talkwatch.cli as cli

    def broken() -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("TALKWATCH_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 70
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "internal error: IndexError: list index out of range" in lines[0]
    assert "Traceback" not in lines[0]
    monkeypatch.setenv("TALKWATCH_DEBUG", "1")
    with pytest.raises(IndexError):
        cli.main()
