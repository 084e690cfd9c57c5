"""The export format (spec/EXPORT.md): its JSON Schema, the scorer reading it, and the other formats."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import EXAMPLES, REPO, SCORER
from talkwatch import Store, TalkwatchError, export, export_data, ingest
from talkwatch.cli import app
from talkwatch.export import FIELDS, LISTS

SPEC = REPO.parent / "shared" / "spec" / "EXPORT.md"


def load_schema() -> dict[str, Any]:
    return json.loads((files("talkwatch") / "schemas" / "export.v1.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return load_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the sample corpus, ingested once for this module."""
    path = str(tmp_path_factory.mktemp("examples") / "examples.db")
    with Store(path) as store:
        report = ingest([str(EXAMPLES)], store)
    assert report.failed == 0, report.errors
    return path


@pytest.fixture
def examples_store(examples_db: str) -> Store:
    with Store(examples_db, create=False) as store:
        yield store


# --- the schema -----------------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_is_package_data() -> None:
    # pyproject.toml must ship it: setuptools reads this pattern when it builds the wheel.
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"schemas/*.json"' in pyproject
    assert (files("talkwatch") / "schemas" / "export.v1.json").is_file()


def test_export_of_the_examples_validates(validator: jsonschema.Draft202012Validator,
                                          examples_store: Store) -> None:
    data = export_data(examples_store)
    assert data["articles"]
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_export_after_json_round_trip_validates(validator: jsonschema.Draft202012Validator,
                                                examples_store: Store) -> None:
    validator.validate(json.loads(export(examples_store, "json")))


def minimal_export() -> dict[str, Any]:
    article = {"id": "a1", "source": "a.txt", "outlet": None, "title": None, "published": "2025-03",
               "published_inferred": False, "text": "Talks.", "duplicate_of": None, "rewrite_of": None,
               "story": None}
    event = {"id": "e1", "article": "a1", "kind": "meeting", "plover": "CONSULT", "actors": ["USA", "RUS"],
             "source": ["USA"], "target": ["RUS"], "location": "Riyadh", "date": "2025-03-24",
             "date_text": "on Monday", "status": "occurred", "sentence": "Talks.", "start": 0, "end": 6,
             "confidence": 0.9}
    return {"format": "talkwatch-export", "version": 1, "articles": [article], "actors": [],
            "events": [event], "quotes": [], "positions": [], "timeline": []}


def test_schema_accepts_a_hand_written_export(validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(minimal_export())


def test_schema_allows_extra_fields(validator: jsonschema.Draft202012Validator) -> None:
    data = minimal_export()
    data["generator"] = "talkwatch 0.1.0"
    data["articles"][0]["language"] = "en"
    validator.validate(data)


@pytest.mark.parametrize(("where", "value"), [
    (("articles", "published"), "24/03/2025"),
    (("articles", "published"), "2025-3-24"),
    (("articles", "published_inferred"), "no"),
    (("articles", "duplicate_of"), 7),
    (("events", "status"), "finished"),
    (("events", "confidence"), 1.5),
    (("events", "start"), -1),
    (("events", "actors"), "USA"),
])
def test_schema_rejects_a_wrong_value(validator: jsonschema.Draft202012Validator, where: tuple[str, str],
                                      value: Any) -> None:
    data = minimal_export()
    data[where[0]][0][where[1]] = value
    assert not validator.is_valid(data)


@pytest.mark.parametrize("field", ["id", "text", "published", "story"])
def test_schema_rejects_a_missing_article_field(validator: jsonschema.Draft202012Validator,
                                                field: str) -> None:
    data = minimal_export()
    del data["articles"][0][field]
    assert not validator.is_valid(data)


@pytest.mark.parametrize("key", ["format", "version", *LISTS])
def test_schema_rejects_a_missing_top_level_key(validator: jsonschema.Draft202012Validator, key: str) -> None:
    data = minimal_export()
    del data[key]
    assert not validator.is_valid(data)


# --- the schema against the spec ------------------------------------------------------------


def spec_text() -> str:
    if not SPEC.is_file():
        pytest.skip("../shared/spec/EXPORT.md is not beside the repository")
    return SPEC.read_text(encoding="utf-8")


def spec_lists(text: str) -> dict[str, str]:
    """{"articles": "Article", ...} from the outline at the top of the spec."""
    return dict(re.findall(r'"(\w+)":\s*\[(\w+)\]', text))


def spec_tables(text: str) -> dict[str, list[tuple[str, str, str]]]:
    """{"Article": [(field, type, meaning), ...], ...} from the spec's field tables."""
    tables: dict[str, list[tuple[str, str, str]]] = {}
    section = None
    for line in text.splitlines():
        heading = re.match(r"^##\s+(\w+)\s*$", line)
        if heading:
            section = heading[1]
            continue
        if section is None or not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] in ("field", "") or set(cells[0]) <= set("-: "):
            continue
        for name in cells[0].split(","):
            meaning = cells[2] if len(cells) > 2 else ""
            tables.setdefault(section, []).append((name.strip(), cells[1], meaning))
    return tables


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/$defs/"), ref
        node = {**schema["$defs"][ref.removeprefix("#/$defs/")],
                **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def json_types(node: dict[str, Any]) -> set[str]:
    names = {str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}
    if "enum" in node:
        return {names[type(v)] for v in node["enum"]}
    if "const" in node:
        return {names[type(node["const"])]}
    kind = node["type"]
    return set(kind) if isinstance(kind, list) else {kind}


def expected_types(spec_type: str) -> set[str]:
    """The JSON types a type written in the spec ("date or null", "[actor id]", "int", ...) allows."""
    spec_type = spec_type.strip("`")
    if spec_type.startswith("["):
        return {"array"}
    nullable = spec_type.endswith(" or null")
    base = spec_type.removesuffix(" or null")
    if base in ("string", "date") or base.endswith(" id"):
        types = {"string"}
    elif base == "bool":
        types = {"boolean"}
    elif base == "int":
        types = {"integer"}
    elif base.startswith("number"):
        types = {"number"}
    else:
        raise AssertionError(f"type {spec_type!r} of spec/EXPORT.md is not known to this test")
    return types | {"null"} if nullable else types


def spec_fields() -> list[tuple[str, str, str, str, str]]:
    """(list, record name, field, type, meaning) for every field row of the spec."""
    text = spec_text()
    lists, tables = spec_lists(text), spec_tables(text)
    return [(name, record, *row) for name, record in lists.items() for row in tables[record]]


def test_spec_parses_into_six_lists() -> None:
    text = spec_text()
    assert set(spec_lists(text)) == set(LISTS)
    assert set(spec_lists(text).values()) <= set(spec_tables(text))


def test_every_spec_list_is_required_by_the_schema(schema: dict[str, Any]) -> None:
    for name, record in spec_lists(spec_text()).items():
        assert name in schema["required"]
        assert schema["properties"][name]["items"] == {"$ref": f"#/$defs/{record}"}


def test_every_spec_field_is_in_the_schema_and_in_fields(schema: dict[str, Any]) -> None:
    for name, record, field, _type, _meaning in spec_fields():
        assert field in schema["$defs"][record]["properties"], f"{record}.{field} missing from the schema"
        assert field in schema["$defs"][record]["required"], f"{record}.{field} not required by the schema"
        assert field in FIELDS[name], f"{name}.{field} missing from talkwatch.export.FIELDS"


def test_fields_lists_the_spec_fields_first_in_spec_order() -> None:
    by_list: dict[str, list[str]] = {}
    for name, _record, field, _type, _meaning in spec_fields():
        by_list.setdefault(name, []).append(field)
    for name, fields in by_list.items():
        assert FIELDS[name][:len(fields)] == fields, name


def test_every_spec_field_has_the_spec_type_in_the_schema(schema: dict[str, Any]) -> None:
    for _name, record, field, spec_type, _meaning in spec_fields():
        node = resolve(schema, schema["$defs"][record]["properties"][field])
        assert json_types(node) == expected_types(spec_type), f"{record}.{field}: {spec_type}"
        if spec_type.startswith("date"):
            assert node["pattern"] == r"^\d{4}(-\d{2}(-\d{2})?)?$", f"{record}.{field}"
        if spec_type.startswith("number 0..1"):
            assert (node["minimum"], node["maximum"]) == (0, 1)
        if spec_type.startswith("[{"):
            item = resolve(schema, node["items"])
            keys = [k.strip() for k in spec_type.strip("[{}]").split(",")]
            assert set(keys) <= set(item["required"]), f"{record}.{field}"
        elif spec_type.startswith("["):
            assert json_types(resolve(schema, node["items"])) == {"string"}, f"{record}.{field}"


def test_every_spec_value_list_is_an_enum_in_the_schema(schema: dict[str, Any]) -> None:
    # "`occurred`, `ongoing`, `planned`, `hypothetical`": the only values the field takes.
    value_list = re.compile(r"^`[\w-]+`(?:,\s*`[\w-]+`)*$")
    checked = 0
    for _name, record, field, _type, meaning in spec_fields():
        if value_list.match(meaning):
            node = resolve(schema, schema["$defs"][record]["properties"][field])
            assert node.get("enum") == re.findall(r"`([\w-]+)`", meaning), f"{record}.{field}"
            checked += 1
    assert checked >= 3  # Actor.kind, Event.status, Position.stance


def test_timeline_status_is_the_event_status(schema: dict[str, Any]) -> None:
    event = resolve(schema, schema["$defs"]["Event"]["properties"]["status"])
    entry = resolve(schema, schema["$defs"]["TimelineEntry"]["properties"]["status"])
    assert entry["enum"] == event["enum"] == ["occurred", "ongoing", "planned", "hypothetical"]


# --- the scorer reads the export --------------------------------------------------------------


def test_scorer_reads_an_export_of_the_seeds(seeds: Path, tmp_path: Path, store: Store) -> None:
    if not SCORER.is_file():
        pytest.skip("../shared/eval/score.py is not beside the repository")
    ingest([str(seeds)], store)
    out = tmp_path / "seeds.json"
    export(store, "json", out)
    result = subprocess.run([sys.executable, str(SCORER), str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^articles_seen\s+5/5$", result.stdout, re.M), result.stdout
    assert re.search(r"^published_dates\s+2/3$", result.stdout, re.M), result.stdout


# --- formats --------------------------------------------------------------------------------


def test_json_is_the_format_object(examples_store: Store) -> None:
    data = json.loads(export(examples_store, "json"))
    assert (data["format"], data["version"]) == ("talkwatch-export", 1)
    assert data == json.loads(json.dumps(export_data(examples_store)))


def test_json_with_output_writes_a_file(examples_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "talks.json"
    assert export(examples_store, "json", out) is None
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(export(examples_store, "json"))


def test_cli_json_with_o_writes_a_file(runner, examples_db: str, tmp_path: Path) -> None:
    out = tmp_path / "talks.json"
    result = runner.invoke(app, ["export", "--db", examples_db, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "talkwatch-export"
    with Store(examples_db, create=False) as store:
        assert len(data["articles"]) == store.count_articles()


def test_jsonl_is_a_header_then_one_record_a_line(examples_store: Store) -> None:
    lines = export(examples_store, "jsonl").splitlines()
    header, records = json.loads(lines[0]), [json.loads(line) for line in lines[1:]]
    assert header == {"record": "header", "format": "talkwatch-export", "version": 1}
    assert {r["record"] for r in records} == {"article"}
    assert [r["id"] for r in records] == [a["id"] for a in export_data(examples_store)["articles"]]
    assert all(set(FIELDS["articles"]) <= set(r) for r in records)


def test_csv_without_output_is_the_articles_table(examples_store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export(examples_store, "csv"))))
    articles = export_data(examples_store)["articles"]
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    assert list(rows[0]) == FIELDS["articles"]
    # Texts with their paragraph breaks survive the CSV quoting; lists are JSON text.
    assert [r["text"] for r in rows] == [a["text"] for a in articles]
    assert [json.loads(r["sources"]) for r in rows] == [a["sources"] for a in articles]


def test_csv_table_option_picks_another_list(examples_store: Store) -> None:
    rows = list(csv.reader(io.StringIO(export(examples_store, "csv", table="events"))))
    assert rows == [FIELDS["events"]]


def test_csv_with_output_writes_one_table_per_list(examples_store: Store, tmp_path: Path) -> None:
    export(examples_store, "csv", tmp_path / "tables")
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted(f"{name}.csv" for name in LISTS)
    with (tmp_path / "tables" / "articles.csv").open(encoding="utf-8", newline="") as fh:
        ids = [row["id"] for row in csv.DictReader(fh)]
    assert ids == [a["id"] for a in export_data(examples_store)["articles"]]
    with (tmp_path / "tables" / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [FIELDS["quotes"]]


def test_parquet_writes_one_table_per_list(examples_store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export(examples_store, "parquet", tmp_path / "tables")
    written = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert written == sorted(f"{name}.parquet" for name in LISTS)
    table = pq.read_table(tmp_path / "tables" / "articles.parquet")
    assert table.column_names == FIELDS["articles"]
    assert table.column("id").to_pylist() == [a["id"] for a in export_data(examples_store)["articles"]]
    assert str(table.schema.field("published_inferred").type) == "bool"
    events = pq.read_table(tmp_path / "tables" / "events.parquet")
    assert (events.num_rows, events.column_names) == (0, FIELDS["events"])


def test_parquet_without_output_is_an_error(examples_store: Store) -> None:
    with pytest.raises(TalkwatchError, match="-o"):
        export(examples_store, "parquet")


def test_unknown_format_is_an_error(examples_store: Store) -> None:
    with pytest.raises(TalkwatchError, match="unknown export format"):
        export(examples_store, "xml")


def test_unknown_table_is_an_error(examples_store: Store) -> None:
    with pytest.raises(TalkwatchError, match="unknown table"):
        export(examples_store, "csv", table="speeches")


def test_empty_store_exports_six_empty_lists(store: Store,
                                             validator: jsonschema.Draft202012Validator) -> None:
    data = export_data(store)
    assert all(data[name] == [] for name in LISTS)
    validator.validate(data)
