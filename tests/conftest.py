"""Shared fixtures: a fresh store, the CLI runner, and the corpora beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from talkwatch.store import Store

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
SCORER = REPO.parent / "shared" / "eval" / "score.py"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """An empty SQLite store in a temporary directory."""
    with Store(str(tmp_path / "store.db")) as fresh:
        yield fresh


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    return SEEDS
