"""The NLP pass from the command line: `talkwatch extract`, `talkwatch actors`,
--workers, and actor mentions in the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talkwatch.cli import app

pytestmark = pytest.mark.model

MOSCOW = ("Steve Witkoff met Vladimir Putin in Moscow on Thursday.\n\n"
          "The Kremlin said the talks were useful. Yuri Ushakov said he expected more meetings.\n")
ISTANBUL = ("Ukraine's chief negotiator Taras Hrytsenko flew to Istanbul on Monday.\n\n"
            "Hrytsenko said Kyiv wanted a full ceasefire. Andrii Sybiha backed the demand.\n")
PHONE = ("Marco Rubio spoke with Sergei Lavrov by phone on Saturday.\n\n"
         "TASS reported that the two discussed a prisoner exchange.\n")
ACTOR_FIELDS = {"id", "name", "kind", "country", "role", "aliases", "mention_count"}


def _write_articles(directory: Path, texts: list[str]) -> Path:
    directory.mkdir(exist_ok=True)
    for n, text in enumerate(texts):
        (directory / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    return directory


def _ingest(runner, tmp_path: Path, *args: str, texts: list[str] | None = None,
            db_name: str = "s.db") -> Path:
    inputs = _write_articles(tmp_path / "in", texts or [MOSCOW, ISTANBUL, PHONE])
    db = tmp_path / db_name
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return db


def _run(runner, *args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _actors(runner, db: Path, *args: str) -> list[dict]:
    return json.loads(_run(runner, "actors", "--json", "--db", str(db), *args).stdout)


def _export(runner, db: Path) -> dict:
    return json.loads(_run(runner, "export", "--format", "json", "--db", str(db)).stdout)


# --- talkwatch actors ---------------------------------------------------------------------------------------


def test_actors_json_fields(runner, tmp_path):
    actors = _actors(runner, _ingest(runner, tmp_path))
    assert [set(a) for a in actors] == [ACTOR_FIELDS] * len(actors)


def test_actors_json_counts_mentions(runner, tmp_path):
    actors = _actors(runner, _ingest(runner, tmp_path))
    # "Taras Hrytsenko", then "Hrytsenko".
    assert next(a["mention_count"] for a in actors if a["id"] == "taras-hrytsenko") == 2


def test_actors_lists_unknown_person_with_side_and_role(runner, tmp_path):
    actors = _actors(runner, _ingest(runner, tmp_path))
    person = next(a for a in actors if a["id"] == "taras-hrytsenko")
    assert (person["kind"], person["country"], person["role"]) == ("person", "UKR", "chief negotiator")


def test_actors_side_filter_keeps_only_that_side(runner, tmp_path):
    actors = _actors(runner, _ingest(runner, tmp_path), "--side", "RUS")
    assert {a["country"] for a in actors} == {"RUS"}


def test_actors_side_filter_drops_other_sides(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    everyone, russians = _actors(runner, db), _actors(runner, db, "--side", "RUS")
    dropped = {a["id"] for a in everyone} - {a["id"] for a in russians}
    assert dropped >= {"steve-witkoff", "UKR", "outlet:TASS"}


def test_actors_side_filter_ignores_case(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    assert _actors(runner, db, "--side", "rus") == _actors(runner, db, "--side", "RUS")


def test_actors_table_is_titled_with_count(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    result = _run(runner, "actors", "--db", str(db))
    assert result.stdout.splitlines()[0] == f"{len(_actors(runner, db))} actors"


# --- talkwatch extract ------------------------------------------------------------------------------------


def test_ingest_no_extract_leaves_no_actors(runner, tmp_path):
    assert _actors(runner, _ingest(runner, tmp_path, "--no-extract")) == []


def test_extract_reads_new_articles(runner, tmp_path):
    db = _ingest(runner, tmp_path, "--no-extract")
    assert _run(runner, "extract", "--db", str(db)).stdout == "extracted 3\n"


def test_extract_skips_articles_already_read(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    assert _run(runner, "extract", "--db", str(db)).stdout == "extracted 0\n"


def test_extract_all_rereads_every_article(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    assert _run(runner, "extract", "--all", "--db", str(db)).stdout == "extracted 3\n"


def test_extract_all_gives_same_actors(runner, tmp_path):
    db = _ingest(runner, tmp_path)
    before = _actors(runner, db)
    _run(runner, "extract", "--all", "--db", str(db))
    assert _actors(runner, db) == before


def test_extract_quiet_prints_nothing(runner, tmp_path):
    db = _ingest(runner, tmp_path, "--no-extract")
    assert _run(runner, "extract", "--quiet", "--db", str(db)).stdout == ""


# --- --workers ----------------------------------------------------------------------------------------------

# More articles than one batch (16), so that two workers each get some; distinct texts, or ingest
# would store one of each.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BASES = ((MOSCOW, "Thursday"), (ISTANBUL, "Monday"), (PHONE, "Saturday"))
MANY = [text.replace(old, day) for text, old in BASES for day in WEEKDAYS]


def test_workers_give_same_mentions(runner, tmp_path):
    one = _ingest(runner, tmp_path, "--workers", "1", texts=MANY, db_name="one.db")
    two = _ingest(runner, tmp_path, "--workers", "2", texts=MANY, db_name="two.db")
    assert _export(runner, two)["actors"] == _export(runner, one)["actors"]


def test_workers_read_every_article(runner, tmp_path):
    db = _ingest(runner, tmp_path, "--no-extract", texts=MANY)
    assert _run(runner, "extract", "--workers", "2", "--db", str(db)).stdout == f"extracted {len(MANY)}\n"


# --- export -------------------------------------------------------------------------------------------------


def test_export_actor_mentions_have_article_offsets_and_text(runner, tmp_path):
    data = _export(runner, _ingest(runner, tmp_path))
    keys = [set(m) for a in data["actors"] for m in a["mentions"]]
    assert keys and all(k >= {"article", "start", "end", "text"} for k in keys)


def test_export_mention_offsets_slice_article_text(runner, tmp_path):
    data = _export(runner, _ingest(runner, tmp_path))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    wrong = [m for a in data["actors"] for m in a["mentions"]
             if texts[m["article"]][m["start"]:m["end"]] != m["text"]]
    assert wrong == []


def test_export_lists_pronoun_mention(runner, tmp_path):
    data = _export(runner, _ingest(runner, tmp_path))
    ushakov = next(a for a in data["actors"] if a["id"] == "yuri-ushakov")
    assert [m["text"] for m in ushakov["mentions"]] == ["Yuri Ushakov", "he"]


def test_a_dateline_without_a_year_takes_the_year_the_text_points_to(runner, tmp_path):
    # Geneva talks of 23 Nov 2025 named: the dateline's "Nov 24" is 2025's, whatever today's year
    text = ("LONDON, Nov 24 -- Britain, France and Germany have drawn up a counter-proposal to the US plan, "
            "presented to American officials at the Geneva talks on Sunday.\n")
    db = _ingest(runner, tmp_path, texts=[text])
    result = _run(runner, "export", "--db", str(db), "--format", "json")
    assert [a["published"] for a in json.loads(result.output)["articles"]] == ["2025-11-24"]
