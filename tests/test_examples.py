"""The sample corpus in examples/ and the seed articles in ../shared, ingested end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from talkwatch import Store, ingest
from talkwatch.ingest import read_input
from talkwatch.ingest.sources import Input, expand

# The input formats the sample corpus must show, by the first suffix that names one.
FORMATS = ("txt", "md", "html", "jsonl", "rss", "atom")


def file_format(path: Path) -> str | None:
    """"talks-dump.jsonl" -> "jsonl", "eastgate-news.rss.xml" -> "rss"."""
    return next((s.lstrip(".") for s in path.suffixes if s.lstrip(".") in FORMATS), None)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory):
    """(store, report) for the sample corpus, ingested once for this module."""
    with Store(str(tmp_path_factory.mktemp("examples") / "examples.db")) as store:
        yield store, ingest([str(EXAMPLES)], store)


@pytest.fixture
def seeded(seeds: Path, store: Store) -> dict[str, dict]:
    """The seed articles as stored, by the name of the file each came from."""
    report = ingest([str(seeds)], store)
    assert report.failed == 0, report.errors
    return {Path(a["source"]).name: a for a in store.articles()}


# --- examples --------------------------------------------------------------------------------


def test_examples_ingest_without_errors(examples) -> None:
    _store, report = examples
    assert report.errors == []
    assert report.known == []  # no article of the corpus is a copy of another


def test_examples_store_between_12_and_20_articles(examples) -> None:
    store, report = examples
    assert 12 <= store.count_articles() <= 20
    assert len(report.new) == store.count_articles()


def test_examples_cover_every_input_format(examples) -> None:
    store, _report = examples
    stored = {a["id"] for a in store.articles()}
    seen = set()
    for item in expand([str(EXAMPLES)]):
        ids = {a.id for a in read_input(item)}
        assert ids and ids <= stored, item.name
        seen.add(file_format(Path(item.name)))
    assert set(FORMATS) <= seen


def test_examples_include_an_article_without_a_date(examples) -> None:
    store, _report = examples
    assert any(a["published"] is None for a in store.articles())


def test_examples_readme_is_not_ingested(examples) -> None:
    store, _report = examples
    assert (EXAMPLES / "README.md").is_file()
    assert Input(str(EXAMPLES / "README.md")) not in list(expand([str(EXAMPLES)]))
    for a in store.articles():
        assert not any(Path(s).name.lower().startswith("readme") for s in store.sources(a["id"]))
        assert "sample corpus" not in a["text"]


def test_examples_articles_all_have_text_and_a_source(examples) -> None:
    store, _report = examples
    for a in store.articles():
        assert a["text"].strip() and a["source"]
        assert "\n\n\n" not in a["text"]


# --- seeds ------------------------------------------------------------------------------------


def by_prefix(seeded: dict, prefix: str) -> dict:
    [article] = [a for name, a in seeded.items() if name.startswith(prefix)]
    return article


def test_seeds_are_five_articles(seeded) -> None:
    assert len(seeded) == 5


def test_seed_000_is_cnn_published_from_its_marker(seeded) -> None:
    article = by_prefix(seeded, "000_")
    assert (article["outlet"], article["published"]) == ("CNN", "2025-03-24")


def test_seed_003_is_bloomberg_published_from_its_marker(seeded) -> None:
    article = by_prefix(seeded, "003_")
    assert (article["outlet"], article["published"]) == ("Bloomberg", "2025-03-08")


@pytest.mark.parametrize("prefix", ["001_", "002_", "004_"])
def test_seeds_without_a_marker_have_no_date(seeded, prefix: str) -> None:
    assert by_prefix(seeded, prefix)["published"] is None


@pytest.mark.parametrize("leftover", ["date 2025-", "By Angus", "\u00a9"])
def test_seed_texts_carry_no_credit_lines(seeded, leftover: str) -> None:
    for name, article in seeded.items():
        assert leftover not in article["text"], name


def test_seed_texts_start_with_the_story(seeded) -> None:
    assert by_prefix(seeded, "000_")["text"].startswith("A United States delegation")
    assert by_prefix(seeded, "003_")["text"].startswith("Russia is willing")
