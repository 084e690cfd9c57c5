"""The export format (spec/EXPORT.md), the public contract of the tool, as
one JSON object, JSON Lines records, or one CSV / Parquet table per list."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, TextIO

from .errors import TalkwatchError
from .store import Store

FORMAT_NAME = "talkwatch-export"
FORMAT_VERSION = 1
FORMATS = ("json", "jsonl", "csv", "parquet")

# The fields of each list, in the order of spec/EXPORT.md; extra fields follow them.
FIELDS: dict[str, list[str]] = {
    "articles": ["id", "source", "outlet", "title", "published", "published_inferred", "text",
                 "duplicate_of", "rewrite_of", "story", "url", "authors", "sources"],
    "actors": ["id", "name", "kind", "country", "role", "aliases", "mentions"],
    "events": ["id", "article", "kind", "plover", "actors", "source", "target", "location", "date",
               "date_text", "status", "sentence", "start", "end", "confidence", "date_first", "date_last"],
    "quotes": ["id", "article", "speaker", "speaker_text", "text", "start", "end", "direct"],
    "positions": ["id", "article", "actor", "issue", "stance", "condition", "date", "sentence", "start", "end"],
    "timeline": ["id", "date", "kind", "actors", "location", "status", "summary", "events", "articles",
                 "date_first", "date_last", "dates_reported", "locations_reported", "independent_sources"],
}
LISTS = tuple(FIELDS)
# Singular record names for JSON Lines ("article", "actor", ...).
RECORD_NAMES = {"articles": "article", "actors": "actor", "events": "event", "quotes": "quote",
                "positions": "position", "timeline": "timeline_entry"}


def _article(row: dict[str, Any], sources: list[str]) -> dict[str, Any]:
    return {name: (sources if name == "sources" else row.get(name)) for name in FIELDS["articles"]}


def export_data(store: Store) -> dict[str, Any]:
    """Everything the store knows, as the object spec/EXPORT.md describes."""
    articles = [_article(row, store.sources(row["id"])) for row in store.articles()]
    data: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    data.update({name: [] for name in LISTS})
    data["articles"] = articles
    data["actors"] = [{name: row.get(name) for name in FIELDS["actors"]} for row in store.actors()]
    data["events"] = store.events()
    data["quotes"] = store.quotes()
    data["positions"] = store.positions()
    data["timeline"] = store.timeline()
    return data


def write_json(data: dict[str, Any], out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_jsonl(data: dict[str, Any], out: TextIO) -> None:
    """A header line, then one line per record: {"record": "article", ...fields}."""
    out.write(json.dumps({"record": "header", "format": data["format"], "version": data["version"]}) + "\n")
    for name in LISTS:
        for item in data[name]:
            out.write(json.dumps({"record": RECORD_NAMES[name], **item}, ensure_ascii=False) + "\n")


def _flat(value: Any) -> Any:
    """A cell for a flat table: lists and objects as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def write_csv_table(rows: list[dict[str, Any]], fields: list[str], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(row.get(k)) for k in fields})


def write_tables(data: dict[str, Any], directory: Path, fmt: str) -> list[Path]:
    """One file per list (articles.csv, events.parquet, ...) in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in LISTS:
        path = directory / f"{name}.{fmt}"
        if fmt == "csv":
            with path.open("w", encoding="utf-8", newline="") as fh:
                write_csv_table(data[name], FIELDS[name], fh)
        else:
            _write_parquet(data[name], FIELDS[name], path)
        written.append(path)
    return written


def _write_parquet(rows: list[dict[str, Any]], fields: list[str], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Nested values become JSON text so every table has a fixed, flat schema,
    # even while a list is still empty.
    columns = {k: [_flat(r.get(k)) for r in rows] for k in fields}
    arrays = {}
    for key, values in columns.items():
        kinds = {type(v) for v in values if v is not None}
        if kinds == {bool}:
            arrays[key] = pa.array(values, type=pa.bool_())
        elif kinds <= {int} and kinds:
            arrays[key] = pa.array(values, type=pa.int64())
        elif kinds <= {int, float} and kinds:
            arrays[key] = pa.array(values, type=pa.float64())
        else:
            arrays[key] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    pq.write_table(pa.table(arrays), path)


def export(store: Store, fmt: str, out: Path | None = None, *, table: str = "articles") -> str | None:
    """Write the store in `fmt`. json/jsonl go to `out` or are returned as text;
    csv and parquet write one file per list into the directory `out`, except that
    csv without `out` returns the one list named by `table`."""
    if fmt not in FORMATS:
        raise TalkwatchError(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    data = export_data(store)
    if fmt in ("csv", "parquet") and out is not None:
        write_tables(data, out, fmt)
        return None
    if fmt == "parquet":
        raise TalkwatchError("parquet export needs -o DIRECTORY (one .parquet file per list)")
    if table not in LISTS:
        raise TalkwatchError(f"unknown table '{table}' (choose from {', '.join(LISTS)})")
    buffer = io.StringIO()
    if fmt == "json":
        write_json(data, buffer)
    elif fmt == "jsonl":
        write_jsonl(data, buffer)
    else:
        write_csv_table(data[table], FIELDS[table], buffer)
    if out is None:
        return buffer.getvalue()
    out.write_text(buffer.getvalue(), encoding="utf-8")
    return None
