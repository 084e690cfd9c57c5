"""Bad inputs: each gets one error line naming the input and the reason, the other
inputs are still ingested, the exit status is 1, and nothing stored changes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from talkwatch.cli import app
from talkwatch.ingest import DEFAULT_MAX_BYTES, ingest

JEDDAH = ("US and Ukrainian delegations met in Jeddah on 11 March 2025 for more than eight hours.\n\n"
          "Kyiv said afterwards that it was ready to accept a 30-day ceasefire if Moscow did the same.\n")
RIYADH = ("Russian and American officials met in Riyadh on 18 February 2025 without Ukraine at the table.\n\n"
          "They agreed to restore embassy staff and to name teams for talks on the war.\n")
ISTANBUL = ("Russian and Ukrainian delegations met in Istanbul on 16 May 2025, their first direct talks "
            "since 2022.\n\n"
            "The meeting lasted under two hours and ended with a deal to exchange 1,000 prisoners each.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
ERROR = "talkwatch: error: "


def _record(text: str, **meta: str) -> str:
    return json.dumps({"text": text, **meta}) + "\n"


# --- inputs that fail as a whole, or on one line -------------------------------------------------


def _missing(tmp: Path) -> Path:
    return tmp / "clippings" / "jeddah.txt"


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return path


def _binary(tmp: Path) -> Path:
    path = tmp / "scan.txt"
    path.write_bytes(PNG + b"\x00" * 64 + b"\x08\x02\x00\x00\x00")
    return path


def _malformed_json(tmp: Path) -> Path:
    path = tmp / "dump.jsonl"
    path.write_text(_record(JEDDAH) + '{"text": "Talks in Istanbul ended after two hours\n', encoding="utf-8")
    return path


def _record_without_text(tmp: Path) -> Path:
    path = tmp / "dump.jsonl"
    path.write_text(_record(JEDDAH) + json.dumps({"title": "Istanbul talks", "outlet": "Harbor Wire"}) + "\n",
                    encoding="utf-8")
    return path


def _not_an_object(tmp: Path) -> Path:
    path = tmp / "dump.jsonl"
    path.write_text(_record(JEDDAH) + '["Istanbul", "2025-05-16"]\n', encoding="utf-8")
    return path


def _broken_feed(tmp: Path) -> Path:
    path = tmp / "harborwire.xml"
    path.write_text("This feed has moved; the talks coverage is now on the main site.\n", encoding="utf-8")
    return path


def _page_without_article(tmp: Path) -> Path:
    path = tmp / "index.html"
    path.write_text("<!doctype html><html><head><title>Harbor Wire</title></head><body>"
                    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                    "<footer>&copy; 2025 Harbor Wire</footer></body></html>\n", encoding="utf-8")
    return path


def _oversized(tmp: Path) -> Path:
    path = tmp / "long.txt"
    path.write_text((JEDDAH + "\n") * 20, encoding="utf-8")
    return path


def _empty_directory(tmp: Path) -> Path:
    folder = tmp / "scans"
    folder.mkdir()
    (folder / "jeddah.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "README.md").write_text("Scans of the Jeddah statement.\n", encoding="utf-8")
    return folder


def _bad_front_matter(tmp: Path) -> Path:
    path = tmp / "istanbul.md"
    path.write_text("---\ntitle: [Prisoner swap agreed in Istanbul\n---\n" + ISTANBUL, encoding="utf-8")
    return path


@dataclass
class Bad:
    id: str
    make: Callable[[Path], Path]
    reason: str
    line: int | None = None  # the line the error names, for line-based inputs
    options: list[str] = field(default_factory=list)

    def where(self, path: Path) -> str:
        return f"{path}:{self.line}" if self.line is not None else str(path)

    @property
    def max_bytes(self) -> int:
        return 1000 if "--max-size" in self.options else DEFAULT_MAX_BYTES


CASES = [
    Bad("missing-path", _missing, "no such file or directory"),
    Bad("empty-file", _empty, "empty file"),
    Bad("binary-file", _binary, "binary file, not text"),
    Bad("malformed-json-line", _malformed_json, "malformed JSON", line=2),
    Bad("record-without-text", _record_without_text, "record has no text", line=2),
    Bad("non-object-json-line", _not_an_object, "expected a JSON object, got list", line=2),
    Bad("broken-feed", _broken_feed, "not a readable RSS or Atom feed"),
    Bad("page-without-article", _page_without_article, "no article text found in the page"),
    Bad("over-size-limit", _oversized, "over the 1 kB limit", options=["--max-size", "1k"]),
    Bad("directory-without-readable-files", _empty_directory, "directory has no readable files"),
    Bad("invalid-front-matter", _bad_front_matter, "front matter is not valid YAML", line=2),
]
# Inputs with nothing good in them (the JSON Lines cases carry a good first line).
WHOLLY_BAD = [c for c in CASES if c.id in ("missing-path", "empty-file", "binary-file", "broken-feed",
                                           "page-without-article", "directory-without-readable-files",
                                           "invalid-front-matter")]


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(ERROR)]


# --- through the library ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_error_names_input_and_reason(case, store, tmp_path):
    path = case.make(tmp_path)
    report = ingest([str(path)], store, max_bytes=case.max_bytes)
    assert len(report.errors) == 1
    message = str(report.errors[0])
    assert message.startswith(case.where(path) + ": ")
    assert case.reason in message


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_error_is_one_line(case, store, tmp_path):
    report = ingest([str(case.make(tmp_path))], store, max_bytes=case.max_bytes)
    assert "\n" not in str(report.errors[0])


def test_other_lines_of_a_jsonl_are_ingested(store, tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(_record(JEDDAH) + "{not json}\n" + _record(RIYADH), encoding="utf-8")
    report = ingest([str(dump)], store)
    assert (len(report.new), [e.line for e in report.errors]) == (2, [2])


def test_good_file_is_stored_beside_bad_ones(store, tmp_path):
    good = tmp_path / "jeddah.txt"
    good.write_text(JEDDAH, encoding="utf-8")
    bad = [str(c.make(tmp_path)) for c in WHOLLY_BAD]
    report = ingest([*bad[:3], str(good), *bad[3:]], store)
    assert (len(report.new), report.failed, store.count_articles()) == (1, len(WHOLLY_BAD), 1)


def test_failed_ingest_changes_nothing_stored(store, tmp_path):
    stored = tmp_path / "stored.jsonl"
    stored.write_text(_record(JEDDAH, published="2025-03-11", outlet="Harbor Wire")
                      + _record(RIYADH, title="Riyadh talks"), encoding="utf-8")
    ingest([str(stored)], store)
    before = [(a, store.sources(a["id"])) for a in store.articles()]
    # A copy of a stored article whose date is bad must not fill in or add anything either.
    copy = tmp_path / "copy.jsonl"
    copy.write_text(_record(RIYADH, published="the week after", outlet="Meridian Post"), encoding="utf-8")
    report = ingest([str(copy), *(str(c.make(tmp_path)) for c in WHOLLY_BAD)], store)
    assert report.failed == len(WHOLLY_BAD) + 1
    assert [(a, store.sources(a["id"])) for a in store.articles()] == before


# --- through the CLI -------------------------------------------------------------------------------


def _invoke(runner, tmp_path, case):
    path = case.make(tmp_path)
    result = runner.invoke(app, ["ingest", str(path), *case.options, "--db", str(tmp_path / "s.db")])
    return path, result


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_cli_prints_one_error_line(case, runner, tmp_path):
    path, result = _invoke(runner, tmp_path, case)
    lines = _error_lines(result.stderr)
    assert len(lines) == 1
    assert lines[0].startswith(ERROR + case.where(path) + ": ")
    assert case.reason in lines[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_cli_exits_with_status_1(case, runner, tmp_path):
    _, result = _invoke(runner, tmp_path, case)
    assert isinstance(result.exception, SystemExit)
    assert result.exit_code == 1


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_cli_shows_no_traceback(case, runner, tmp_path):
    _, result = _invoke(runner, tmp_path, case)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stdout + result.stderr


def _invoke_mix(runner, tmp_path):
    good = tmp_path / "jeddah.txt"
    good.write_text(JEDDAH, encoding="utf-8")
    bad = [str(c.make(tmp_path)) for c in WHOLLY_BAD]
    db = tmp_path / "s.db"
    return runner.invoke(app, ["ingest", *bad[:3], str(good), *bad[3:], "--db", str(db)]), db, bad


def test_cli_mix_exits_with_status_1(runner, tmp_path):
    result, _, _ = _invoke_mix(runner, tmp_path)
    assert (type(result.exception), result.exit_code) == (SystemExit, 1)


def test_cli_mix_prints_summary(runner, tmp_path):
    result, _, _ = _invoke_mix(runner, tmp_path)
    assert result.stdout.strip().splitlines()[-1] == f"ingested 1, already known 0, failed {len(WHOLLY_BAD)}"


def test_cli_mix_prints_one_error_line_per_bad_input(runner, tmp_path):
    result, _, bad = _invoke_mix(runner, tmp_path)
    lines = _error_lines(result.stderr)
    assert sorted(re.match(ERROR + r"(.+?)(?::\d+)?: ", line)[1] for line in lines) == sorted(bad)


def test_cli_mix_stores_the_good_file(runner, tmp_path):
    _, db, _ = _invoke_mix(runner, tmp_path)
    listed = runner.invoke(app, ["articles", "--json", "--db", str(db)])
    assert [a["source"] for a in json.loads(listed.stdout)] == [str(tmp_path / "jeddah.txt")]


def test_cli_failed_ingest_changes_nothing_stored(runner, tmp_path):
    db = str(tmp_path / "s.db")
    good = tmp_path / "riyadh.txt"
    good.write_text(RIYADH, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(good), "--db", db]).exit_code == 0
    before = json.loads(runner.invoke(app, ["articles", "--json", "--db", db]).stdout)
    bad = [str(c.make(tmp_path)) for c in WHOLLY_BAD]
    assert runner.invoke(app, ["ingest", *bad, "--outlet", "Harbor Wire", "--db", db]).exit_code == 1
    assert json.loads(runner.invoke(app, ["articles", "--json", "--db", db]).stdout) == before != []


# --- text that is not UTF-8 is read, with a warning --------------------------------------------------

WESTERN = ("Ukraine\u2019s delegation met US officials in Jeddah on 11 March 2025 \u2013 the talks lasted "
           "more than eight hours.\n\nAfterwards Kyiv said it would accept a \u201c30-day ceasefire\u201d "
           "proposed by Washington. A se\u00f1or from the Spanish press said the caf\u00e9 was closed.\n")

LATIN1 = ("Russian and Ukrainian delegations met in Istanbul on 16 May 2025; the caf\u00e9s nearby were "
          "closed.\n\nA se\u00f1or from the Spanish press and a reporter from Z\u00fcrich waited outside "
          "for news of the swap.\n")


def _cp1252_file(tmp: Path) -> Path:
    path = tmp / "jeddah-cp1252.txt"
    path.write_bytes(WESTERN.encode("cp1252"))
    return path


def _latin1_file(tmp: Path) -> Path:
    path = tmp / "istanbul-latin1.txt"
    path.write_bytes(LATIN1.encode("latin-1"))
    return path


def _named_encoding(note: str) -> str:
    return re.search(r"read as (\S+), the detected encoding", note)[1]


@pytest.mark.parametrize("make", [_cp1252_file, _latin1_file], ids=["cp1252", "latin-1"])
def test_legacy_encoding_is_ingested(make, store, tmp_path):
    report = ingest([str(make(tmp_path))], store)
    assert (len(report.new), report.errors) == (1, [])


@pytest.mark.parametrize("make", [_cp1252_file, _latin1_file], ids=["cp1252", "latin-1"])
def test_legacy_encoding_note_names_file_and_encoding(make, store, tmp_path):
    path = make(tmp_path)
    report = ingest([str(path)], store)
    assert len(report.notes) == 1
    assert report.notes[0].startswith(f"{path}: not valid UTF-8")
    # The encoding named is one that reads the bytes as they were written.
    written = path.read_bytes()
    assert written.decode(_named_encoding(report.notes[0])) == written.decode("cp1252")


def test_cp1252_text_is_stored_as_written(store, tmp_path):
    ingest([str(_cp1252_file(tmp_path))], store)
    text = store.articles()[0]["text"]
    assert "\u201c30-day ceasefire\u201d" in text and "se\u00f1or" in text and "caf\u00e9" in text


def test_cli_legacy_encoding_exits_0_with_one_warning(runner, tmp_path):
    path = _cp1252_file(tmp_path)
    result = runner.invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db")])
    warnings = [line for line in result.stderr.splitlines() if line.startswith("talkwatch: warning: ")]
    assert result.exit_code == 0
    assert _error_lines(result.stderr) == []
    assert len(warnings) == 1 and str(path) in warnings[0] and "read as cp1252" in warnings[0]
